/**
 * Historical title data (SPEC §3.13): historical evaluation institutions, the uploaded batches and their records,
 * the rows an import refused, the checks of one import row and the batch's review path and states.
 */
package cn.zhicheng.history;
