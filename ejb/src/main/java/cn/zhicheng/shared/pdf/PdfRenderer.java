package cn.zhicheng.shared.pdf;

import java.io.OutputStream;

/**
 * Turns a {@link PrintedDocument} into a PDF: A4 portrait, Chinese text as real (extractable) text, page numbers
 * 第 n 页 / 共 m 页, table headers repeated on every page. The one place PDF rendering enters the application: services
 * inject this interface ({@code @Inject PdfRenderer renderer}), never the iText implementation
 * ({@link ITextPdfRenderer}), so the AGPL-licensed library stays replaceable. Implementations are thread-safe.
 */
public interface PdfRenderer {

    /** The PDF bytes of the document. */
    byte[] render(PrintedDocument document);

    /**
     * Writes the PDF of the document to {@code out} (a download response, a file); does not close it.
     *
     * @throws java.io.UncheckedIOException when writing fails
     */
    void render(PrintedDocument document, OutputStream out);

    /**
     * Which font the renderer embeds, for logs and the operations check, e.g.
     * {@code "WenQuanYiMicroHei (embedded subset) from /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"}.
     */
    String fontDescription();
}
