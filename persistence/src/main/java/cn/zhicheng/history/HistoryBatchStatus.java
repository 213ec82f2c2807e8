package cn.zhicheng.history;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of an uploaded batch (SPEC §3.13.4). Labels: {@code HistoryBatchStatus.NAME}.
 * <pre>
 * 待提交 ──提交审核──▶ 审核中 (待初审, 待复审, … one level of the review path after the other) ──最后一级通过──▶ 审核通过 (待发证)
 *                        │审核退回
 *                        ▼
 *                      已退回 ──修改, 提交审核──▶ 审核中
 *
 * 审核通过 ──发证时退回问题记录 (HistoryBatch#splitReturned)──▶ a new batch, 已退回, holding those records
 * </pre>
 */
public enum HistoryBatchStatus {
    /** 待提交: imported, editable, not yet submitted. */
    DRAFT,
    /** 审核中: at one level of the review path. */
    IN_REVIEW,
    /** 已退回: back at the collecting unit, editable, to be resubmitted. */
    RETURNED,
    /** 审核通过 (待发证): the issuer passed it; certificates may be generated. */
    APPROVED;

    private static final Map<HistoryBatchStatus, Set<HistoryBatchStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(IN_REVIEW, RETURNED, APPROVED),
            RETURNED, EnumSet.of(IN_REVIEW),
            APPROVED, EnumSet.noneOf(HistoryBatchStatus.class));

    public boolean canBecome(HistoryBatchStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Records may be added, fixed and deleted, and the batch submitted. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
