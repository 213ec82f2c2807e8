/** The title catalog: series, levels and qualification names (SPEC §3.16); specialty trees join later (§3.5.7). */
package cn.zhicheng.catalog;
