package cn.zhicheng.org;

import java.io.Serializable;

/**
 * The 主管部门 an employer unit's applications go through, and why (SPEC §3.4): set directly for the unit, inherited
 * from the nearest ancestor with an assignment, or — with no assignment up the tree — the nearest 主管部门 above it.
 *
 * @param viaUnitId   the unit whose assignment applies (the unit itself when {@code DIRECT}); null for {@code TREE}
 * @param viaUnitName its name
 */
public record CompetentDepartment(Long departmentId, String departmentName, Source source, Long viaUnitId,
                                  String viaUnitName) implements Serializable {

    /** Where the answer comes from. Labels: {@code CompetentDepartment.Source.NAME}. */
    public enum Source {
        /** Set for this very unit by an HRSS unit. */
        DIRECT,
        /** Set for an ancestor of the unit; no nearer assignment overrides it. */
        INHERITED,
        /** No assignment up the tree: the nearest ancestor of type 主管部门. */
        TREE
    }

    static CompetentDepartment of(Unit department, Source source, Unit via) {
        return new CompetentDepartment(department.getId(), department.getName(), source,
                via == null ? null : via.getId(), via == null ? null : via.getName());
    }
}
