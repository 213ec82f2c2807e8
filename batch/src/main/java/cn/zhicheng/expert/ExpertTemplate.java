package cn.zhicheng.expert;

import cn.zhicheng.shared.BusinessException;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The expert import template (SPEC §3.6.3): row 1 a note with the rules, row 2 the column headers (the single-add
 * fields of §3.6.2 in the form's order; 年龄 is derived from the ID number and has no column), row 3 an example that
 * the import skips while it is left unchanged. The ID-number and phone columns are text; 性别, 是否退休, 行政职务级别
 * and 评委会职务 offer drop-downs. The failed-rows file is the same sheet with the refused rows and a reason column,
 * so it can be corrected and uploaded again.
 */
public final class ExpertTemplate {

    /** Column headers in {@link ExpertField} order; "*" marks a required field. */
    public static final List<String> HEADERS = List.of("国别", "姓名*", "证件类型", "证件号码*", "性别*", "出生年月*",
            "是否退休", "工作单位*", "主管单位", "行政职务*", "行政职务级别", "联系电话1*", "联系电话2", "所获荣誉、称号*",
            "现专业技术系列", "现从事专业*", "现职称*", "评委会职务");
    public static final int WIDTH = HEADERS.size();
    public static final int HEADER_ROW = 2;
    public static final int EXAMPLE_ROW = 3;
    public static final List<String> EXAMPLE = List.of("中国", "张示例", "居民身份证(户口簿)", "510107197003150111",
            "男", "197003", "否", "四川大学华西医院", "四川省卫生健康委员会", "科主任", "正处级", "13812345678", "",
            "享受国务院政府特殊津贴专家", "卫生技术人员", "心血管内科", "主任医师", "委员");
    static final String NOTE = "填写说明：带*为必填项；第3行为示例，保持不变时导入会跳过，可直接覆盖。证件号码须为18位居民身份证号码"
            + "（本列为文本格式）；性别、出生年月（yyyyMM，如197003）须与证件号码一致，留空则按证件号码填写；年龄由证件号码计算，"
            + "无需填写；是否退休填是或否；行政职务级别、评委会职务（主任委员/副主任委员/委员，默认委员）从下拉列表选择；联系电话为11位手机号；"
            + "工作单位、主管单位、现从事专业不超过30字，行政职务不超过20字，所获荣誉、称号不超过300字；同一证件号码在文件中只能出现一次。";
    private static final String REASON_HEADER = "失败原因";

    static {
        if (ExpertField.values().length != WIDTH || EXAMPLE.size() != WIDTH) {
            throw new IllegalStateException("template columns differ from ExpertField");
        }
    }

    private static final TemplateSheetWriter.Layout LAYOUT = new TemplateSheetWriter.Layout("专家信息", NOTE, 75,
            HEADERS, HEADER_ROW, EXAMPLE, EXAMPLE_ROW, c -> c == ExpertField.HONOURS.ordinal() ? 30 : 16, REASON_HEADER,
            40);

    private ExpertTemplate() {
    }

    /** Writes the empty template with its note, headers and example. */
    public static void write(OutputStream out) throws IOException {
        writeRows(out, List.of(), List.of());
    }

    /** Writes the template with the given rows (cells in template order) and, when given, a reason per row. */
    public static void writeRows(OutputStream out, List<List<String>> rows, List<String> reasons) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            int lastRow = TemplateSheetWriter.write(workbook, LAYOUT, rows, reasons);
            Sheet sheet = workbook.getSheetAt(0);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            dropDown(sheet, helper, ExpertField.SEX, lastRow, "男", "女");
            dropDown(sheet, helper, ExpertField.RETIRED, lastRow, "是", "否");
            dropDown(sheet, helper, ExpertField.ADMIN_POST_LEVEL, lastRow,
                    Arrays.stream(AdminPostLevel.values()).map(AdminPostLevel::chineseLabel).toArray(String[]::new));
            dropDown(sheet, helper, ExpertField.POST, lastRow, "主任委员", "副主任委员", "委员");
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, ExpertField field, int lastRow,
                                 String... values) {
        TemplateSheetWriter.dropDown(sheet, helper.createExplicitListConstraint(values), field.ordinal(),
                EXAMPLE_ROW - 1, lastRow);
    }

    /** Refuses a header row that is not the template's (the "*" marks and blanks are ignored). */
    public static void checkHeader(SheetRow row) {
        for (int c = 0; c < WIDTH; c++) {
            String expected = HEADERS.get(c).replace("*", "");
            String actual = row.cells().get(c).replace("*", "").replace(" ", "").strip();
            if (!expected.equals(actual)) {
                throw new BusinessException("expert.import.header");
            }
        }
    }

    /** Whether the row is the unchanged example of row 3. */
    public static boolean isExample(SheetRow row) {
        return row.number() == EXAMPLE_ROW && row.cells().equals(EXAMPLE);
    }
}
