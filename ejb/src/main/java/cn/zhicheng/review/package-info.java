/**
 * The multi-post review engine every review flow uses (who acts next on an item in a unit, next level or out of the
 * unit) and the service behind the 多岗审核配置 screen (SPEC §3.3).
 */
package cn.zhicheng.review;
