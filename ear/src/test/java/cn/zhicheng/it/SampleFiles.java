package cn.zhicheng.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/** Small real files for upload tests (content-checked by the attachment service) and unique name suffixes. */
public final class SampleFiles {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SampleFiles() {
    }

    public static byte[] png() {
        return PNG.clone();
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** A short suffix that differs between calls and runs, for names that must be unique. */
    public static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000, 36) + SEQUENCE.incrementAndGet();
    }
}
