package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AchievementSheetTest {

    private static final Map<String, AchievementTitle> TITLES = Map.of("论文论著", AchievementTitle.PAPERS_AND_BOOKS,
            "业绩成果", AchievementTitle.ACHIEVEMENTS);
    private static final Map<String, AchievementTemplate> TEMPLATES = Map.of("通用", AchievementTemplate.GENERAL,
            "论文", AchievementTemplate.PAPER, "著作/译著", AchievementTemplate.BOOK);

    @Test
    void theTemplateReadsBackItsRowsWithSeveralTemplateTypes() throws IOException {
        byte[] file = filled(new String[][]{
                {"1", "论文论著", "论文、著作/译著", "近五年发表的论文"},
                {},
                {"2", "业绩成果", "通用", ""}});

        List<AchievementRequirement> rows = AchievementSheet.read(new ByteArrayInputStream(file), TITLES, TEMPLATES);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getTitle()).isEqualTo(AchievementTitle.PAPERS_AND_BOOKS);
        assertThat(rows.get(0).getTemplates()).containsExactlyInAnyOrder(AchievementTemplate.PAPER,
                AchievementTemplate.BOOK);
        assertThat(rows.get(0).getRequirement()).isEqualTo("近五年发表的论文");
        assertThat(rows.get(1).getPosition()).isEqualTo(2);
        assertThat(rows.get(1).getRequirement()).isNull();
    }

    @Test
    void aBadRowNamesItsSheetRowAndColumn() throws IOException {
        assertRefused(filled(new String[][]{{"1", "业绩成果", "通用", ""}, {"2", "科研项目", "通用", ""}}),
                "activity.achievementImport.title", 4, "科研项目");
        assertRefused(filled(new String[][]{{"1", "业绩成果", "通用，专利", ""}}),
                "activity.achievementImport.template", 3, "专利");
        assertRefused(filled(new String[][]{{"一", "业绩成果", "通用", ""}}), "activity.row.position", 3);
        assertRefused(filled(new String[][]{{"1", "业绩成果", "", ""}}), "activity.achievement.templates.required", 3);
        assertRefused(filled(new String[][]{}), "activity.achievementImport.empty");
        assertRefused("not a workbook".getBytes(StandardCharsets.UTF_8), "activity.achievementImport.notXlsx");
    }

    private static void assertRefused(byte[] file, String key, Object... arguments) {
        assertThatThrownBy(() -> AchievementSheet.read(new ByteArrayInputStream(file), TITLES, TEMPLATES))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getArguments()).containsExactly(arguments);
                });
    }

    /** The downloaded template with the given rows filled in from row 3. */
    private static byte[] filled(String[][] rows) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        AchievementSheet.writeTemplate(template, "填写说明", List.of("序号*", "展示标题*", "模板类别*", "业绩要求描述"),
                List.copyOf(TITLES.keySet()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(AchievementSheet.HEADER_ROW - 1).getCell(1).getStringCellValue())
                    .isEqualTo("展示标题*");
            assertThat(sheet.getDataValidations()).hasSize(1);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(AchievementSheet.HEADER_ROW + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
