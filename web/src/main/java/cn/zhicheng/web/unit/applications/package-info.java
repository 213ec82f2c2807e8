/** Backing beans of {@code /unit/applications/}: 本单位人员审核, 下级单位人员审核 and the review page (SPEC §3.9.2, §3.9.3). */
package cn.zhicheng.web.unit.applications;
