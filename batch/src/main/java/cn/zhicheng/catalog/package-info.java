/** The title catalog import job: CSV reader, row validation and writer. */
package cn.zhicheng.catalog;
