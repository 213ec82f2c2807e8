package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** One line of 下级单位信息管理. */
public record SubordinateRow(Long id, String name, String creditCode, UnitType type, HrssLevel hrssLevel,
                             UnitStatus status, UnitNature nature, String regionName, String contactPerson,
                             String phone, String parentName, boolean parentChangePending)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
