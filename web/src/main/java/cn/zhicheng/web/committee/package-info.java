/** Committee filing screens (评委会备案申报, 评委会备案审核, 历史评委会; SPEC §3.5.1, §3.5.2, §3.5.5). */
package cn.zhicheng.web.committee;
