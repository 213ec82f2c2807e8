package cn.zhicheng.shared.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document model: grid row layout, table shape checks, null-tolerant texts, immutability. */
class PrintedDocumentTest {

    @Test
    void fourColumnGridPairsFieldsAndGivesWideFieldsARowOfTheirOwn() {
        FieldGrid grid = FieldGrid.fourColumns("基本信息")
                .field("姓名", "张三").field("性别", "男")
                .field("学历", "本科")
                .wide("工作单位", "某某研究院")
                .field("职务", "主任").field("电话", null).field("邮箱", "a@b.cn")
                .build();

        assertThat(grid.rows()).extracting(row -> row.stream().map(FieldGrid.Field::label).toList())
                .containsExactly(List.of("姓名", "性别"), List.of("学历"), List.of("工作单位"), List.of("职务", "电话"),
                        List.of("邮箱"));
        assertThat(grid.fields().get(5).value()).isEmpty();
    }

    @Test
    void twoColumnGridHasOneFieldPerRow() {
        FieldGrid grid = FieldGrid.twoColumns("").field("a", "1").field("b", "2").wide("c", "3").build();
        assertThat(grid.rows()).hasSize(3);
    }

    @Test
    void gridOfOtherWidthIsRefused() {
        assertThatThrownBy(() -> new FieldGrid("x", 3, List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableRowsMustMatchTheHeaders() {
        assertThatThrownBy(() -> TableSection.of("论文", "题目", "期刊").row("只有一格").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 columns");
        assertThatThrownBy(() -> TableSection.of("论文", "题目", "期刊").widths(1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableSection.of("空").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableTextsAreNeverNull() {
        TableSection table = TableSection.of(null, "题目", "期刊").row("标题", null).build();
        assertThat(table.heading()).isEmpty();
        assertThat(table.rows()).containsExactly(List.of("标题", ""));
        assertThat(table.emptyText()).isEqualTo("无");
    }

    @Test
    void documentKeepsPartsInOrderAndCopiesThePhoto() {
        byte[] photo = {1, 2, 3};
        PrintedDocument document = PrintedDocument.titled("一览表").subtitle("副标题")
                .section(FieldGrid.twoColumns("基本信息").field("姓名", "张三").photo(photo))
                .section(TableSection.of("继续教育", "年度"))
                .note("说明").footer("打印时间").build();
        photo[0] = 9;

        assertThat(document.sections()).extracting(Section::heading).containsExactly("基本信息", "继续教育");
        assertThat(((FieldGrid) document.sections().get(0)).photo()).containsExactly(1, 2, 3);
        assertThat(document.notes()).containsExactly("说明");
        assertThat(document.footers()).containsExactly("打印时间");
        assertThatThrownBy(() -> document.sections().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
