package cn.zhicheng.activity;

/** 评审方式 (SPEC §3.7.2). Labels: {@code EvaluationMethod.NAME}. */
public enum EvaluationMethod {
    /** 全国统考+专家评审 (e.g. 经济, 统计, 会计 series: the national exam comes first). */
    EXAM_AND_EXPERT,
    /** 专家评审 */
    EXPERT
}
