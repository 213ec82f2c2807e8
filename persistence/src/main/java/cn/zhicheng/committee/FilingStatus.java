package cn.zhicheng.committee;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A committee's filing state (备案状态, SPEC §3.5.1 state machine). All transitions live here; the entity asks
 * {@link #canBecome} before it changes state. Labels: {@code FilingStatus.NAME}.
 * <pre>
 * 未备案 ──提交备案──▶ 授权管理单位审核中 ──通过──▶ 备案单位审核中 ──通过──▶ 已备案
 *                        │审核不通过                │审核不通过              │备案申请 (renewal)
 *                        ▼                          ▼                        ▼
 *                      审核不通过 ──编辑, 提交备案──▶ 授权管理单位审核中 ◀─────┘
 * </pre>
 * HB (the 职改办 creates the committee): 未备案 → 已备案 at creation, without review.
 */
public enum FilingStatus {
    /** 未备案: a draft the formation unit (or committee admin) completes. */
    DRAFT,
    /** 授权管理单位审核中 */
    AUTHORISING_REVIEW,
    /** 备案单位审核中 */
    FILING_REVIEW,
    /** 已备案 */
    FILED,
    /** 审核不通过: edited and submitted again. */
    REJECTED;

    private static final Map<FilingStatus, Set<FilingStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(AUTHORISING_REVIEW, FILED),
            AUTHORISING_REVIEW, EnumSet.of(FILING_REVIEW, REJECTED),
            FILING_REVIEW, EnumSet.of(FILED, REJECTED),
            FILED, EnumSet.of(AUTHORISING_REVIEW),
            REJECTED, EnumSet.of(AUTHORISING_REVIEW));

    public boolean canBecome(FilingStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** 提交备案 / 备案申请 is offered: a draft, a rejected filing, or a renewal of a filed committee. */
    public boolean canSubmit() {
        return canBecome(AUTHORISING_REVIEW);
    }

    /** The filing data may be changed: only while nobody reviews it and it is not filed. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Waiting at a reviewing unit. */
    public boolean isUnderReview() {
        return this == AUTHORISING_REVIEW || this == FILING_REVIEW;
    }
}
