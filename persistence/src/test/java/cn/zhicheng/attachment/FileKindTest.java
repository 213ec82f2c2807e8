package cn.zhicheng.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    private static final byte[] PDF_HEAD = bytes(0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A);
    private static final byte[] JPEG_HEAD = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46);
    private static final byte[] PNG_HEAD = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00);
    private static final byte[] GIF_HEAD = bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00);
    private static final byte[] BMP_HEAD = bytes(0x42, 0x4D, 0x36, 0x00, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00);
    private static final byte[] ZIP_HEAD = bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00);

    @ParameterizedTest
    @ValueSource(strings = {"scan.pdf", "scan.jpg", "scan.csv", "scan", ""})
    void magicBytesDecideWhateverTheName(String name) {
        assertThat(FileKind.detect(PDF_HEAD, name)).contains(FileKind.PDF);
        assertThat(FileKind.detect(JPEG_HEAD, name)).contains(FileKind.JPEG);
        assertThat(FileKind.detect(PNG_HEAD, name)).contains(FileKind.PNG);
        assertThat(FileKind.detect(GIF_HEAD, name)).contains(FileKind.GIF);
        assertThat(FileKind.detect(BMP_HEAD, name)).contains(FileKind.BMP);
    }

    @Test
    void magicBytesDecideWhenTheNameIsMissing() {
        assertThat(FileKind.detect(PNG_HEAD, null)).contains(FileKind.PNG);
    }

    @Test
    void aTextFileNamedPdfIsNothing() {
        byte[] text = "这不是 PDF 文件\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(text, "证明.pdf")).isEmpty();
    }

    @Test
    void aZipNamedXlsxIsXlsx() {
        assertThat(FileKind.detect(ZIP_HEAD, "目录.xlsx")).contains(FileKind.XLSX);
        assertThat(FileKind.detect(ZIP_HEAD, "目录.XLSX")).contains(FileKind.XLSX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"报告.docx", "archive.zip", "目录.xlsx.exe", "目录"})
    void aZipNotNamedXlsxIsNothing(String name) {
        assertThat(FileKind.detect(ZIP_HEAD, name)).isEmpty();
    }

    @Test
    void aZipNamedCsvIsNothing() {
        assertThat(FileKind.detect(ZIP_HEAD, "目录.csv")).isEmpty();
    }

    @Test
    void aChineseUtf8CsvIsCsv() {
        byte[] csv = "系列,层级,资格名称\r\n工程技术,正高级,正高级工程师\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(csv, "目录.csv")).contains(FileKind.CSV);
        assertThat(FileKind.detect(csv, "目录.CSV")).contains(FileKind.CSV);
    }

    @Test
    void aCsvWithByteOrderMarkIsCsv() {
        byte[] text = "\uFEFF系列,层级,资格名称\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(text, "目录.csv")).contains(FileKind.CSV);
    }

    @Test
    void aCsvSampleCutInsideAThreeByteCharacterIsStillCsv() {
        byte[] full = "工程技术,正高级,正高级工程师".getBytes(StandardCharsets.UTF_8);

        byte[] cutAfterOneByte = Arrays.copyOf(full, full.length - 2);
        byte[] cutAfterTwoBytes = Arrays.copyOf(full, full.length - 1);

        assertThat(FileKind.detect(cutAfterOneByte, "目录.csv")).contains(FileKind.CSV);
        assertThat(FileKind.detect(cutAfterTwoBytes, "目录.csv")).contains(FileKind.CSV);
    }

    @Test
    void aCsvSampleCutInsideAFourByteCharacterIsStillCsv() {
        byte[] full = "备注,𠀀".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(Arrays.copyOf(full, full.length - 1), "目录.csv")).contains(FileKind.CSV);
    }

    @Test
    void aBinaryFileNamedCsvIsNothing() {
        byte[] binary = bytes(0x00, 0x01, 0x02, 0x03, 0x10, 0x7F, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78);

        assertThat(FileKind.detect(binary, "目录.csv")).isEmpty();
    }

    @Test
    void invalidUtf8EarlyInTheSampleIsNotCsv() {
        byte[] gbk = bytes(0xCF, 0xB5, 0xC1, 0xD0, 0x2C, 0xB2, 0xE3, 0xBC, 0xB6, 0x2C, 0x0A, 0x61, 0x62, 0x63);

        assertThat(FileKind.detect(gbk, "目录.csv")).isEmpty();
    }

    @Test
    void textWithControlCharactersIsNotCsv() {
        byte[] text = "系列,层\u0001级\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(text, "目录.csv")).isEmpty();
    }

    @Test
    void aCsvWhoseFirstCellStartsWithBmIsNotABitmap() {
        byte[] csv = "BMI,身高,体重\n22.5,170,65\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(csv, "体检.csv")).contains(FileKind.CSV);
    }

    @Test
    void aTinyFileOfInvalidUtf8NamedCsvIsNothing() {
        assertThat(FileKind.detect(bytes(0x41, 0xFF), "a.csv")).isEmpty();
        assertThat(FileKind.detect(bytes(0x80), "a.csv")).isEmpty();
    }

    @Test
    void textNotNamedCsvIsNothing() {
        byte[] csv = "系列,层级,资格名称\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileKind.detect(csv, "目录.txt")).isEmpty();
    }

    @Test
    void fewerBytesThanASignatureIsNothing() {
        assertThat(FileKind.detect(Arrays.copyOf(PDF_HEAD, 4), "a.pdf")).isEmpty();
        assertThat(FileKind.detect(Arrays.copyOf(JPEG_HEAD, 2), "a.jpg")).isEmpty();
        assertThat(FileKind.detect(Arrays.copyOf(PNG_HEAD, 7), "a.png")).isEmpty();
        assertThat(FileKind.detect(Arrays.copyOf(GIF_HEAD, 3), "a.gif")).isEmpty();
        assertThat(FileKind.detect(Arrays.copyOf(BMP_HEAD, 1), "a.bmp")).isEmpty();
        assertThat(FileKind.detect(Arrays.copyOf(ZIP_HEAD, 3), "a.xlsx")).isEmpty();
        assertThat(FileKind.detect(new byte[0], "a.pdf")).isEmpty();
    }

    @Test
    void eachKindHasItsContentTypeAndExtension() {
        assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileKind.JPEG.extension()).isEqualTo("jpg");
        assertThat(FileKind.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
