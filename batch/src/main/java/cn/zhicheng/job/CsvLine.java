package cn.zhicheng.job;

/** One line of an imported CSV as read (1-based number, header = line 1), before validation. */
public record CsvLine(long lineNumber, String line) {
}
