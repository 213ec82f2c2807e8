/** Backing beans of the unit pages ({@code /unit/*}): home dashboard, 主管部门配置. */
package cn.zhicheng.web.unit;
