package cn.zhicheng.activity;

/** 评审活动类别 (SPEC §3.7.2). Labels: {@code ActivityCategory.NAME}. */
public enum ActivityCategory {
    /** 年度评审活动: one per committee and 评审归属年份. */
    ANNUAL,
    /** 专项评审活动: further rounds of a committee in the same year. */
    SPECIAL
}
