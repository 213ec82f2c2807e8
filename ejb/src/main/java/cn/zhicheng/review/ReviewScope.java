package cn.zhicheng.review;

/** The two unit review screens (SPEC §3.9.2): 本单位人员审核 (the unit's own staff) and 下级单位人员审核. */
public enum ReviewScope {
    /** 本单位人员审核: applications whose employer is the reviewing unit. */
    OWN,
    /** 下级单位人员审核: applications of units below the reviewing unit. */
    SUBORDINATE
}
