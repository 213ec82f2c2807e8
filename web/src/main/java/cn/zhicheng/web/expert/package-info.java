/** The expert pool pages (SPEC §3.6): 专家库管理, 专家库审核 and the expert's own profile. */
package cn.zhicheng.web.expert;
