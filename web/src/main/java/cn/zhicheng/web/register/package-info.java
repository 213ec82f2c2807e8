/** The public 单位注册 page: a new unit's first account (SPEC §2.4 path 2, §3.1.3). */
package cn.zhicheng.web.register;
