package cn.zhicheng.expert;

import java.util.EnumSet;
import java.util.Set;

/**
 * An expert's status in one committee's pool (SPEC §3.6.5) and the one place its transitions live:
 * 待提交 → submit → 待审核; 待完善 (HB: created by a committee code account) → the expert's 提交审批 → 待审核;
 * 待审核 → 通过 → 在库 | 退回 (with a reason) → 已退回; 已退回 → edit → submit (by the unit or the expert) → 待审核.
 * Labels: {@code PoolStatus.NAME}.
 */
public enum PoolStatus {
    /** 待提交 (本单位新增待提交专家) */
    DRAFT,
    /** 待完善 (HB) */
    TO_COMPLETE,
    /** 待审核 (待审专家 / 下级单位推荐待审核) */
    PENDING,
    /** 已退回 (本单位退回专家) */
    RETURNED,
    /** 在库 */
    IN_POOL;

    /** What can happen to a pool member. */
    public enum Action { SUBMIT, EXPERT_SUBMIT, APPROVE, RETURN, EDIT, DELETE }

    /** The status after the action, or null when the action is not allowed in this status. */
    public PoolStatus after(Action action) {
        return switch (action) {
            case SUBMIT -> this == DRAFT || this == RETURNED ? PENDING : null;
            case EXPERT_SUBMIT -> this == TO_COMPLETE || this == RETURNED ? PENDING : null;
            case APPROVE -> this == PENDING ? IN_POOL : null;
            case RETURN -> this == PENDING ? RETURNED : null;
            case EDIT -> this == DRAFT || this == RETURNED || this == TO_COMPLETE ? this : null;
            case DELETE -> this == DRAFT ? this : null;
        };
    }

    public boolean allows(Action action) {
        return after(action) != null;
    }

    /** The statuses in which the unit that added the member may still change it. */
    public static Set<PoolStatus> editable() {
        return EnumSet.of(DRAFT, TO_COMPLETE, RETURNED);
    }
}
