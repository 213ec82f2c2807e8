/**
 * The reviewing unit's pages of the applicant's own requests (SPEC §3.15.4 专技人才审核 and 专技人才统计, §3.15.5
 * 职称确认审核 with 外省职称确认 and 证书核验): the lists per kind, the review page and the statistics table.
 */
package cn.zhicheng.web.unit.requests;
