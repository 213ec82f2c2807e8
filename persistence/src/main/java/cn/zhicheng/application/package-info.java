/**
 * Applications by individuals (个人申报, SPEC §3.8) and the applicant's other filings with the employer:
 * 专技人才统计 entries ({@link cn.zhicheng.application.TalentStatisticsEntry}, §3.8.9) and 外省职称确认
 * ({@link cn.zhicheng.application.OutOfProvinceTitleConfirmation}, §3.8.10).
 */
package cn.zhicheng.application;
