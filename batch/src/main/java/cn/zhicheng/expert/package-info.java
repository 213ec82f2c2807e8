/**
 * The expert import job {@code expertImport} (SPEC §3.6.3, §4.6): the xlsx template, a streaming sheet reader, the
 * row checks shared by the check run and the import run, the writer, and the facade that starts and follows runs.
 */
package cn.zhicheng.expert;
