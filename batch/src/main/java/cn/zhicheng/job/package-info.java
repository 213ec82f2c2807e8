/** The facade through which every batch job is started, watched, stopped and restarted, and its progress. */
package cn.zhicheng.job;
