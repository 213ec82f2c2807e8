/** The 职称业务归属地 cascade: children and names of administrative divisions, for forms and lists. */
package cn.zhicheng.region;
