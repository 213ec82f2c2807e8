/** The expert pool (专家库, SPEC §3.6): experts as persons and their membership in committees' pools. */
package cn.zhicheng.expert;
