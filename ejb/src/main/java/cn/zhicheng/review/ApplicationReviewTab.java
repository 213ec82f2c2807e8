package cn.zhicheng.review;

/**
 * The tabs of the unit review lists (SPEC §3.9.2 SC layout). The first three hold applications waiting at the unit,
 * the last three the unit's own decisions read from the flow log. Labels: {@code ApplicationReviewTab.NAME}.
 */
public enum ApplicationReviewTab {
    /** 初审: first submissions waiting. */
    FIRST,
    /** 复审: resubmitted after a return. */
    AGAIN,
    /** 上级单位退回，重审: sent back down to this unit by a higher unit. */
    SENT_BACK,
    /** 已上报: passed up by this unit. */
    FORWARDED,
    /** 已退回: returned by this unit. */
    RETURNED,
    /** 不通过: rejected by this unit. */
    REJECTED;

    public boolean isWaiting() {
        return this == FIRST || this == AGAIN || this == SENT_BACK;
    }
}
