/**
 * Printable documents (一览表, later certificates and 评审表): a neutral model ({@link cn.zhicheng.shared.pdf.PrintedDocument}
 * with grid and table sections) that capabilities fill, and {@link cn.zhicheng.shared.pdf.PdfRenderer}, the one
 * interface behind which iText (AGPL-3.0) turns it into PDF bytes. Only {@link cn.zhicheng.shared.pdf.ITextPdfRenderer},
 * {@link cn.zhicheng.shared.pdf.CjkFont} and {@code CompactTrueTypeFont} import iText here, so another renderer can
 * replace it in one place; the certificate page, a fixed drawing rather than a document, is drawn by
 * {@code cn.zhicheng.certificate.CertificatePdf} with the same shared font ({@link cn.zhicheng.shared.pdf.CjkFont#shared}).
 */
package cn.zhicheng.shared.pdf;
