/** Screens of historical title data (SPEC §3.13): /unit/history/ — 数据上传, 数据审核, 历史评审机构管理. */
package cn.zhicheng.web.history;
