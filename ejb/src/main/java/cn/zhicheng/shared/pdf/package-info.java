/**
 * Printable documents (一览表, later certificates and 评审表): a neutral model ({@link cn.zhicheng.shared.pdf.PrintedDocument}
 * with grid and table sections) that capabilities fill, and {@link cn.zhicheng.shared.pdf.PdfRenderer}, the one
 * interface behind which iText (AGPL-3.0) turns it into PDF bytes. Only {@link cn.zhicheng.shared.pdf.ITextPdfRenderer},
 * {@code CjkFont} and {@code CompactTrueTypeFont} import iText, so another renderer can replace it in one place.
 */
package cn.zhicheng.shared.pdf;
