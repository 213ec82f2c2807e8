package cn.zhicheng.application;

/**
 * 专业技术人员类别 of the 专技人才统计 table (SPEC §3.15.4): the title level held (初级 covers 助理级 and 员级), only a
 * professional qualification certificate, or neither. Labels: {@code TalentCategory.NAME}.
 */
public enum TalentCategory {
    SENIOR_FULL,
    SENIOR_DEPUTY,
    INTERMEDIATE,
    JUNIOR,
    QUALIFICATION_ONLY,
    OTHER
}
