package cn.zhicheng.review;

/**
 * The tabs of the committee's 资格审核 screen (SPEC §3.9.5): 初次申报, 二次申报 (resubmitted after a committee
 * return), 已接收, 已退回 (by the committee) and 审核不通过 (by the committee). Labels: {@code QualificationTab.NAME}.
 */
public enum QualificationTab {
    FIRST,
    SECOND,
    ACCEPTED,
    RETURNED,
    REJECTED
}
