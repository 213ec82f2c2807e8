/** The flow log (流转日志): one immutable record per state change of any item, with actor, time and opinion. */
package cn.zhicheng.audit;
