package cn.zhicheng.review;

import cn.zhicheng.config.ScreenLayout;

import java.util.List;

/**
 * The tabs of the unit review lists (SPEC §3.9.2). SC layout: the first three hold applications waiting at the unit,
 * the next three the unit's own decisions read from the flow log. Hebei layout ({@code ui.profile} = HB): 未审核,
 * 审核待定 (parked, SPEC §3.9.2 "implied"), 已审核. Labels: {@code ApplicationReviewTab.NAME}.
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
    REJECTED,
    /** HB 未审核: waiting at the unit and not set aside. */
    UNREVIEWED,
    /** HB 审核待定: waiting at the unit, set aside (审核待定) until a decision. */
    PENDING,
    /** HB 已审核: decided by this unit (passed up, returned or rejected). */
    REVIEWED;

    private static final List<ApplicationReviewTab> SC = List.of(FIRST, AGAIN, SENT_BACK, FORWARDED, RETURNED,
            REJECTED);
    private static final List<ApplicationReviewTab> HB = List.of(UNREVIEWED, PENDING, REVIEWED);

    public boolean isWaiting() {
        return this == FIRST || this == AGAIN || this == SENT_BACK || this == UNREVIEWED || this == PENDING;
    }

    /** The tabs a layout shows, in order; SX units use the SC tabs (their manual shows no unit list). */
    public static List<ApplicationReviewTab> of(ScreenLayout layout) {
        return layout == ScreenLayout.HB ? HB : SC;
    }
}
