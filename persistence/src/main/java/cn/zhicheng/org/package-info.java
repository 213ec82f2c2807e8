/** Units (单位), accounts and their memberships, and the value objects that identify them. */
package cn.zhicheng.org;
