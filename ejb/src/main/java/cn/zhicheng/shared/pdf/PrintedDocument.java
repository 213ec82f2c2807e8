package cn.zhicheng.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to print, independent of any PDF library: a title, subtitle lines under it, sections in order, note
 * lines after the last section, and footer lines printed at the bottom of every page beside the page number
 * (第 n 页 / 共 m 页). Immutable; build it with {@link #titled}:
 *
 * <pre>{@code
 * PrintedDocument sheet = PrintedDocument.titled("专业技术职务任职资格评审申报一览表")
 *         .subtitle("申报系列：工程系列　申报资格：高级工程师")
 *         .section(FieldGrid.fourColumns("基本信息")
 *                 .field("姓名", "张三").field("性别", "男")
 *                 .wide("工作单位", "四川省某某设计研究院")
 *                 .photo(photoBytes)
 *                 .build())
 *         .section(TableSection.of("继续教育", "年度", "学时", "内容").row("2025", "96", "公需科目").build())
 *         .note("本表由系统根据申报材料生成，与原件一致。")
 *         .footer("打印时间：2026-11-23 09:30:00")
 *         .build();
 * byte[] pdf = pdfRenderer.render(sheet);
 * }</pre>
 *
 * @param title     the heading of the first page, also the PDF's title
 * @param subtitles centred lines under the title (e.g. 申报系列, 申报单位)
 * @param sections  grids and tables in print order
 * @param notes     lines printed after the last section (说明, 承诺)
 * @param footers   short lines at the bottom left of every page (打印时间, 编号)
 */
public record PrintedDocument(String title, List<String> subtitles, List<Section> sections, List<String> notes,
                              List<String> footers) {

    public PrintedDocument {
        title = Objects.requireNonNullElse(title, "");
        subtitles = texts(subtitles);
        sections = List.copyOf(sections);
        notes = texts(notes);
        footers = texts(footers);
    }

    private static List<String> texts(List<String> lines) {
        return lines.stream().map(line -> Objects.requireNonNullElse(line, "")).toList();
    }

    /** Starts a document with this title. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Collects the parts of a document in print order. */
    public static final class Builder {
        private final String title;
        private final List<String> subtitles = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> footers = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** A centred line under the title; call again for more lines. */
        public Builder subtitle(String line) {
            subtitles.add(line);
            return this;
        }

        /** The next section: a {@link FieldGrid} or a {@link TableSection}. */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** Builds and adds a grid or table builder's result. */
        public Builder section(FieldGrid.Builder grid) {
            return section(grid.build());
        }

        /** Builds and adds a table builder's result. */
        public Builder section(TableSection.Builder table) {
            return section(table.build());
        }

        /** A line printed after the last section; call again for more lines. */
        public Builder note(String line) {
            notes.add(line);
            return this;
        }

        /** A short line at the bottom left of every page; call again for more lines (keep it to two or three). */
        public Builder footer(String line) {
            footers.add(line);
            return this;
        }

        public PrintedDocument build() {
            return new PrintedDocument(title, subtitles, sections, notes, footers);
        }
    }
}
