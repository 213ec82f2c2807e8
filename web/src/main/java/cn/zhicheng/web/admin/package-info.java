/** Backing beans of the system administrator's pages under {@code /admin}: province settings and batch jobs. */
package cn.zhicheng.web.admin;
