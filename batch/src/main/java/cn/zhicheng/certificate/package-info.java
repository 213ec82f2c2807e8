/**
 * The {@code certificateGeneration} job (SPEC §3.12, issue 9): generates and stores the certificates of one issuance
 * batch, restartable without duplicates, and the facade that starts and restarts it for the issuing unit.
 */
package cn.zhicheng.certificate;
