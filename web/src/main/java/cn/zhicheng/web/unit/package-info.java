/** Backing beans of the unit pages directly under /unit (申报人帐号管理 and the other unit functions). */
package cn.zhicheng.web.unit;
