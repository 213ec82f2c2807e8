package cn.zhicheng.committee;

/**
 * 评审类型 (SPEC §3.5.1: a dictionary whose values the manuals do not show). The two kinds of title decision the
 * manuals do name: 评审 (a committee evaluates applicants) and 认定 (titles recognised on documented conditions, e.g.
 * 职称确认). Labels: {@code CommitteeReviewType.NAME}.
 */
public enum CommitteeReviewType {
    /** 评审 */
    EVALUATION,
    /** 认定 */
    RECOGNITION
}
