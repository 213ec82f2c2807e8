package cn.zhicheng.expert;

/**
 * An expert's status in one committee's pool (SPEC §3.6.5): 待提交, 待完善 (HB: the expert completes the profile),
 * 待审核, 已退回, 在库. The transitions are added by the expert capability. Labels: {@code PoolStatus.NAME}.
 */
public enum PoolStatus {
    DRAFT, TO_COMPLETE, PENDING, RETURNED, IN_POOL
}
