package cn.zhicheng.committee;

/** The tabs of 评委会备案审核 (SPEC §3.5.2). Labels: {@code committee.reviews.tab.NAME}. */
public enum ReviewTab {
    /** 待审核: waiting at the caller's unit at a level the caller may act on. */
    PENDING,
    /** 审核通过: passed by the caller's unit (as authorising or filing unit). */
    PASSED,
    /** 审核不通过: last rejected by the caller's unit. */
    REJECTED
}
