package cn.zhicheng.org;

import java.io.Serializable;

/** A unit to choose from a list: its id and name. */
public record UnitOption(Long id, String name) implements Serializable {
}
