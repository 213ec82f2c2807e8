/**
 * Certificates (SPEC §3.12, §3.8.7): 我的证书 — the titles known for the signed-in applicant
 * ({@link cn.zhicheng.certificate.MyCertificates}) and 证书核验 requests with their review by the evaluation
 * organisation's formation unit ({@link cn.zhicheng.certificate.CertificateVerifications}); and the certificate PDFs:
 * {@link cn.zhicheng.certificate.CertificatePdf} prints a certificate from
 * {@link cn.zhicheng.certificate.CertificateFacts} (A4 landscape, QR code of the verification URL, optionally signed
 * by {@link cn.zhicheng.certificate.CertificateSigner}) and the 评审表 from
 * {@link cn.zhicheng.certificate.EvaluationFormFacts}.
 */
package cn.zhicheng.certificate;
