package cn.zhicheng.config;

/** What applicants see of committees outside their 评审区域 (SPEC §3.8.3 step 3, {@code entrust.outOfRegion}). */
public enum OutOfRegionCommittees {
    /** Listed, with the note that 委托评审 is required at the competent-department or HRSS node. */
    REQUIRE_ENTRUST,
    /** Not listed. */
    HIDE
}
