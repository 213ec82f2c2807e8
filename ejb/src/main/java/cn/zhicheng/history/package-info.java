/**
 * Historical title data services (SPEC §3.13): 历史评审机构管理, the upload side (batches, the import's database side,
 * failed rows, 提交审核 with the review path) and 数据审核 along the path.
 */
package cn.zhicheng.history;
