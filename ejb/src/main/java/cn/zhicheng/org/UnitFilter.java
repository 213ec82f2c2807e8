package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/** The filters of 下级单位信息管理: 单位名称 contains, 单位类型, status; {@code null} or blank means "any". */
public record UnitFilter(String name, UnitType type, UnitStatus status) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final UnitFilter NONE = new UnitFilter(null, null, null);

    public UnitFilter {
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
