/** Backing beans of the pages under /unit/own (本级单位管理): basic information, staff, roles, 多岗审核配置. */
package cn.zhicheng.web.unit.own;
