/** Backing beans of the pages under /unit/own (本级单位管理): staff and roles of the signed-in user's own unit. */
package cn.zhicheng.web.unit.own;
