/** The administrative divisions (GB/T 2260) behind the 职称业务归属地 cascade, with the 省本级 / 市本级 entries. */
package cn.zhicheng.region;
