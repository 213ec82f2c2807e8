/**
 * Multi-post review (多岗审核配置, SPEC §3.3): per unit and item type an ordered list of review levels with the staff who
 * act at each, and the position an item under review holds inside one unit's internal sequence; and what the
 * applicant's own requests reviewed by units share ({@link cn.zhicheng.review.PersonalRequest}: status, review path,
 * opinions).
 */
package cn.zhicheng.review;
