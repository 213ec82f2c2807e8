package cn.zhicheng.activity;

/** 展示标题 of an achievement requirement row (SPEC §3.7.6, the ten titles). Labels: {@code AchievementTitle.NAME}. */
public enum AchievementTitle {
    /** 论文论著 */
    PAPERS_AND_BOOKS,
    /** 取得现专业技术职称前主要业绩 */
    BEFORE_CURRENT_TITLE,
    /** 取得现专业技术职称后主要业绩 */
    AFTER_CURRENT_TITLE,
    /** 教育教学业绩 */
    TEACHING,
    /** 教学业绩成果 */
    TEACHING_RESULTS,
    /** 教育教学研究业绩成果 */
    TEACHING_RESEARCH,
    /** 业绩成果 */
    ACHIEVEMENTS,
    /** 示范引领和影响力 */
    LEADERSHIP,
    /** 专业能力 */
    PROFESSIONAL_ABILITY,
    /** 专业能力和业绩成果 */
    ABILITY_AND_ACHIEVEMENTS
}
