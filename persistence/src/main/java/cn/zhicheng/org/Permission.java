package cn.zhicheng.org;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed permission catalogue (SPEC §2.5, §3.2.2): one permission per menu function of a unit. A unit's super
 * administrator holds every permission available to the unit's type; staff hold the union of their roles'
 * permissions. Later capabilities add their functions here. Labels come from the bundle key {@code Permission.NAME}.
 */
public enum Permission {
    /** 本级单位管理 → 基本信息维护 */
    OWN_UNIT_INFO(Group.OWN_UNIT, true, allTypes()),
    /** 本级单位管理 → 多岗审核配置: super administrator only (SPEC §2.5). */
    MULTI_POST_CONFIG(Group.OWN_UNIT, false, allTypes()),
    /** 本级单位管理 → 工作人员管理: super administrator only. */
    STAFF_MANAGE(Group.OWN_UNIT, false, allTypes()),
    /** 本级单位管理 → 角色管理: super administrator only. */
    ROLE_MANAGE(Group.OWN_UNIT, false, allTypes()),
    /** 下级单位管理 → 下级单位注册审核 */
    SUBORDINATE_REGISTRATION_REVIEW(Group.SUBORDINATE_UNITS, true, allTypes()),
    /** 下级单位管理 → 下级单位信息管理 (create, edit subordinate units) */
    SUBORDINATE_UNIT_MANAGE(Group.SUBORDINATE_UNITS, true, allTypes()),
    /** 主管部门配置: 人社部门 only (SPEC §3.4). */
    COMPETENT_DEPARTMENT_CONFIG(Group.OWN_UNIT, true, EnumSet.of(UnitType.HRSS)),
    /** 申报人帐号管理 (HB, account.applicantProvisioning = UNIT_CREATED) */
    APPLICANT_ACCOUNTS(Group.APPLICANTS, true, allTypes()),
    /** 评委会备案审核 (authorising / filing unit) */
    COMMITTEE_FILING_REVIEW(Group.REVIEW, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT)),
    /** 评审活动发布审核 (authorising unit) */
    ACTIVITY_PUBLISH_REVIEW(Group.REVIEW, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT)),
    /** 申报材料审核 (本单位人员审核, 下级单位人员审核) */
    APPLICATION_REVIEW(Group.REVIEW, true, allTypes()),
    /** 专技人才审核 (SPEC §3.15.4): entries of the staff of the unit and of the units below; every unit (§4.10 item 19). */
    TALENT_REVIEW(Group.REVIEW, true, allTypes()),
    /** 专技人才统计 (SPEC §3.15.4): the table of the approved entries of the unit and the units below. */
    TALENT_STATISTICS(Group.REVIEW, true, allTypes()),
    /** 职称确认审核 (SPEC §3.15.5): 外省职称确认 and 证书核验 requests; every unit (§4.10 item 19). */
    TITLE_CONFIRMATION_REVIEW(Group.REVIEW, true, allTypes()),
    /**
     * 职称目录管理 (SPEC §3.16): the province administrator only. Held by HRSS super administrators, never grantable;
     * {@code CatalogService} further restricts it to the root unit (the province's 人社厅).
     */
    TITLE_CATALOG(Group.OWN_UNIT, false, EnumSet.of(UnitType.HRSS)),
    /** 评委会管理 → 专家库管理 (SPEC §3.6.1): the pools of the committees the unit formed. */
    EXPERT_POOL(Group.EXPERTS, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 评委会管理 → 专家库审核 (SPEC §3.6.4): experts submitted by the units below. */
    EXPERT_POOL_REVIEW(Group.EXPERTS, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT)),
    /** 评委会管理 → 推荐专家 (SPEC §3.6.1 下级单位推荐): recommend experts to a committee formed by a unit above. */
    EXPERT_RECOMMEND(Group.EXPERTS, true, allTypes()),

    /** 评委会管理 → 评委会备案申报 (the formation unit files its committees, SPEC §3.5.1) */
    COMMITTEE_FILING(Group.COMMITTEES, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 评委会管理 → 历史评委会 (query only, SPEC §3.5.5) */
    COMMITTEE_HISTORY(Group.COMMITTEES, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 历史职称数据管理 → 数据上传 (SPEC §3.13.2–3.13.3): units with committees, and issuers for 初定/确认/委托评审. */
    HISTORY_UPLOAD(Group.HISTORY, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 历史职称数据管理 → 数据审核 (SPEC §3.13.4): the units on a batch's review path. */
    HISTORY_REVIEW(Group.HISTORY, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT)),
    /** 历史职称数据管理 → 历史评审机构管理 (SPEC §3.13.6): 人社部门 only. */
    HISTORY_INSTITUTIONS(Group.HISTORY, true, EnumSet.of(UnitType.HRSS)),
    /**
     * 评审活动管理 → 评审活动发布 (SPEC §3.7.1, §0.4 {@code committee.ownLogin = NONE}): the formation unit's staff
     * manage the review activities of the committees their unit formed.
     */
    ACTIVITY_MANAGE(Group.COMMITTEES, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 查询统计 → 申报材料综合查询 (SPEC §3.15.1): counts of the committees the unit formed. */
    APPLICATION_COUNTS(Group.QUERIES, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT)),
    /** 查询统计 → 评审人员统计 (SPEC §3.15.2): change level and 申报方式 of applications submitted through the unit. */
    EVALUATION_CHANGE(Group.QUERIES, true, allTypes()),
    /** 查询统计 → 职称申报人员信息花名表 (SPEC §3.15.3) with its export. */
    APPLICATION_ROSTER(Group.QUERIES, true, allTypes()),
    /**
     * 电子证书管理 → 证书生成 (SPEC §3.12.1 初定发证, §3.13 历史证书生成): the issuing units — the 主管部门 where a
     * 职称初定 chain ends, the 发证机构 of approved historical batches.
     */
    CERTIFICATE_ISSUE(Group.CERTIFICATES, true, EnumSet.of(UnitType.HRSS, UnitType.COMPETENT_DEPARTMENT,
            UnitType.SELF_EVALUATING_UNIT, UnitType.CENTRAL_UNIT));


    /** Menu groups, for the role editor and the menu. Labels: {@code Permission.Group.NAME}. */
    public enum Group { OWN_UNIT, SUBORDINATE_UNITS, APPLICANTS, REVIEW, COMMITTEES, EXPERTS, HISTORY, QUERIES,
        CERTIFICATES }

    private final Group group;
    private final boolean grantable;
    private final Set<UnitType> unitTypes;

    Permission(Group group, boolean grantable, Set<UnitType> unitTypes) {
        this.group = group;
        this.grantable = grantable;
        this.unitTypes = unitTypes;
    }

    private static Set<UnitType> allTypes() {
        return EnumSet.allOf(UnitType.class);
    }

    public Group getGroup() {
        return group;
    }

    /** False for the super administrator's own functions, which no role can grant. */
    public boolean isGrantable() {
        return grantable;
    }

    public boolean isAvailableTo(UnitType type) {
        return unitTypes.contains(type);
    }

    /** Everything a unit of this type can do: what its super administrator holds. */
    public static Set<Permission> availableTo(UnitType type) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        Arrays.stream(values()).filter(p -> p.isAvailableTo(type)).forEach(result::add);
        return result;
    }

    /** What a role of a unit of this type may be given. */
    public static Set<Permission> grantableIn(UnitType type) {
        Set<Permission> result = availableTo(type);
        result.removeIf(p -> !p.grantable);
        return result;
    }
}
