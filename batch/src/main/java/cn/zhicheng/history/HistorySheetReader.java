package cn.zhicheng.history;

import cn.zhicheng.expert.SheetRow;
import cn.zhicheng.expert.XlsxRows;
import cn.zhicheng.job.JobProgressTracker;
import cn.zhicheng.shared.BusinessException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Streams the uploaded xlsx row by row with the StAX reader ({@link XlsxRows}): only the current row is in memory.
 * Checks the header row, skips the unchanged example and blank rows. The checkpoint is the sheet row number of the
 * last row handed out, so a restart skips exactly what committed chunks covered.
 */
@Named
@Dependent
public class HistorySheetReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String file;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobProgressTracker progress;

    private XlsxRows rows;
    private long resumeAfter;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path path = Path.of(file);
        if (checkpoint == null) {
            progress.total(jobContext.getInstanceId(), jobContext.getJobName(), countDataRows(path));
        }
        resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        rows = new XlsxRows(path, HistoryTemplate.WIDTH);
    }

    /** The data rows of a template file (a second streaming pass: the progress bar needs the total). */
    public static long countDataRows(Path path) throws IOException {
        long count = 0;
        try (XlsxRows counting = new XlsxRows(path, HistoryTemplate.WIDTH)) {
            for (SheetRow row = counting.next(); row != null; row = counting.next()) {
                if (isData(row)) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean isData(SheetRow row) {
        return row.number() > HistoryTemplate.HEADER_ROW && !row.isBlank() && !HistoryTemplate.isExample(row);
    }

    @Override
    public Object readItem() throws IOException {
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            if (row.number() == HistoryTemplate.HEADER_ROW) {
                HistoryTemplate.checkHeader(row);
            }
            if (row.number() > resumeAfter && isData(row)) {
                resumeAfter = row.number();
                return row;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return resumeAfter;
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }

    /** Refuses a file that is no xlsx of this template before a run starts (checked by the facade). */
    public static void requireTemplate(Path path) throws IOException {
        try (XlsxRows reading = new XlsxRows(path, HistoryTemplate.WIDTH)) {
            for (SheetRow row = reading.next(); row != null; row = reading.next()) {
                if (row.number() == HistoryTemplate.HEADER_ROW) {
                    HistoryTemplate.checkHeader(row);
                    return;
                }
                if (row.number() > HistoryTemplate.HEADER_ROW) {
                    break;
                }
            }
        }
        throw new BusinessException("history.import.header", HistoryColumn.SEQUENCE.header());
    }
}
