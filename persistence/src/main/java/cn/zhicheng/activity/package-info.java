/**
 * Review activities (评审活动, SPEC §3.7): the activity aggregate with its basic information, deadlines, opened levels and
 * specialties, achievement / 破格 / material / scoring configuration, and its publication states; the achievement
 * template definitions the applicant forms render from.
 */
package cn.zhicheng.activity;
