/**
 * Certificate screens (SPEC §3.12, issue 9): the issuing unit's 证书生成 (初定发证, 历史证书生成), the 汇总表 export,
 * certificate downloads, and the public verification page.
 */
package cn.zhicheng.web.certificate;
