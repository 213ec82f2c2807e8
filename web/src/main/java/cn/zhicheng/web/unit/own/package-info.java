/** Backing beans of the own-unit pages ({@code /unit/own/*}), e.g. 多岗审核配置. */
package cn.zhicheng.web.unit.own;
