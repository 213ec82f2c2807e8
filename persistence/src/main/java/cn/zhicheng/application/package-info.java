/**
 * Title applications (申报, SPEC §3.8, §4.1–4.5): the application itself with its status, the form sections defined
 * as data ({@link cn.zhicheng.application.FormSection}), the entries an applicant fills (also kept in the personal
 * profile between years) and the rules for starting, submitting, withdrawing and discarding; and the applicant's other
 * filings with the employer: 专技人才统计 entries ({@link cn.zhicheng.application.TalentStatisticsEntry}, §3.8.9) and
 * 外省职称确认 ({@link cn.zhicheng.application.OutOfProvinceTitleConfirmation}, §3.8.10).
 */
package cn.zhicheng.application;
