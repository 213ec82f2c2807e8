package cn.zhicheng.attachment;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * File types recognised by their content (magic bytes), never by the name a browser sends.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    static final Set<FileKind> IMAGES_AND_PDF = EnumSet.of(PDF, JPEG, PNG, GIF, BMP);

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * Detects the kind from the first bytes of a file (at least 8 are needed; pass up to 4 KB so that text files
     * can be told apart from binaries). A zip container counts as XLSX only when the name says so, because the
     * zip signature alone also matches docx and others; the workbook reader verifies the rest.
     */
    public static Optional<FileKind> detect(byte[] head, String originalName) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0x47, 0x49, 0x46, 0x38)) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0x42, 0x4D) && head.length >= 10 && head[6] == 0 && head[7] == 0 && head[8] == 0
                && head[9] == 0) {
            // "BM", the file size, then four reserved zero bytes: text starting with "BM" is not a bitmap
            return Optional.of(BMP);
        }
        String lowerName = originalName == null ? "" : originalName.toLowerCase(java.util.Locale.ROOT);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) && lowerName.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (lowerName.endsWith(".csv") && isUtf8Text(head)) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] head) {
        byte[] sample = Arrays.copyOf(head, head.length - cutCharacterLength(head));
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(sample)).toString();
            return text.chars().noneMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The sample may end inside a multi-byte character: the length of that incomplete tail (a lead byte followed by
     * fewer continuation bytes than it announces), or 0. Anything else invalid stays in and fails decoding.
     */
    private static int cutCharacterLength(byte[] head) {
        for (int back = 1; back <= Math.min(3, head.length); back++) {
            int b = head[head.length - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int expected = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return expected > back ? back : 0;
        }
        return 0;
    }
}
