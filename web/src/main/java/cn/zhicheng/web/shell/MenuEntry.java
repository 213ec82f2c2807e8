package cn.zhicheng.web.shell;

import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The role menu. Each entry is one page, shown to the roles that may open it and, for unit functions, only to staff
 * holding its permission (SPEC §3.2: a user's menu shows exactly their permissions); the applicant-account pages only
 * under the province's applicant provisioning model that uses them. The folder's security constraint in web.xml and
 * the services' permission and setting checks enforce the same rules on the server. {@link #isVisibleIn} is the one
 * place the menu rule lives.
 */
public enum MenuEntry {
    ADMIN_HOME("/admin/index.xhtml", "menu.admin.home", EnumSet.of(Role.SYSTEM_ADMIN), null),
    ADMIN_SETTINGS("/admin/settings.xhtml", "menu.admin.settings", EnumSet.of(Role.SYSTEM_ADMIN), null),
    ADMIN_JOBS("/admin/jobs.xhtml", "menu.admin.jobs", EnumSet.of(Role.SYSTEM_ADMIN), null),
    /** 职称目录管理 for the system administrator (SPEC §3.16); web.xml opens this one /unit page to SYSTEM_ADMIN. */
    ADMIN_TITLE_CATALOG("/unit/catalog.xhtml", "menu.unit.titleCatalog", EnumSet.of(Role.SYSTEM_ADMIN), null),
    UNIT_HOME("/unit/index.xhtml", "menu.unit.home", unitRoles(), null),
    UNIT_MESSAGES("/unit/messages.xhtml", "menu.unit.messages", unitRoles(), null),
    UNIT_OWN_INFO("/unit/own/info.xhtml", "menu.unit.ownInfo", unitRoles(), Permission.OWN_UNIT_INFO),
    UNIT_MULTI_POST("/unit/own/multipost.xhtml", "menu.unit.multiPost", unitRoles(), Permission.MULTI_POST_CONFIG),
    UNIT_STAFF("/unit/own/staff.xhtml", "menu.unit.staff", unitRoles(), Permission.STAFF_MANAGE),
    UNIT_ROLES("/unit/own/roles.xhtml", "menu.unit.roles", unitRoles(), Permission.ROLE_MANAGE),
    UNIT_REGISTRATIONS("/unit/subordinates/registrations.xhtml", "menu.unit.registrations", unitRoles(),
            Permission.SUBORDINATE_REGISTRATION_REVIEW),
    UNIT_SUBORDINATES("/unit/subordinates/list.xhtml", "menu.unit.subordinates", unitRoles(),
            Permission.SUBORDINATE_UNIT_MANAGE),
    UNIT_COMPETENT_DEPARTMENTS("/unit/competent.xhtml", "menu.unit.competentDepartments", unitRoles(),
            Permission.COMPETENT_DEPARTMENT_CONFIG),
    UNIT_APPLICANTS("/unit/applicants.xhtml", "menu.unit.applicants", unitRoles(), Permission.APPLICANT_ACCOUNTS,
            ApplicantProvisioning.UNIT_CREATED),
    UNIT_COMMITTEES("/unit/committees/list.xhtml", "menu.unit.committees", unitRoles(),
            Permission.COMMITTEE_FILING),
    UNIT_COMMITTEE_REVIEWS("/unit/committees/reviews.xhtml", "menu.unit.committeeReviews", unitRoles(),
            Permission.COMMITTEE_FILING_REVIEW),
    UNIT_COMMITTEE_HISTORY("/unit/committees/history.xhtml", "menu.unit.committeeHistory", unitRoles(),
            Permission.COMMITTEE_HISTORY),
    UNIT_EXPERT_POOL("/unit/experts/pool.xhtml", "menu.unit.expertPool", unitRoles(), Permission.EXPERT_POOL),
    UNIT_EXPERT_REVIEWS("/unit/experts/reviews.xhtml", "menu.unit.expertReviews", unitRoles(),
            Permission.EXPERT_POOL_REVIEW),
    UNIT_EXPERT_RECOMMEND("/unit/experts/recommend.xhtml", "menu.unit.expertRecommend", unitRoles(),
            Permission.EXPERT_RECOMMEND),
    /**
     * 评审活动管理 → 评审活动发布 (SPEC §3.7.1, §0.4 {@code committee.ownLogin = NONE}): the formation unit's staff
     * manage the activities of the committees their unit formed, with the committee administrator's pages.
     */
    UNIT_ACTIVITIES("/unit/activities/list.xhtml", "menu.unit.activities", unitRoles(), Permission.ACTIVITY_MANAGE),
    /** 评审活动发布审核 (SPEC §3.7.10): the authorising unit reviews activities submitted for publication. */
    UNIT_ACTIVITY_REVIEWS("/unit/activities/reviews.xhtml", "menu.unit.activityReviews", unitRoles(),
            Permission.ACTIVITY_PUBLISH_REVIEW),
    /**
     * 申报材料审核 (SPEC §3.9.2): 本单位人员审核, with the link to 下级单位人员审核 on the page (one entry per unit
     * function).
     */
    UNIT_APPLICATION_REVIEW("/unit/applications/own.xhtml", "menu.unit.applicationReview", unitRoles(),
            Permission.APPLICATION_REVIEW),
    /** 职称目录管理 (SPEC §3.16); CatalogService further restricts it to the root unit's super administrator. */
    UNIT_TITLE_CATALOG("/unit/catalog.xhtml", "menu.unit.titleCatalog", unitRoles(), Permission.TITLE_CATALOG),
    /** 历史职称数据管理 (SPEC §3.13): 数据上传, 数据审核, 历史评审机构管理. */
    UNIT_HISTORY_UPLOAD("/unit/history/upload.xhtml", "menu.unit.historyUpload", unitRoles(),
            Permission.HISTORY_UPLOAD),
    UNIT_HISTORY_REVIEW("/unit/history/review.xhtml", "menu.unit.historyReview", unitRoles(),
            Permission.HISTORY_REVIEW),
    UNIT_HISTORY_INSTITUTIONS("/unit/history/institutions.xhtml", "menu.unit.historyInstitutions", unitRoles(),
            Permission.HISTORY_INSTITUTIONS),
    /** 专技人才审核 and 专技人才统计 (SPEC §3.15.4). */
    UNIT_TALENT_REVIEWS("/unit/requests/talents.xhtml", "menu.unit.talentReviews", unitRoles(),
            Permission.TALENT_REVIEW),
    UNIT_TALENT_STATISTICS("/unit/requests/talentStatistics.xhtml", "menu.unit.talentStatistics", unitRoles(),
            Permission.TALENT_STATISTICS),
    /** 职称确认审核 (SPEC §3.15.5): 外省职称确认, with 证书核验 one switch away on the same permission. */
    UNIT_TITLE_CONFIRMATION_REVIEWS("/unit/requests/confirmations.xhtml", "menu.unit.titleConfirmationReviews",
            unitRoles(), Permission.TITLE_CONFIRMATION_REVIEW),
    /** 查询统计 (SPEC §3.15.1–3.15.3): counts of the committees the unit formed, level changes, the 花名表. */
    UNIT_QUERY_COUNTS("/unit/queries/counts.xhtml", "menu.unit.queryCounts", unitRoles(),
            Permission.APPLICATION_COUNTS),
    UNIT_EVALUATION_CHANGE("/unit/queries/evaluation.xhtml", "menu.unit.evaluationChange", unitRoles(),
            Permission.EVALUATION_CHANGE),
    UNIT_ROSTER("/unit/queries/roster.xhtml", "menu.unit.roster", unitRoles(), Permission.APPLICATION_ROSTER),
    /** 电子证书管理 → 证书生成 (SPEC §3.12.1 初定发证, §3.13 历史证书生成): one page with the source switch. */
    UNIT_CERTIFICATES("/unit/certificates/issue.xhtml", "menu.unit.certificates", unitRoles(),
            Permission.CERTIFICATE_ISSUE),
    COMMITTEE_HOME("/committee/index.xhtml", "menu.committee.home",
            EnumSet.of(Role.COMMITTEE_ADMIN, Role.COMMITTEE_OPERATOR), null),
    COMMITTEE_FILING("/committee/filing.xhtml", "menu.committee.filing", EnumSet.of(Role.COMMITTEE_ADMIN), null),
    COMMITTEE_ACCOUNTS("/committee/accounts.xhtml", "menu.committee.accounts", EnumSet.of(Role.COMMITTEE_ADMIN),
            null),
    /** 专业树管理 (SPEC §3.5.7): the administrator edits when the committee may, operators view. */
    COMMITTEE_EXPERTS("/committee/experts.xhtml", "menu.committee.experts", EnumSet.of(Role.COMMITTEE_ADMIN), null),
    COMMITTEE_SPECIALTIES("/committee/specialties.xhtml", "menu.committee.specialties",
            EnumSet.of(Role.COMMITTEE_ADMIN, Role.COMMITTEE_OPERATOR), null),
    /** 评审活动发布 / 评审活动管理 (SPEC §3.7): the committee administrator (committee operators do not). */
    COMMITTEE_ACTIVITIES("/committee/activities/list.xhtml", "menu.committee.activities",
            EnumSet.of(Role.COMMITTEE_ADMIN), null),
    /** 资格审核 / 参评资格审核 (SPEC §3.9.5): the committee's administrator and operators. */
    COMMITTEE_QUALIFICATION("/committee/review/qualification.xhtml", "menu.committee.qualification",
            EnumSet.of(Role.COMMITTEE_ADMIN, Role.COMMITTEE_OPERATOR), null),
    /** 职称评审信息上报 (SX, SPEC §3.13.3): the page says when the province does not report through committees. */
    COMMITTEE_HISTORY_REPORTS("/committee/history/reports.xhtml", "menu.committee.historyReports",
            EnumSet.of(Role.COMMITTEE_ADMIN), null),
    /** 职称申报人员信息花名表 and 导出职称申报人员信息表 (SPEC §3.15.3, §4.7). */
    COMMITTEE_ROSTER("/committee/roster.xhtml", "menu.committee.roster",
            EnumSet.of(Role.COMMITTEE_ADMIN, Role.COMMITTEE_OPERATOR), null),
    EXPERT_HOME("/expert/index.xhtml", "menu.expert.home", EnumSet.of(Role.EXPERT), null),
    EXPERT_PROFILE("/expert/profile.xhtml", "menu.expert.profile", EnumSet.of(Role.EXPERT), null),
    APPLICANT_HOME("/applicant/index.xhtml", "menu.applicant.home", EnumSet.of(Role.APPLICANT), null),
    APPLICANT_EMPLOYER("/applicant/employer.xhtml", "menu.applicant.employer", EnumSet.of(Role.APPLICANT), null,
            ApplicantProvisioning.SELF_REGISTER),
    APPLICANT_NEW("/applicant/new.xhtml", "menu.applicant.new", EnumSet.of(Role.APPLICANT), null),
    APPLICANT_APPLICATIONS("/applicant/applications.xhtml", "menu.applicant.applications", EnumSet.of(Role.APPLICANT),
            null),
    APPLICANT_PROFILE("/applicant/profile.xhtml", "menu.applicant.profile", EnumSet.of(Role.APPLICANT), null),
    /** 个人中心 → 我的证书 (SPEC §3.8.1, §3.8.7): 证书下载 and 证书核验. */
    APPLICANT_CERTIFICATES("/applicant/certificates.xhtml", "menu.applicant.certificates", EnumSet.of(Role.APPLICANT),
            null),
    APPLICANT_VERIFICATIONS("/applicant/verifications.xhtml", "menu.applicant.verifications",
            EnumSet.of(Role.APPLICANT), null),
    APPLICANT_MESSAGES("/applicant/messages.xhtml", "menu.applicant.messages", EnumSet.of(Role.APPLICANT), null),
    /** 专技人才统计 (SPEC §3.8.9) and 外省职称确认 (§3.8.10). */
    APPLICANT_TALENT("/applicant/talent.xhtml", "menu.applicant.talent", EnumSet.of(Role.APPLICANT), null),
    APPLICANT_OUT_OF_PROVINCE("/applicant/outOfProvince.xhtml", "menu.applicant.outOfProvince",
            EnumSet.of(Role.APPLICANT), null),
    ACCOUNT_PASSWORD("/account/password.xhtml", "menu.account.password", EnumSet.allOf(Role.class), null);

    private final String path;
    private final String labelKey;
    private final Set<Role> roles;
    private final Permission permission;
    private final ApplicantProvisioning provisioning;

    MenuEntry(String path, String labelKey, Set<Role> roles, Permission permission) {
        this(path, labelKey, roles, permission, null);
    }

    MenuEntry(String path, String labelKey, Set<Role> roles, Permission permission,
              ApplicantProvisioning provisioning) {
        this.path = path;
        this.labelKey = labelKey;
        this.roles = roles;
        this.permission = permission;
        this.provisioning = provisioning;
    }

    private static Set<Role> unitRoles() {
        return EnumSet.of(Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.UNIT_LEADER);
    }

    public String getPath() {
        return path;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public Permission getPermission() {
        return permission;
    }

    private boolean isVisibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The provisioning model under which the page exists, or null when it always does. */
    public ApplicantProvisioning getProvisioning() {
        return provisioning;
    }

    /**
     * Visible when one of the user's roles may open the page, they hold its permission (unit functions) and the
     * province uses the applicant provisioning model the page belongs to (applicant-account pages).
     */
    public boolean isVisibleIn(MenuContext context) {
        return isVisibleTo(context.roles())
                && (permission == null || context.permissions().contains(permission))
                && (provisioning == null || provisioning == context.provisioning());
    }
}
