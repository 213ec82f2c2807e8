package cn.zhicheng.expert;

import cn.zhicheng.shared.BusinessException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where the data of one of our xlsx templates are: its width, its header row (checked), its example row (skipped
 * when unchanged). Shared by the streaming import readers ({@link TemplateSheetReader}) and the job facades that
 * refuse a file before a run starts.
 */
public record SheetLayout(int width, int headerRow, Consumer<SheetRow> checkHeader, Predicate<SheetRow> isExample,
                          Supplier<BusinessException> headerMissing) {

    /** A data row: after the header, not blank, not the unchanged example. */
    public boolean isData(SheetRow row) {
        return row.number() > headerRow && !row.isBlank() && !isExample.test(row);
    }

    /** The data rows of a file, in a streaming pass of its own (the jobs count as they read; this is for checks). */
    public long countDataRows(Path path) throws IOException {
        long count = 0;
        try (XlsxRows counting = new XlsxRows(path, width)) {
            for (SheetRow row = counting.next(); row != null; row = counting.next()) {
                if (isData(row)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Refuses a file whose header row is not this template's. */
    public void requireTemplate(Path path) throws IOException {
        try (XlsxRows reading = new XlsxRows(path, width)) {
            for (SheetRow row = reading.next(); row != null; row = reading.next()) {
                if (row.number() == headerRow) {
                    checkHeader.accept(row);
                    return;
                }
                if (row.number() > headerRow) {
                    break;
                }
            }
        }
        throw headerMissing.get();
    }
}
