package cn.zhicheng.org;

/** 单位性质 (SPEC §2.1): a dictionary used for scoping and statistics. Labels: bundle key {@code UnitNature.NAME}. */
public enum UnitNature {
    /** 机关 */
    GOVERNMENT_ORGAN,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 企业 */
    ENTERPRISE,
    /** 社会团体 */
    SOCIAL_ORGANIZATION,
    /** 其他 */
    OTHER
}
