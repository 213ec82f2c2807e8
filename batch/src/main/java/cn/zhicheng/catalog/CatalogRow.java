package cn.zhicheng.catalog;

/** One line of a catalog CSV as read, before validation. */
public record CatalogRow(long lineNumber, String line) {
}
