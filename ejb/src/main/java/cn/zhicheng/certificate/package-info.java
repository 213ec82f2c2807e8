/**
 * 我的证书 (SPEC §3.8.7): the titles known for the signed-in applicant ({@link cn.zhicheng.certificate.MyCertificates})
 * and 证书核验 requests with their review by the evaluation organisation's formation unit
 * ({@link cn.zhicheng.certificate.CertificateVerifications}).
 */
package cn.zhicheng.certificate;
