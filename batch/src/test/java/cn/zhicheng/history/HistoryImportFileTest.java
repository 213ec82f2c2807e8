package cn.zhicheng.history;

import cn.zhicheng.expert.InflatedXlsxException;
import cn.zhicheng.expert.SheetRow;
import cn.zhicheng.expert.XlsxRows;
import cn.zhicheng.shared.BusinessException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template file (note row, text cells, drop-downs, example) and what the streaming reader makes of it. */
class HistoryImportFileTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateHasTheNoteHeadersTextCellsDropDownsAndAnExampleTheReaderSkips() throws Exception {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.write(out, List.of("工程技术人员", "卫生技术人员"));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("填写说明").contains("〔〕");
            assertThat(sheet.getRow(1).getCell(HistoryColumn.ID_NUMBER.ordinal()).getStringCellValue())
                    .isEqualTo("证件号码*");
            CellStyle idStyle = sheet.getColumnStyle(HistoryColumn.ID_NUMBER.ordinal());
            assertThat(idStyle.getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getDataValidations()).hasSize(4);
            assertThat(workbook.isSheetHidden(1)).isTrue();
        }
        assertThat(HistorySheetReader.countDataRows(file)).isZero();
        HistorySheetReader.requireTemplate(file);
    }

    @Test
    void theShanxiReportTemplateNamesTheCommitteeAndIsTheSameTemplate() throws Exception {
        Path file = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeReport(out, List.of("卫生技术人员"));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("评审机构填写本评委会名称", "〔〕").doesNotContain("本单位已备案的评委会");
        }
        assertThat(HistoryTemplate.REPORT_NOTE).isNotEqualTo(HistoryTemplate.NOTE);
        HistorySheetReader.requireTemplate(file);
    }

    @Test
    void realDateCellsReadAsSerialDaysThatTheChecksAccept() throws Exception {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("说明");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HistoryTemplate.WIDTH; c++) {
                header.createCell(c).setCellValue(HistoryTemplate.HEADERS.get(c));
            }
            Row data = sheet.createRow(3);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            data.createCell(HistoryColumn.REVIEWED_ON.ordinal()).setCellValue(LocalDate.of(2018, 10, 20));
            data.getCell(HistoryColumn.REVIEWED_ON.ordinal()).setCellStyle(date);
            data.createCell(HistoryColumn.ID_NUMBER.ordinal()).setCellValue(510107197003150111d);
            workbook.write(out);
        }
        try (XlsxRows rows = new XlsxRows(file, HistoryTemplate.WIDTH)) {
            SheetRow row;
            do {
                row = rows.next();
            } while (row.number() < 4);
            assertThat(CellDates.parse(HistoryColumn.REVIEWED_ON.cell(row.cells()))).contains(LocalDate.of(2018, 10, 20));
        }
    }

    @Test
    void aSheetThatIsNotTheTemplateIsRefusedBeforeAnyRun() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("别的表");
            sheet.createRow(1).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        assertThatThrownBy(() -> HistorySheetReader.requireTemplate(file)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aZipBombIsRefusedFromItsZipDirectoryBeforeAnyXmlIsParsed() throws Exception {
        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            HistoryTemplate.write(out, List.of("工程技术人员"));
        }
        Path bomb = dir.resolve("bomb.xlsx");
        inflateSheet(template, bomb, 64 * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> HistorySheetReader.requireTemplate(bomb)).isInstanceOf(InflatedXlsxException.class)
                .hasMessageContaining("sheet1.xml");
        assertThatThrownBy(() -> new XlsxRows(bomb, HistoryTemplate.WIDTH).close())
                .isInstanceOf(InflatedXlsxException.class);
        HistorySheetReader.requireTemplate(template);
    }

    /** Copies an xlsx with {@code padding} blanks added to its first sheet: a small file that inflates hugely. */
    static void inflateSheet(Path from, Path to, int padding) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content;
                try (InputStream entryIn = in.getInputStream(entry)) {
                    content = entryIn.readAllBytes();
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < padding / blanks.length; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void theFailuresFileCarriesTheReasonColumn() throws Exception {
        Path file = dir.resolve("failures.xlsx");
        List<String> cells = new ArrayList<>(HistoryTemplate.EXAMPLE);
        cells.set(HistoryColumn.NAME.ordinal(), "李四");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeRows(out, List.of(), List.of(cells), List.of("性别与证件号码不一致"));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(HistoryTemplate.WIDTH).getStringCellValue()).isEqualTo("失败原因");
            assertThat(sheet.getRow(3).getCell(HistoryTemplate.WIDTH).getStringCellValue())
                    .isEqualTo("性别与证件号码不一致");
        }
        assertThat(HistorySheetReader.countDataRows(file)).isEqualTo(1);
    }
}
