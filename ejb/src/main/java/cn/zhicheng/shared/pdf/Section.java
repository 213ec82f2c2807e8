package cn.zhicheng.shared.pdf;

/**
 * One block of a {@link PrintedDocument}, printed under its heading in the order added: either a label/value
 * {@link FieldGrid} or a {@link TableSection} with column headers and rows.
 */
public sealed interface Section permits FieldGrid, TableSection {

    /** The heading printed above the block (e.g. 基本信息); empty for none. */
    String heading();
}
