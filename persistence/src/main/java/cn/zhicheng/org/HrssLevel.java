package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

/** Administrative level of a 人社部门: 省人社厅, 市(州)人社局, 县(区)人社部门. */
public enum HrssLevel {
    PROVINCE, CITY, COUNTY;

    /** The level of an HRSS unit its HRSS parent creates: a province creates cities, a city creates counties. */
    public HrssLevel childLevel() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> COUNTY;
            case COUNTY -> throw new BusinessException("unit.hrssLevel.noneBelow");
        };
    }
}
