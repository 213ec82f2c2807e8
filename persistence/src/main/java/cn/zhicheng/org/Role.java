package cn.zhicheng.org;

/**
 * Security roles. The enum name is the group name the identity store issues and the role name in
 * {@code @RolesAllowed}; {@link Names} holds the same names as compile-time constants for annotations.
 */
public enum Role {
    /** 申报人 */
    APPLICANT,
    /** 单位超级管理员: manages the unit's staff, roles and subordinate units. */
    UNIT_ADMIN,
    /** 经办人: unit staff who handle reviews (人社部门, 主管部门 and employer units alike). */
    UNIT_HANDLER,
    /** 领导: unit staff who approve at the last internal level. */
    UNIT_LEADER,
    /** 评委会管理员 */
    COMMITTEE_ADMIN,
    /** 评委会操作员 */
    COMMITTEE_OPERATOR,
    /** 专家 / 评委 */
    EXPERT,
    /** 系统管理员 of the province installation (settings, catalog, jobs). */
    SYSTEM_ADMIN;

    /** True for the roles whose work is done on behalf of a unit. */
    public boolean isUnitRole() {
        return this == UNIT_ADMIN || this == UNIT_HANDLER || this == UNIT_LEADER;
    }

    /** True for the committee-side roles. */
    public boolean isCommitteeRole() {
        return this == COMMITTEE_ADMIN || this == COMMITTEE_OPERATOR;
    }

    /** Role names as constants for {@code @RolesAllowed}; a unit test keeps them equal to the enum names. */
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String UNIT_ADMIN = "UNIT_ADMIN";
        public static final String UNIT_HANDLER = "UNIT_HANDLER";
        public static final String UNIT_LEADER = "UNIT_LEADER";
        public static final String COMMITTEE_ADMIN = "COMMITTEE_ADMIN";
        public static final String COMMITTEE_OPERATOR = "COMMITTEE_OPERATOR";
        public static final String EXPERT = "EXPERT";
        public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

        private Names() {
        }
    }
}
