/**
 * The applicant's side of title applications (SPEC §3.8): starting, filling, submitting, withdrawing, discarding; and
 * the applicant's 专技人才统计 entries ({@link cn.zhicheng.application.TalentStatisticsEntries}, §3.8.9, §3.15.4) and
 * 外省职称确认 ({@link cn.zhicheng.application.OutOfProvinceTitleConfirmations}, §3.8.10, §3.15.5).
 */
package cn.zhicheng.application;
