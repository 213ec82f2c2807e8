package cn.zhicheng.config;

/** The route (申报方式) by which an applicant qualifies to apply (SPEC §3.8.5, setting {@code application.routes}). */
public enum ApplicationRoute {
    /** 正常申报: meets the required education and seniority. */
    NORMAL,
    /** 破格申报: meets education or seniority but not both, plus policy 破格 conditions. */
    EXCEPTIONAL,
    /** 转评: holds a title of the same level in another series or specialty. */
    TRANSFER,
    /** 绿色通道: meets the green-channel conditions. */
    GREEN_CHANNEL,
    /** 一步到位: meets the one-step conditions. */
    ONE_STEP,
    /** 机关分流人员申报: civil servant moved by appointment to professional-technical work. */
    DIVERTED_CIVIL_SERVANT,
    /** 高技能人才申报: high-level or urgently needed talent introduced or trained by enterprises. */
    HIGH_SKILL
}
