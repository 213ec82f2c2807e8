package cn.zhicheng.expert;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The common body of our import templates and failure files: a merged note row, a grey header row, a grey italic
 * example row, then the given rows, every column text-formatted (ID numbers stay text), and optionally a reason
 * column after the last one. The templates add their own drop-downs ({@link #dropDown}).
 */
public final class TemplateSheetWriter {

    /** Drop-downs reach at least this row, or 1,000 rows past the data. */
    private static final int MIN_VALIDATED_ROWS = 5000;

    private TemplateSheetWriter() {
    }

    /** What a template's sheet holds above and in its data rows. */
    public record Layout(String sheetName, String note, float noteHeight, List<String> headers, int headerRow,
                         List<String> example, int exampleRow, IntUnaryOperator columnChars, String reasonHeader,
                         int reasonChars) {
    }

    /**
     * Writes the sheet; {@code reasons} (one per row) adds the reason column when not empty.
     *
     * @return the last sheet row (0-based) the template's drop-downs should cover
     */
    public static int write(SXSSFWorkbook workbook, Layout layout, List<List<String>> rows, List<String> reasons) {
        int width = layout.headers().size();
        Sheet sheet = workbook.createSheet(layout.sheetName());
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle note = workbook.createCellStyle();
        note.setWrapText(true);
        CellStyle example = workbook.createCellStyle();
        example.cloneStyleFrom(text);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        example.setFont(grey);

        for (int c = 0; c < width; c++) {
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, layout.columnChars().applyAsInt(c) * 256);
        }
        Row noteRow = sheet.createRow(0);
        noteRow.setHeightInPoints(layout.noteHeight());
        cell(noteRow, 0, layout.note(), note);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        Row headerRow = sheet.createRow(layout.headerRow() - 1);
        for (int c = 0; c < width; c++) {
            cell(headerRow, c, layout.headers().get(c), header);
        }
        boolean withReasons = !reasons.isEmpty();
        if (withReasons) {
            cell(headerRow, width, layout.reasonHeader(), header);
            sheet.setColumnWidth(width, layout.reasonChars() * 256);
        }
        Row exampleRow = sheet.createRow(layout.exampleRow() - 1);
        for (int c = 0; c < width; c++) {
            cell(exampleRow, c, layout.example().get(c), example);
        }
        int r = layout.exampleRow();
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(r++);
            List<String> cells = rows.get(i);
            for (int c = 0; c < width && c < cells.size(); c++) {
                cell(row, c, cells.get(c), text);
            }
            if (withReasons) {
                cell(row, width, reasons.get(i), text);
            }
        }
        sheet.createFreezePane(0, layout.headerRow());
        return Math.max(r + 1000, MIN_VALIDATED_ROWS);
    }

    /** A drop-down on one column, from the example row down to {@code lastRow}. */
    public static void dropDown(Sheet sheet, DataValidationConstraint constraint, int column, int firstRow,
                                int lastRow) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value == null ? "" : value);
    }
}
