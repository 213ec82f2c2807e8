/** Writes and reads the flow log in the caller's transaction. */
package cn.zhicheng.audit;
