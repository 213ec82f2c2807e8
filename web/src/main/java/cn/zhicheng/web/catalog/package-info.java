/** 职称目录管理 (SPEC §3.16): the province administrator's catalog screen. The reusable cascade is web.shell.TitleCascade. */
package cn.zhicheng.web.catalog;
