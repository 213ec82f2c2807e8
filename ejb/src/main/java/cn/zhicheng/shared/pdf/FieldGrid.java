package cn.zhicheng.shared.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A label/value grid, the form part of a printed document (基本信息, 现任职务 …): one label/value pair per row
 * ({@link #twoColumns}) or two pairs side by side ({@link #fourColumns}). A {@linkplain Builder#wide wide} field takes a
 * whole row for long text (工作经历, 主要业绩). An optional photo is printed at the right of the grid, spanning all its
 * rows: give it to the first section of the document.
 *
 * <pre>{@code
 * FieldGrid.fourColumns("基本信息")
 *         .field("姓名", "张三").field("性别", "男")
 *         .field("出生日期", "1985-04-12").field("身份证号", "51010219850412xxxx")
 *         .wide("工作单位", "四川省某某设计研究院")
 *         .photo(jpegBytes)
 *         .build();
 * }</pre>
 *
 * @param heading  printed above the grid; empty for none
 * @param columns  2 (label, value) or 4 (label, value, label, value)
 * @param fields   in reading order: left to right, then top to bottom
 * @param photo    JPEG or PNG bytes, or {@code null} for none
 */
public record FieldGrid(String heading, int columns, List<Field> fields, byte[] photo) implements Section {

    /** One label and its value; {@code wide} fields span a whole row. Null values print as blank. */
    public record Field(String label, String value, boolean wide) {
        public Field {
            label = Objects.requireNonNullElse(label, "");
            value = Objects.requireNonNullElse(value, "");
        }
    }

    public FieldGrid {
        heading = Objects.requireNonNullElse(heading, "");
        if (columns != 2 && columns != 4) {
            throw new IllegalArgumentException("a field grid has 2 or 4 columns, not " + columns);
        }
        fields = List.copyOf(fields);
        photo = photo == null ? null : photo.clone();
    }

    /** One label/value pair per row. */
    public static Builder twoColumns(String heading) {
        return new Builder(heading, 2);
    }

    /** Two label/value pairs per row. */
    public static Builder fourColumns(String heading) {
        return new Builder(heading, 4);
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    public boolean hasPhoto() {
        return photo != null;
    }

    /**
     * The fields laid out in rows: each row holds the fields that share it (at most {@code columns / 2}; a wide field
     * alone). The renderer and the photo's row span both use this.
     */
    public List<List<Field>> rows() {
        int perRow = columns / 2;
        List<List<Field>> rows = new ArrayList<>();
        List<Field> current = new ArrayList<>();
        for (Field field : fields) {
            if (field.wide() || current.size() == perRow) {
                if (!current.isEmpty()) {
                    rows.add(List.copyOf(current));
                    current.clear();
                }
            }
            if (field.wide()) {
                rows.add(List.of(field));
            } else {
                current.add(field);
            }
        }
        if (!current.isEmpty()) {
            rows.add(List.copyOf(current));
        }
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldGrid grid && heading.equals(grid.heading) && columns == grid.columns
                && fields.equals(grid.fields) && Arrays.equals(photo, grid.photo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(heading, columns, fields, Arrays.hashCode(photo));
    }

    @Override
    public String toString() {
        return "FieldGrid[" + heading + ", " + columns + " columns, " + fields.size() + " fields"
                + (photo == null ? "" : ", photo " + photo.length + " bytes") + "]";
    }

    /** Collects the fields of one grid in reading order. */
    public static final class Builder {
        private final String heading;
        private final int columns;
        private final List<Field> fields = new ArrayList<>();
        private byte[] photo;

        private Builder(String heading, int columns) {
            this.heading = heading;
            this.columns = columns;
        }

        /** A label/value pair in the next free place. */
        public Builder field(String label, String value) {
            fields.add(new Field(label, value, false));
            return this;
        }

        /** A label/value pair on a row of its own, the value spanning the rest of the row (long text wraps). */
        public Builder wide(String label, String value) {
            fields.add(new Field(label, value, true));
            return this;
        }

        /** A photo (JPEG or PNG bytes) at the right of the grid; {@code null} for none. */
        public Builder photo(byte[] imageBytes) {
            this.photo = imageBytes;
            return this;
        }

        public FieldGrid build() {
            return new FieldGrid(heading, columns, fields, photo);
        }
    }
}
