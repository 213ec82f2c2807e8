/** Backing beans of the unit pages (/unit/*) shared by several of them: the unit picker, the registration gate. */
package cn.zhicheng.web.unit;
