/** Log-in, accounts, the signed-in caller and unit data scoping. */
package cn.zhicheng.org;
