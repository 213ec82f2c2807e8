/** The committee's SX 职称评审信息上报 screens (SPEC §3.13.3): historical review activities, their import and 上报. */
package cn.zhicheng.web.committee.history;
