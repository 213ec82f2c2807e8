/**
 * Screens of review activities (SPEC §3.7, §3.14.5): the committee administrator's list and step editor
 * ({@code /committee/activities/}), the authorising unit's 评审活动发布审核 ({@code /unit/activities/}) and the public
 * home page's activities and notices.
 */
package cn.zhicheng.web.activity;
