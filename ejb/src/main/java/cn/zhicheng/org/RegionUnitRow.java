package cn.zhicheng.org;

import java.io.Serializable;

/**
 * One employer unit of an HRSS unit's region on the 主管部门配置 screen, with the 主管部门 its applications go through
 * now ({@code current} is null when there is none).
 */
public record RegionUnitRow(Long unitId, String name, UnitType type, String parentName,
                            CompetentDepartment current) implements Serializable {

    /** True when the 主管部门 is set for this very unit, so that it can be cleared here. */
    public boolean directlyAssigned() {
        return current != null && current.source() == CompetentDepartment.Source.DIRECT;
    }
}
