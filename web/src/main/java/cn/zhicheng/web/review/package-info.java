/**
 * Queries and statistics over applications (SPEC §3.15.1–3.15.3): 申报材料综合查询, 评审人员统计, the 花名表 pages of
 * units and committees, and the streaming 职称申报人员信息表 export split by second-level specialty.
 */
package cn.zhicheng.web.review;
