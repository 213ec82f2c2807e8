package cn.zhicheng.web.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.RosterSheets;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The 职称申报人员信息表 writer (SPEC §3.15.3): columns, the split by second-level specialty, chunked input. */
class RosterWorkbookTest {

    private static final RosterWorkbook.Labels ZH = RosterWorkbook.Labels.of(Locale.SIMPLIFIED_CHINESE);
    private static final RosterSheets TREE = RosterSheets.of(List.of(
            new RosterSheets.Node(1L, null, "临床医学"), new RosterSheets.Node(2L, 1L, "内科学"),
            new RosterSheets.Node(3L, 1L, "外科学"), new RosterSheets.Node(4L, 2L, "心血管内科")));

    private static ApplicationQueryRow row(long id, String specialty) {
        return new ApplicationQueryRow(id, 2026, "申报" + id, "510104198001017209", Sex.FEMALE, "四川省卫生健康委员会",
                "卫生系列", TitleLevel.SENIOR_DEPUTY, specialty, "副主任医师", ApplicationRoute.NORMAL,
                ApplicationKind.REVIEW, "高评委", "2026年度评审", "四川省人民医院", ApplicationStatus.ACCEPTED);
    }

    @Test
    void theColumnsFollowTheRosterInOrder() {
        assertThat(RosterWorkbook.cells(7, row(1, "内科学"), ZH)).containsExactly("7", "2026", "申报1",
                "510104198001017209", "女", "四川省卫生健康委员会", "卫生系列", "高级（副高）", "内科学", "副主任医师",
                "正常申报");
    }

    @Test
    void rowsAreSplitBySecondLevelSpecialtyWithAHeaderAndTheirOwnNumbering() throws Exception {
        List<ApplicationQueryRow> all = new ArrayList<>();
        for (long id = 1; id <= 2_500; id++) {
            all.add(row(id, switch ((int) (id % 4)) {
                case 0 -> "心血管内科";
                case 1 -> "内科学";
                case 2 -> "外科学";
                default -> "口腔医学";
            }));
        }
        Set<Long> asked = new HashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = RosterWorkbook.write(out, TREE, "全部", after -> {
            asked.add(after);
            return all.stream().filter(r -> r.id() > after).limit(1_000).toList();
        }, ZH);

        assertThat(written).isEqualTo(2_500);
        assertThat(asked).containsExactlyInAnyOrder(0L, 1_000L, 2_000L, 2_500L);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("内科学", "外科学", RosterSheets.OTHER);
            Sheet internal = book.getSheet("内科学");
            assertThat(internal.getLastRowNum()).isEqualTo(1_250);
            assertThat(book.getSheet("外科学").getLastRowNum()).isEqualTo(625);
            assertThat(book.getSheet(RosterSheets.OTHER).getLastRowNum()).isEqualTo(625);
            DataFormatter f = new DataFormatter();
            Row header = internal.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(f.formatCellValue(c)));
            assertThat(headers).containsExactly("序号", "年度", "姓名", "身份证号", "性别", "主管部门", "申报系列",
                    "申报层级", "申报专业", "申报职称名称", "申报方式");
            assertThat(f.formatCellValue(internal.getRow(1).getCell(0))).isEqualTo("1");
            assertThat(f.formatCellValue(internal.getRow(1250).getCell(0))).isEqualTo("1250");
        }
    }

    @Test
    void anEmptyResultIsOneSheetWithTheHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(RosterWorkbook.write(out, null, "职称申报人员信息表", after -> List.of(), ZH)).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheetName(0)).isEqualTo("职称申报人员信息表");
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() {
        Set<String> used = new HashSet<>();
        assertThat(RosterWorkbook.safeName("a/b", used)).isEqualTo("a b");
        assertThat(RosterWorkbook.safeName("A b", used)).isEqualTo("A b(2)");
        assertThat(RosterWorkbook.safeName("x".repeat(40), used)).hasSize(31);
    }
}
