package cn.zhicheng.org;

import java.io.Serializable;

/**
 * One line of the home page's 待办事项 table: a bundle key naming the kind of work (e.g. {@code todo.subordinateRegistration}),
 * how many items wait, and the page where the caller acts on them.
 */
public record ToDo(String labelKey, long count, String page) implements Serializable {
}
