package cn.zhicheng.expert;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * The chunk reader of our template imports: streams the uploaded xlsx row by row with the StAX reader
 * ({@link XlsxRows}; only the current row is in memory), checks the header row and hands out the data rows of the
 * template's {@link SheetLayout}. The checkpoint is the sheet row number of the last row handed out, so a restart
 * skips exactly what committed chunks covered. A fresh run first reports the total for the progress bar.
 */
public abstract class TemplateSheetReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String file;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobProgressTracker progress;

    private XlsxRows rows;
    private long resumeAfter;

    /** The template this job reads. */
    protected abstract SheetLayout layout();

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path path = Path.of(file);
        if (checkpoint == null) {
            progress.total(jobContext.getInstanceId(), jobContext.getJobName(), layout().countDataRows(path));
        }
        resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        rows = new XlsxRows(path, layout().width());
    }

    @Override
    public Object readItem() throws IOException {
        SheetLayout layout = layout();
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            if (row.number() == layout.headerRow()) {
                layout.checkHeader().accept(row);
            }
            if (row.number() > resumeAfter && layout.isData(row)) {
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
}
