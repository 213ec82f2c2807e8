package cn.zhicheng.org;

import java.io.Serializable;

/**
 * One unit an application passes through on its way to the committee (SPEC §3.9.1), in order. The committee node
 * itself is added by the committee capability.
 */
public record ChainNode(Long unitId, String unitName, UnitType unitType, Kind kind) implements Serializable {

    /** The node's part in the chain. */
    public enum Kind {
        /** 本单位人员审核 */
        EMPLOYER,
        /** 下级单位人员审核 at a parent unit of the employer */
        PARENT_UNIT,
        /** the configured 主管部门 */
        COMPETENT_DEPARTMENT,
        /** the 人社部门 above the 主管部门 */
        HRSS
    }

    static ChainNode of(Unit unit, Kind kind) {
        return new ChainNode(unit.getId(), unit.getName(), unit.getType(), kind);
    }
}
