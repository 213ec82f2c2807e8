/**
 * Title applications (申报, SPEC §3.8, §4.1–4.5): the application itself with its status, the form sections defined
 * as data ({@link cn.zhicheng.application.FormSection}), the entries an applicant fills (also kept in the personal
 * profile between years) and the rules for starting, submitting, withdrawing and discarding.
 */
package cn.zhicheng.application;
