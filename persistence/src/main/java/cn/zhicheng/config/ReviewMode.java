package cn.zhicheng.config;

/** How an activity's evaluation meeting produces results (SPEC §3.10.1, setting {@code activity.reviewMode}). */
public enum ReviewMode {
    /** 线上投票: drawn experts vote in the system and staff count the votes (SC). */
    ONLINE_VOTE,
    /** 专家端主审打分: main reviewer scores, the chain of confirmers approves, then experts vote (HB). */
    EXPERT_CHAIN,
    /** 线下评审结果导入: the meeting is held offline and its results are imported from a spreadsheet (SX). */
    OFFLINE_IMPORT
}
