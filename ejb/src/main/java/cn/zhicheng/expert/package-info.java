/**
 * The expert pool services (专家库, SPEC §3.6): the forming unit's pool management, the review by the unit above,
 * the expert's own profile, expert accounts, the import back-end and the home-page to-dos.
 */
package cn.zhicheng.expert;
