/**
 * Certificates as the applicant sees them (我的证书, SPEC §3.8.7, §3.12.6): the titles the system knows for a person,
 * and 证书核验 requests declaring a historical certificate for review by the evaluation organisation's formation unit.
 */
package cn.zhicheng.certificate;
