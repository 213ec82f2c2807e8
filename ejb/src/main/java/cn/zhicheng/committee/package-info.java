/**
 * Committee filing (评委会备案申报) and its review (评委会备案审核), SPEC §3.5.1–§3.5.2: services for the formation unit
 * and the authorising and filing units, their views and the home page's to-do source.
 */
package cn.zhicheng.committee;
