package cn.zhicheng.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void aPlainNameIsKept() {
        assertThat(named("职称证书.pdf", FileKind.PDF).downloadName()).isEqualTo("职称证书.pdf");
    }

    @Test
    void unixPathPartsAreStripped() {
        assertThat(named("../../etc/passwd", FileKind.PDF).downloadName()).isEqualTo("passwd");
    }

    @Test
    void windowsPathPartsAreStripped() {
        assertThat(named("C:\\x\\y.pdf", FileKind.PDF).downloadName()).isEqualTo("y.pdf");
        assertThat(named("a/b\\c/d.pdf", FileKind.PDF).downloadName()).isEqualTo("d.pdf");
    }

    @Test
    void controlCharactersAreReplaced() {
        assertThat(named("a\r\nSet-Cookie:x.pdf", FileKind.PDF).downloadName()).isEqualTo("a__Set-Cookie:x.pdf");
        assertThat(named("a\u0000b\tc.pdf", FileKind.PDF).downloadName()).isEqualTo("a_b_c.pdf");
    }

    @Test
    void noPathSeparatorSurvivesANewline() {
        String name = named("x/y\n../z.pdf", FileKind.PDF).downloadName();

        assertThat(name).doesNotContain("/", "\\", "\n");
    }

    @Test
    void doubleQuotesAreReplaced() {
        assertThat(named("\"报告\".pdf", FileKind.PDF).downloadName()).isEqualTo("_报告_.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "../", "C:\\dir\\", "dir/  "})
    void anEmptyNameBecomesAttachmentWithTheKindsExtension(String original) {
        assertThat(named(original, FileKind.PNG).downloadName()).isEqualTo("attachment.png");
    }

    @Test
    void theFallbackUsesTheDetectedKindNotTheName() {
        assertThat(named("scan.pdf/", FileKind.JPEG).downloadName()).isEqualTo("attachment.jpg");
    }

    @Test
    void theContentTypeComesFromTheKind() {
        assertThat(named("photo.pdf", FileKind.JPEG).getContentType()).isEqualTo("image/jpeg");
    }

    private static Attachment named(String originalName, FileKind kind) {
        return new Attachment("0".repeat(64), 10, kind, originalName, AttachmentPurpose.GENERAL_DOCUMENT, 1L, null,
                NOW);
    }
}
