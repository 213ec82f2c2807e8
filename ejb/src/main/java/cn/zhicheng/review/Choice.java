package cn.zhicheng.review;

import java.io.Serializable;

/** An option of the query filters: a committee the caller may query, or a title series. */
public record Choice(Long id, String name) implements Serializable {
}
