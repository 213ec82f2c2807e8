package cn.zhicheng.web.review;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.RosterSheets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The 职称申报人员信息表 (SPEC §3.15.3, §4.7) as a streaming xlsx: the 花名表's columns, one sheet per second-level
 * specialty ({@link RosterSheets}; 序号 counts per sheet), rows fetched chunk by chunk from the database and written
 * through SXSSF (only a window of rows per sheet in memory, the rest in compressed temporary files), so the size of
 * the result never reaches the heap.
 */
public final class RosterWorkbook {

    /** The columns, in order (SPEC §3.15.3). Header labels: {@code roster.column.NAME}. */
    public enum Column { INDEX, YEAR, NAME, ID_NUMBER, SEX, DEPARTMENT, SERIES, LEVEL, SPECIALTY, QUALIFICATION, ROUTE }

    /** The rows after an id, in id order; an empty list ends the export. */
    @FunctionalInterface
    public interface Chunks {
        List<ApplicationQueryRow> after(long afterId);
    }

    /** Header and enum labels in the reader's language. */
    public record Labels(ResourceBundle bundle) {
        public static Labels of(Locale locale) {
            return new Labels(ResourceBundle.getBundle("cn.zhicheng.web.i18n.text", locale));
        }

        String header(Column column) {
            return bundle.getString("roster.column." + column.name());
        }

        String level(TitleLevel level) {
            return level == null ? "" : bundle.getString("TitleLevel." + level.name());
        }

        String route(ApplicationRoute route) {
            return route == null ? "" : bundle.getString("ApplicationRoute." + route.name());
        }

        String sex(Sex sex) {
            return sex == null ? "" : bundle.getString("Sex." + sex.name());
        }
    }

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    static final int WINDOW = 100;

    private RosterWorkbook() {
    }

    /** The cells of one row, in {@link Column} order; {@code index} is the row's 序号 in its sheet. */
    public static List<String> cells(int index, ApplicationQueryRow row, Labels labels) {
        List<String> cells = new ArrayList<>(Column.values().length);
        for (Column column : Column.values()) {
            cells.add(switch (column) {
                case INDEX -> String.valueOf(index);
                case YEAR -> String.valueOf(row.year());
                case NAME -> row.name();
                case ID_NUMBER -> row.idNumber();
                case SEX -> labels.sex(row.sex());
                case DEPARTMENT -> row.department() == null ? "" : row.department();
                case SERIES -> row.series();
                case LEVEL -> labels.level(row.level());
                case SPECIALTY -> row.specialty();
                case QUALIFICATION -> row.qualification();
                case ROUTE -> labels.route(row.route());
            });
        }
        return cells;
    }

    /**
     * Writes the workbook: every row of {@code chunks} to the sheet {@code sheets} assigns it (one sheet named
     * {@code singleSheet} when {@code sheets} is null). Sheets appear in the tree's order, {@value RosterSheets#OTHER}
     * last; a workbook without rows has one sheet with the header. Returns the number of rows written.
     */
    public static long write(OutputStream out, RosterSheets sheets, String singleSheet, Chunks chunks, Labels labels)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Map<String, SXSSFSheet> byName = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            Set<String> usedSafeNames = new HashSet<>();
            long written = 0;
            long after = 0;
            List<ApplicationQueryRow> chunk;
            while (!(chunk = chunks.after(after)).isEmpty()) {
                for (ApplicationQueryRow row : chunk) {
                    String name = sheets == null ? singleSheet : sheets.sheetOf(row.specialty());
                    SXSSFSheet sheet = byName.computeIfAbsent(name,
                            n -> newSheet(workbook, n, usedSafeNames, headerStyle, labels));
                    int index = counts.merge(name, 1, Integer::sum);
                    Row excelRow = sheet.createRow(index);
                    List<String> cells = cells(index, row, labels);
                    for (int c = 0; c < cells.size(); c++) {
                        excelRow.createCell(c).setCellValue(cells.get(c));
                    }
                    written++;
                    after = row.id();
                }
            }
            if (byName.isEmpty()) {
                String name = sheets == null ? singleSheet : RosterSheets.OTHER;
                byName.put(name, newSheet(workbook, name, usedSafeNames, headerStyle, labels));
            }
            if (sheets != null) {
                List<String> order = sheets.sheetNames();
                List<String> present = new ArrayList<>(byName.keySet());
                present.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
                for (int i = 0; i < present.size(); i++) {
                    workbook.setSheetOrder(byName.get(present.get(i)).getSheetName(), i);
                }
                workbook.setActiveSheet(0);
                workbook.setSelectedTab(0);
            }
            workbook.write(out);
            return written;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static int position(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, String name, Set<String> used, CellStyle headerStyle,
                                       Labels labels) {
        SXSSFSheet sheet = workbook.createSheet(safeName(name, used));
        Row header = sheet.createRow(0);
        Column[] columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(labels.header(columns[c]));
            header.getCell(c).setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Excel's rules: at most 31 characters, no []:*?/\, unique regardless of case. */
    static String safeName(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? RosterSheets.OTHER : name);
        String candidate = base;
        for (int i = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "(" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
