package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the three-step wizard of 新增下级单位 collects (SPEC §3.1.2): basic information with the type and the parent,
 * the legal person ({@code null} for HRSS units, which skip step 2) and the handling person.
 */
public record NewSubordinate(Long parentId, UnitType type, UnitProfile profile, LegalPerson legalPerson,
                             HandlingPerson handler) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
