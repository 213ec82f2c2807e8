/** Backing beans of the unit pages directly under /unit: home dashboard, 申报人帐号管理, 主管部门配置, messages. */
package cn.zhicheng.web.unit;
