/**
 * Screens of review activities (SPEC §3.7, §3.14.5): the activity list and step editor, one body
 * ({@code /WEB-INF/includes/activity/}) behind two page sets — the committee administrator's
 * ({@code /committee/activities/}) and the formation unit's staff's with 选择评委会 ({@code /unit/activities/list.xhtml},
 * SPEC §0.4 {@code committee.ownLogin = NONE}) — the authorising unit's 评审活动发布审核 ({@code /unit/activities/}) and
 * the public home page's activities and notices.
 */
package cn.zhicheng.web.activity;
