package cn.zhicheng.expert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template, the streaming reader and the row checks together, as the job runs them, without a server. */
class ExpertImportFileTest {

    @TempDir
    Path dir;

    static String id(String birth, String seq) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String body = "510107" + birth + seq;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static List<String> row(String name, String idNumber, String sex) {
        List<String> cells = new ArrayList<>(ExpertTemplate.EXAMPLE);
        cells.set(ExpertField.NAME.ordinal(), name);
        cells.set(ExpertField.ID_NUMBER.ordinal(), idNumber);
        cells.set(ExpertField.SEX.ordinal(), sex);
        cells.set(ExpertField.BIRTH_MONTH.ordinal(), "");
        return cells;
    }

    private Path file(List<List<String>> rows) throws Exception {
        Path path = dir.resolve("experts.xlsx");
        try (OutputStream out = Files.newOutputStream(path)) {
            ExpertTemplate.writeRows(out, rows, List.of());
        }
        return path;
    }

    private List<ExpertImportRow> checkAll(Path path, Set<String> inPool) throws Exception {
        ExpertRowCheck check = new ExpertRowCheck(inPool, Set.of("卫生技术人员"));
        List<ExpertImportRow> out = new ArrayList<>();
        try (XlsxRows rows = new XlsxRows(path, ExpertTemplate.WIDTH)) {
            for (SheetRow row = rows.next(); row != null; row = rows.next()) {
                if (row.number() == ExpertTemplate.HEADER_ROW) {
                    ExpertTemplate.checkHeader(row);
                } else if (ExpertSheetReader.isData(row)) {
                    out.add(check.check(row));
                }
            }
        }
        return out;
    }

    @Test
    void theTemplateHasNoteHeaderAndASkippedExample() throws Exception {
        Path path = file(List.of());
        assertThat(ExpertSheetReader.countDataRows(path)).isZero();
        ExpertSheetReader.requireTemplate(path);
        try (XlsxRows rows = new XlsxRows(path, ExpertTemplate.WIDTH)) {
            assertThat(rows.next().cells().get(0)).startsWith("填写说明");
            assertThat(rows.next().cells()).isEqualTo(ExpertTemplate.HEADERS);
            SheetRow example = rows.next();
            assertThat(ExpertTemplate.isExample(example)).isTrue();
        }
        assertThat(new ExpertRowCheck(Set.of(), Set.of("卫生技术人员"))
                .check(new SheetRow(3, ExpertTemplate.EXAMPLE)).isValid()).as("the example itself is valid").isTrue();
    }

    @Test
    void validRowsPassAndEachFailureNamesRowFieldAndReason() throws Exception {
        String a = id("19700315", "011");
        String b = id("19800101", "022");
        String c = id("19650505", "033");
        Path path = file(List.of(row("甲", a, "男"), row("乙", b, "男"), row("丙", "31010119970101", ""),
                row("丁", a, ""), row("戊", c, "男")));
        List<ExpertImportRow> checked = checkAll(path, Set.of(c));
        assertThat(checked).extracting(ExpertImportRow::rowNumber).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(checked.get(0).isValid()).isTrue();
        assertThat(checked.get(1).messageKey()).isEqualTo("expert.sex.mismatch");
        assertThat(checked.get(1).field()).isEqualTo(ExpertField.SEX);
        assertThat(checked.get(2).messageKey()).isEqualTo("idNumber.length");
        assertThat(checked.get(3).messageKey()).isEqualTo("expert.import.duplicateInFile");
        assertThat(checked.get(3).arguments()).containsExactly("4");
        assertThat(checked.get(4).messageKey()).isEqualTo("expert.pool.duplicate");
        assertThat(checked.get(1).cells().get(ExpertField.NAME.ordinal())).isEqualTo("乙");
    }

    @Test
    void aForeignFileIsRefused() throws Exception {
        Path notXlsx = dir.resolve("x.xlsx");
        Files.writeString(notXlsx, "series,level,qualification");
        assertThatThrownBy(() -> new XlsxRows(notXlsx, 18)).isInstanceOf(java.io.IOException.class);
        assertThat(XlsxRows.columnOf("A1")).isZero();
        assertThat(XlsxRows.columnOf("R7")).isEqualTo(17);
        assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
    }
}
