package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** The result of 新增下级单位: the unit and the log-in of its new super administrator (initial password to change). */
public record CreatedUnit(Long unitId, String unitName, String adminLogin) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
