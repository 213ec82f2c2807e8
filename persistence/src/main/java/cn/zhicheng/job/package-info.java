/** Progress records of batch jobs that screens poll. */
package cn.zhicheng.job;
