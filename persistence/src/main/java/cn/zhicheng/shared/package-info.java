/** What every capability shares: the typed business exception and the localized error messages. */
package cn.zhicheng.shared;
