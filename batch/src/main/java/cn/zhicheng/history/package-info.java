/**
 * The historical-title import job {@code historicalTitleImport} (SPEC §3.13.2): the template, the streaming sheet
 * reader, the row processor and the chunk writer, and the one facade through which uploads start and restart.
 */
package cn.zhicheng.history;
