package cn.zhicheng.review;

/** The committee's decisions in 资格审核 (SPEC §3.9.4, §3.9.5). Labels: {@code QualificationDecision.NAME}. */
public enum QualificationDecision {
    /** 审核通过 → 已接收. */
    ACCEPT,
    /** 退回修改 → back to the applicant with a personal resubmission deadline. */
    RETURN,
    /** 审核不通过 → final for the year. */
    REJECT
}
