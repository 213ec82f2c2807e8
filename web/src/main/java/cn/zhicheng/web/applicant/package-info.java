/** Backing beans of the applicant pages under /applicant (申报人). */
package cn.zhicheng.web.applicant;
