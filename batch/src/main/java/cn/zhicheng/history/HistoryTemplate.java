package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.expert.SheetRow;
import cn.zhicheng.expert.TemplateSheetWriter;
import cn.zhicheng.shared.BusinessException;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The historical-title import template (SPEC §3.13.2; SX: 历史职称上报导入模板): row 1 a note with the rules, row 2
 * the {@link HistoryColumn} headers, row 3 an example the import skips while unchanged. Every cell is text (ID numbers
 * keep their digits); 性别, 证件类型, 职称系列 and 职称级别 offer drop-downs (the series from a hidden list sheet, too
 * long for an inline list). The failed-rows file is the same sheet with the refused rows and a reason column, so it
 * can be corrected and uploaded again.
 */
public final class HistoryTemplate {

    public static final List<String> HEADERS = HistoryColumn.headers();
    public static final int WIDTH = HistoryColumn.WIDTH;
    public static final int HEADER_ROW = 2;
    public static final int EXAMPLE_ROW = 3;
    public static final List<String> EXAMPLE = List.of("1", "510107", "居民身份证", "510107197003150111", "张示例", "男",
            "19700315", "SC2018000123", "工程技术人员", "副高级", "高级工程师", "土木工程", "四川省工程技术高级评委会",
            "2018-10-20", "2018-12-15", "川人社职〔2018〕60号", "四川省建筑设计研究院");
    static final String NOTE = "填写说明：带*为必填项；第3行为示例，保持不变时导入会跳过，可直接覆盖。证件类型默认居民身份证，"
            + "居民身份证号码须为18位且校验位正确（本列为文本格式），性别、出生日期（yyyyMMdd）须与证件号码一致；"
            + "职称系列、职称级别从下拉列表选择，职称名称须为职称目录中该系列该级别的名称；评审机构须为本单位已备案的评委会"
            + "或本单位负责采集的历史评审机构（初定填“初定”，确认填“确认”）；评审时间、批准时间可填日期或yyyy-MM-dd、yyyyMMdd，"
            + "评审时间须早于批准时间；职称文件文号须使用六角括号〔〕（如 晋人社职〔2020〕60号），年份与批准时间的年份一致，"
            + "留空则取本批次的文号；同一人员、系列、级别、文号只能出现一次。";
    /** 历史职称上报导入模板 (SX, a committee's historical activity): the same columns and rules, the committee itself. */
    static final String REPORT_NOTE = NOTE.replace("评审机构须为本单位已备案的评委会"
            + "或本单位负责采集的历史评审机构（初定填“初定”，确认填“确认”）", "评审机构填写本评委会名称，职称系列、职称级别须与"
            + "本次历史评审活动一致");
    private static final String REASON_HEADER = "失败原因";
    private static final String LISTS = "lists";

    static {
        if (EXAMPLE.size() != WIDTH) {
            throw new IllegalStateException("template example differs from HistoryColumn");
        }
    }

    private HistoryTemplate() {
    }

    /** Writes the empty template; {@code seriesNames} fill the 职称系列 drop-down. */
    public static void write(OutputStream out, List<String> seriesNames) throws IOException {
        writeRows(out, seriesNames, List.of(), List.of());
    }

    /** Writes the empty 历史职称上报导入模板 of a committee's historical activity (SX). */
    public static void writeReport(OutputStream out, List<String> seriesNames) throws IOException {
        writeRows(out, seriesNames, List.of(), List.of(), REPORT_NOTE);
    }

    /** Writes the template with the given rows (cells in column order) and, when given, a reason per row. */
    public static void writeRows(OutputStream out, List<String> seriesNames, List<List<String>> rows,
                                 List<String> reasons) throws IOException {
        writeRows(out, seriesNames, rows, reasons, NOTE);
    }

    private static void writeRows(OutputStream out, List<String> seriesNames, List<List<String>> rows,
                                  List<String> reasons, String noteText) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            TemplateSheetWriter.Layout layout = new TemplateSheetWriter.Layout("历史职称数据", noteText, 90, HEADERS,
                    HEADER_ROW, EXAMPLE, EXAMPLE_ROW, c -> c == HistoryColumn.INSTITUTION.ordinal()
                    || c == HistoryColumn.WORK_UNIT.ordinal() ? 26 : 15, REASON_HEADER, 50);
            int lastRow = TemplateSheetWriter.write(workbook, layout, rows, reasons);
            Sheet sheet = workbook.getSheetAt(0);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            dropDown(sheet, helper.createExplicitListConstraint(new String[]{"男", "女"}), HistoryColumn.SEX, lastRow);
            dropDown(sheet, helper.createExplicitListConstraint(HistoryRowCheck.ID_TYPES.toArray(String[]::new)),
                    HistoryColumn.ID_TYPE, lastRow);
            dropDown(sheet, helper.createExplicitListConstraint(Arrays.stream(TitleLevel.values())
                    .map(TitleLevel::catalogName).toArray(String[]::new)), HistoryColumn.LEVEL, lastRow);
            if (!seriesNames.isEmpty()) {
                Sheet lists = workbook.createSheet(LISTS);
                for (int i = 0; i < seriesNames.size(); i++) {
                    lists.createRow(i).createCell(0).setCellValue(seriesNames.get(i));
                }
                workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
                dropDown(sheet, helper.createFormulaListConstraint(LISTS + "!$A$1:$A$" + seriesNames.size()),
                        HistoryColumn.SERIES, lastRow);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void dropDown(Sheet sheet, DataValidationConstraint constraint, HistoryColumn column, int lastRow) {
        TemplateSheetWriter.dropDown(sheet, constraint, column.ordinal(), EXAMPLE_ROW - 1, lastRow);
    }

    /** Refuses a header row that is not the template's (the "*" marks and blanks are ignored). */
    public static void checkHeader(SheetRow row) {
        for (int c = 0; c < WIDTH; c++) {
            String expected = HEADERS.get(c).replace("*", "");
            String actual = row.cells().get(c).replace("*", "").replace(" ", "").strip();
            if (!expected.equals(actual)) {
                throw new BusinessException("history.import.header", expected);
            }
        }
    }

    public static boolean isExample(SheetRow row) {
        return row.number() == EXAMPLE_ROW && row.cells().equals(EXAMPLE);
    }
}
