package cn.zhicheng.org;

import java.util.EnumSet;
import java.util.Set;

/** 单位类型 (SPEC §2.1). Labels come from the bundle key {@code UnitType.NAME}. */
public enum UnitType {
    /** 人社部门, at province, city or county level. */
    HRSS,
    /** 主管部门 */
    COMPETENT_DEPARTMENT,
    /** 申报单位 */
    APPLYING_UNIT,
    /** 自主评审单位 */
    SELF_EVALUATING_UNIT,
    /** 中央在川单位 */
    CENTRAL_UNIT;

    /** The child types a unit of this type may create: only types within its own permission (SPEC §2.1). */
    public Set<UnitType> creatableChildTypes() {
        return switch (this) {
            case HRSS -> EnumSet.allOf(UnitType.class);
            case COMPETENT_DEPARTMENT -> EnumSet.of(COMPETENT_DEPARTMENT, APPLYING_UNIT, SELF_EVALUATING_UNIT);
            case SELF_EVALUATING_UNIT, CENTRAL_UNIT -> EnumSet.of(APPLYING_UNIT);
            case APPLYING_UNIT -> EnumSet.of(APPLYING_UNIT);
        };
    }
}
