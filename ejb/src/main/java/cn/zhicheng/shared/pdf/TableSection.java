package cn.zhicheng.shared.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table with column headers and rows of text (业绩成果, 继续教育, 考核情况 …). The headers repeat at the top of every
 * page the table runs over; long cell text wraps. A table without rows prints one row with {@link #emptyText}.
 *
 * <pre>{@code
 * TableSection.of("继续教育", "年度", "学时", "内容")
 *         .widths(1, 1, 4)
 *         .row("2024", "90", "专业科目培训")
 *         .row("2025", "96", "公需科目")
 *         .build();
 * }</pre>
 *
 * @param heading   printed above the table; empty for none
 * @param headers   the column headers; their number fixes the number of columns
 * @param widths    relative column widths, one per column (all 1 unless set)
 * @param rows      each row exactly one text per column; null texts print as blank
 * @param emptyText printed across the table when it has no rows (default 无)
 */
public record TableSection(String heading, List<String> headers, List<Float> widths, List<List<String>> rows,
                           String emptyText) implements Section {

    public TableSection {
        heading = Objects.requireNonNullElse(heading, "");
        headers = headers.stream().map(header -> Objects.requireNonNullElse(header, "")).toList();
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        widths = List.copyOf(widths);
        if (widths.size() != headers.size() || widths.stream().anyMatch(width -> !(width > 0))) {
            throw new IllegalArgumentException("a table needs one positive width per column: " + widths);
        }
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells in a table of " + headers.size() + " columns: " + row);
            }
            copied.add(row.stream().map(cell -> Objects.requireNonNullElse(cell, "")).toList());
        }
        rows = List.copyOf(copied);
        emptyText = Objects.requireNonNullElse(emptyText, "");
    }

    /** Starts a table under a heading with these column headers. */
    public static Builder of(String heading, String... headers) {
        return new Builder(heading, List.of(headers));
    }

    /** Starts a table under a heading with these column headers. */
    public static Builder of(String heading, List<String> headers) {
        return new Builder(heading, headers);
    }

    /** Collects the rows of one table. */
    public static final class Builder {
        private final String heading;
        private final List<String> headers;
        private List<Float> widths;
        private final List<List<String>> rows = new ArrayList<>();
        private String emptyText = "无";

        private Builder(String heading, List<String> headers) {
            this.heading = heading;
            this.headers = new ArrayList<>(headers);
            this.widths = headers.stream().map(header -> 1f).toList();
        }

        /** Relative column widths, one per column: {@code widths(1, 1, 4)} gives the last column two thirds. */
        public Builder widths(float... relative) {
            List<Float> list = new ArrayList<>(relative.length);
            for (float width : relative) {
                list.add(width);
            }
            this.widths = list;
            return this;
        }

        /** One row: exactly one text per column ({@code null} prints as blank). */
        public Builder row(String... cells) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            return this;
        }

        /** One row: exactly one text per column ({@code null} prints as blank). */
        public Builder row(List<String> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** Text printed across the table when it has no rows. */
        public Builder emptyText(String text) {
            this.emptyText = text;
            return this;
        }

        public TableSection build() {
            return new TableSection(heading, headers, widths, rows, emptyText);
        }
    }
}
