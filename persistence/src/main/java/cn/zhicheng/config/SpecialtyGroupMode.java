package cn.zhicheng.config;

/** What the first, specialty-group round of an ordinary meeting does (SPEC §3.7.3 专业组评审方式, §3.10.11). */
public enum SpecialtyGroupMode {
    /** 专家投票: the group votes; applicants failing the group count do not enter round two. */
    VOTE,
    /** 专家打分: the group scores; scores are only a reference for round two and nobody is eliminated. */
    SCORE
}
