package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** A unit as a choice in a picker. */
public record UnitOption(Long id, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
