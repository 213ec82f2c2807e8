/** Title catalog services used by screens and the catalog import job. */
package cn.zhicheng.catalog;
