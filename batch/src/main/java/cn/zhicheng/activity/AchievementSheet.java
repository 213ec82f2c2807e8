package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 【导入业绩成果要求】 (SPEC §3.7.6): the spreadsheet of achievement-requirement rows — 序号, 展示标题, 模板类别 (one or
 * several, separated by 、 or commas), 业绩要求描述 — as a template to download and as rows read back. Titles and
 * template types are written and read by their labels in the user's language, which the caller passes in (the
 * labels live in the resource bundles). A configuration sheet holds a few dozen rows, so it is read whole; a bad row
 * refuses the whole file with its row, column and reason, and nothing on the screen changes.
 */
public final class AchievementSheet {

    /** The header row (row 2); row 1 is the note, data start at row 3. */
    public static final int HEADER_ROW = 2;
    private static final int COLUMNS = 4;
    private static final int LAST_TEMPLATE_ROW = 200;

    private AchievementSheet() {
    }

    /**
     * Writes the empty template: the note, the header (labels given in order 序号, 展示标题, 模板类别, 业绩要求描述) and a
     * drop-down of the title labels on 展示标题.
     */
    public static void writeTemplate(OutputStream out, String note, List<String> headers, List<String> titleLabels)
            throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("业绩成果要求");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row noteRow = sheet.createRow(0);
            noteRow.setHeightInPoints(60);
            Cell noteCell = noteRow.createCell(0);
            noteCell.setCellValue(note);
            noteCell.setCellStyle(wrap);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
            Row header = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c == COLUMNS - 1 ? 60 : 24) * 256);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation titles = helper.createValidation(
                    helper.createExplicitListConstraint(titleLabels.toArray(String[]::new)),
                    new CellRangeAddressList(HEADER_ROW, LAST_TEMPLATE_ROW, 1, 1));
            titles.setShowErrorBox(true);
            sheet.addValidationData(titles);
            workbook.write(out);
        }
    }

    /**
     * The rows of a filled template, checked with the editor's own rules ({@link AchievementRequirement#of}); blank
     * rows are skipped.
     *
     * @throws BusinessException naming the sheet row (and column) of the first bad row, or the file as a whole
     */
    public static List<AchievementRequirement> read(InputStream in, Map<String, AchievementTitle> titles,
                                                    Map<String, AchievementTemplate> templates) {
        List<AchievementRequirement> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>(COLUMNS);
                for (int c = 0; c < COLUMNS; c++) {
                    cells.add(row == null ? "" : formatter.formatCellValue(row.getCell(c)).strip());
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                int sheetRow = r + 1;
                rows.add(AchievementRequirement.of(sheetRow, position(cells.get(0), sheetRow),
                        title(cells.get(1), titles, sheetRow), templates(cells.get(2), templates, sheetRow),
                        cells.get(3)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("activity.achievementImport.notXlsx");
        }
        if (rows.isEmpty()) {
            throw new BusinessException("activity.achievementImport.empty");
        }
        return rows;
    }

    private static Integer position(String cell, int row) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.endsWith(".0") ? cell.substring(0, cell.length() - 2) : cell);
        } catch (NumberFormatException e) {
            throw new BusinessException("activity.row.position", row);
        }
    }

    private static AchievementTitle title(String cell, Map<String, AchievementTitle> titles, int row) {
        if (cell.isEmpty()) {
            return null;
        }
        AchievementTitle title = titles.get(cell);
        if (title == null) {
            throw new BusinessException("activity.achievementImport.title", row, cell);
        }
        return title;
    }

    private static Set<AchievementTemplate> templates(String cell, Map<String, AchievementTemplate> labels, int row) {
        Set<AchievementTemplate> result = EnumSet.noneOf(AchievementTemplate.class);
        for (String part : cell.split("[、,，;；]")) {
            String label = part.strip();
            if (label.isEmpty()) {
                continue;
            }
            AchievementTemplate template = labels.get(label);
            if (template == null) {
                throw new BusinessException("activity.achievementImport.template", row, label);
            }
            result.add(template);
        }
        return result;
    }
}
