/** Messages to users (消息推送 / 已接收消息, SPEC §3.14.2–3.14.3) and, later, public notices (通知公告). */
package cn.zhicheng.notice;
