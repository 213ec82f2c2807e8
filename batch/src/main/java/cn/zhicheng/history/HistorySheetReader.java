package cn.zhicheng.history;

import cn.zhicheng.expert.SheetLayout;
import cn.zhicheng.expert.TemplateSheetReader;
import cn.zhicheng.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the historical-title template ({@link HistoryTemplate}) for the {@code historicalTitleImport} job. */
@Named
@Dependent
public class HistorySheetReader extends TemplateSheetReader {

    static final SheetLayout LAYOUT = new SheetLayout(HistoryTemplate.WIDTH, HistoryTemplate.HEADER_ROW,
            HistoryTemplate::checkHeader, HistoryTemplate::isExample,
            () -> new BusinessException("history.import.header", HistoryColumn.SEQUENCE.header()));

    @Override
    protected SheetLayout layout() {
        return LAYOUT;
    }

    /** The data rows of a file (a second streaming pass: the progress bar needs the total). */
    public static long countDataRows(Path path) throws IOException {
        return LAYOUT.countDataRows(path);
    }

    /** Refuses a file that is no xlsx of this template before a run starts (checked by the facade). */
    public static void requireTemplate(Path path) throws IOException {
        LAYOUT.requireTemplate(path);
    }
}
