package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** An authorised unit an applicant may choose as employer (我的工作单位), with its parent for telling namesakes apart. */
public record UnitChoice(Long id, String name, UnitType type, String parentName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static UnitChoice of(Unit unit) {
        return new UnitChoice(unit.getId(), unit.getName(), unit.getType(),
                unit.getParent() == null ? null : unit.getParent().getName());
    }
}
