/** 下级单位管理 (SPEC §3.1.2–3.1.3): the subordinate list, the creation wizard, editing, and registration review. */
package cn.zhicheng.web.unit.subordinates;
