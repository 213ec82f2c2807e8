package cn.zhicheng.catalog;

/** A catalog line that passed validation. */
public record ValidCatalogRow(long lineNumber, String series, TitleLevel level, String qualification) {
}
