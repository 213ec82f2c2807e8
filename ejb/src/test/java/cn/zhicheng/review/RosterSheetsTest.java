package cn.zhicheng.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 职称申报人员信息表's split by second-level specialty (SPEC §3.15.3). */
class RosterSheetsTest {

    // 临床医学 (top) → 内科学 (second) → 心血管内科 (third); 临床医学 → 外科学; 护理学 (top, no children)
    private static final List<RosterSheets.Node> TREE = List.of(
            new RosterSheets.Node(5L, 2L, "心血管内科"),
            new RosterSheets.Node(1L, null, "临床医学"),
            new RosterSheets.Node(2L, 1L, "内科学"),
            new RosterSheets.Node(3L, 1L, "外科学"),
            new RosterSheets.Node(4L, null, "护理学"),
            new RosterSheets.Node(6L, 5L, "高血压"));

    @Test
    void aSpecialtyGoesToItsSecondLevelAncestor() {
        RosterSheets sheets = RosterSheets.of(TREE);

        assertThat(sheets.sheetOf("内科学")).isEqualTo("内科学");
        assertThat(sheets.sheetOf("心血管内科")).isEqualTo("内科学");
        assertThat(sheets.sheetOf("高血压")).isEqualTo("内科学");
        assertThat(sheets.sheetOf(" 外科学 ")).isEqualTo("外科学");
    }

    @Test
    void aTopLevelNameKeepsItsOwnSheetAndUnknownNamesGoToOther() {
        RosterSheets sheets = RosterSheets.of(TREE);

        assertThat(sheets.sheetOf("护理学")).isEqualTo("护理学");
        assertThat(sheets.sheetOf("临床医学")).isEqualTo("临床医学");
        assertThat(sheets.sheetOf("口腔医学")).isEqualTo(RosterSheets.OTHER);
        assertThat(sheets.sheetOf(null)).isEqualTo(RosterSheets.OTHER);
    }

    @Test
    void sheetsComeInTreeOrderWithOtherLast() {
        assertThat(RosterSheets.of(TREE).sheetNames()).containsExactly("临床医学", "内科学", "外科学", "护理学",
                RosterSheets.OTHER);
        assertThat(RosterSheets.of(List.of()).sheetNames()).containsExactly(RosterSheets.OTHER);
    }

    @Test
    void theFirstNodeOfARepeatedNameDecides() {
        RosterSheets sheets = RosterSheets.of(List.of(
                new RosterSheets.Node(1L, null, "A"), new RosterSheets.Node(2L, 1L, "B"),
                new RosterSheets.Node(3L, 2L, "通用"), new RosterSheets.Node(4L, 1L, "C"),
                new RosterSheets.Node(5L, 4L, "通用")));

        assertThat(sheets.sheetOf("通用")).isEqualTo("B");
    }
}
