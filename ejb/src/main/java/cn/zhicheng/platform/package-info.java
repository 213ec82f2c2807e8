/** Start-up concerns of the whole application: schema migration, demo data and readiness facts. */
package cn.zhicheng.platform;
