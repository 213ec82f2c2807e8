/** Applicant screens of title applications (SPEC §3.8): 新增申报, 我的申报, the form, 个人信息. */
package cn.zhicheng.web.application;
