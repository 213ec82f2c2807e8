package cn.zhicheng.bench;

import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Benchmark workbooks of the historical-title template as Excel and WPS save them, of any size and in constant memory:
 * every text in the shared-strings table ({@code t="s"}), numbers and dates as number cells (Excel serial days), the
 * sheet's dimension filled in. (Our own template writer keeps inline strings, which a file saved by Excel never has;
 * the shared-strings table is what makes "streaming" readers hold a file's text on the heap.)
 * <p>
 * Row {@code i} (0-based) is a valid certificate of a distinct person: the ID number is derived from {@code i}
 * (birth date and sequence), names repeat every 10,000 rows, certificate numbers are unique.
 */
final class HistoryWorkbooks {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Shared strings remembered for reuse; rarer texts beyond this are appended again, as a bounded writer must. */
    private static final int REMEMBERED = 50_000;

    private HistoryWorkbooks() {
    }

    /** The cells of data row {@code i}: series and 评审机构 as given, the batch's 文号 left blank. */
    static List<String> row(int i, String series, String institution) {
        String id = idNumber(i);
        List<String> cells = new ArrayList<>(HistoryTemplate.EXAMPLE);
        cells.set(HistoryColumn.SEQUENCE.ordinal(), String.valueOf(i + 1));
        cells.set(HistoryColumn.ID_NUMBER.ordinal(), id);
        cells.set(HistoryColumn.NAME.ordinal(), "人员" + i % 10_000);
        cells.set(HistoryColumn.SEX.ordinal(), (id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
        cells.set(HistoryColumn.BIRTH_DATE.ordinal(), id.substring(6, 14));
        cells.set(HistoryColumn.CERTIFICATE_NO.ordinal(), String.format("SC2018%07d", i));
        cells.set(HistoryColumn.SERIES.ordinal(), series);
        cells.set(HistoryColumn.INSTITUTION.ordinal(), institution);
        cells.set(HistoryColumn.REVIEWED_ON.ordinal(), serial(LocalDate.of(2018, 10, 20)));
        cells.set(HistoryColumn.APPROVED_ON.ordinal(), serial(LocalDate.of(2018, 12, 15)));
        cells.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), "");
        return cells;
    }

    /** A valid resident ID number, distinct for every {@code i} below 10,000,000. */
    static String idNumber(int i) {
        LocalDate birth = FIRST_BIRTH.plusDays(i / 1000);
        String body = "510107" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", i % 1000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * ID_WEIGHTS[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String serial(LocalDate date) {
        return String.valueOf(ChronoUnit.DAYS.between(EXCEL_EPOCH, date));
    }

    interface Rows {
        List<String> row(int i);
    }

    /** Writes note, header, the unchanged example row and {@code count} data rows. */
    static void write(Path file, int count, Rows rows) throws IOException {
        Path sheet = Files.createTempFile("bench-sheet", ".xml");
        Path strings = Files.createTempFile("bench-sst", ".xml");
        try {
            int width = HistoryTemplate.WIDTH;
            long references = 0;
            int unique = 0;
            Map<String, Integer> remembered = new HashMap<>();
            int lastRow = HistoryTemplate.EXAMPLE_ROW + count;
            try (Writer s = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8);
                 Writer t = Files.newBufferedWriter(strings, StandardCharsets.UTF_8)) {
                s.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:"
                        + column(width - 1) + lastRow + "\"/><sheetData>");
                for (int r = 1; r <= lastRow; r++) {
                    List<String> cells;
                    if (r == 1) {
                        cells = new ArrayList<>(List.of("填写说明：带*为必填项；第3行为示例。"));
                    } else if (r == HistoryTemplate.HEADER_ROW) {
                        cells = HistoryTemplate.HEADERS;
                    } else if (r == HistoryTemplate.EXAMPLE_ROW) {
                        cells = HistoryTemplate.EXAMPLE;
                    } else {
                        cells = rows.row(r - HistoryTemplate.EXAMPLE_ROW - 1);
                    }
                    s.write("<row r=\"" + r + "\">");
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (value == null || value.isEmpty()) {
                            continue;
                        }
                        String ref = column(c) + r;
                        if (r > HistoryTemplate.EXAMPLE_ROW && value.matches("[1-9]\\d{0,8}")) {
                            s.write("<c r=\"" + ref + "\"><v>" + value + "</v></c>");
                            continue;
                        }
                        Integer index = remembered.get(value);
                        if (index == null) {
                            index = unique++;
                            t.write("<si><t>" + escape(value) + "</t></si>");
                            if (remembered.size() < REMEMBERED) {
                                remembered.put(value, index);
                            }
                        }
                        references++;
                        s.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
                    }
                    s.write("</row>");
                }
                s.write("</sheetData></worksheet>");
            }
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + "</Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"历史职称数据\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>");
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer w = new BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8));
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
                        + "\" uniqueCount=\"" + unique + "\">");
                w.flush();
                Files.copy(strings, zip);
                w.write("</sst>");
                w.flush();
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                Files.copy(sheet, zip);
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(sheet);
            Files.deleteIfExists(strings);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
