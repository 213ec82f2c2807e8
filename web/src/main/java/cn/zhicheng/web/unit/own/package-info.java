/** 本级单位管理 (SPEC §3.1.4): the own unit's basic information. */
package cn.zhicheng.web.unit.own;
