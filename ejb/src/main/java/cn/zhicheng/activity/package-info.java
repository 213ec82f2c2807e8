/**
 * Review activity services (SPEC §3.7, §3.14.5): the committee administrator's step-by-step configuration and
 * publication, the authorising unit's 评审活动发布审核, and the public home page's activities and notices.
 */
package cn.zhicheng.activity;
