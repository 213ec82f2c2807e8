package cn.zhicheng.expert;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

/**
 * The chunk reader of our template imports: streams the uploaded xlsx row by row with the StAX reader
 * ({@link XlsxRows}; only the current row is in memory), checks the header row and hands out the data rows of the
 * template's {@link SheetLayout}. The checkpoint is the sheet row number of the last row handed out, so a restart
 * skips exactly what committed chunks covered.
 * <p>
 * The sheet is parsed on a managed thread of its own ({@link RowsAhead}, a bounded queue of rows ahead), so parsing
 * goes on while the step's thread waits for the database to take a chunk; without a managed thread factory the rows
 * are parsed on the step's thread.
 * <p>
 * One pass over the file: the progress bar's total is first the estimate the sheet's {@code <dimension>} gives (its
 * last row less the rows above the data), then, when the last row has been read, the exact count — the rows handed
 * out by this execution plus those an earlier execution committed (the progress commits with the chunks).
 */
public abstract class TemplateSheetReader extends AbstractItemReader {

    /** Rows parsed ahead of the step: a few chunks, a few MB. */
    private static final int AHEAD = 2_000;
    private static final Logger LOG = Logger.getLogger(TemplateSheetReader.class.getName());

    @Inject
    @BatchProperty
    private String file;

    @Inject
    private JobContext jobContext;

    @EJB
    private JobProgressTracker progress;

    private RowsAhead rows;
    private long resumeAfter;
    private long committedBefore;
    private long handedOut;
    private boolean estimated;

    /** The template this job reads. */
    protected abstract SheetLayout layout();

    @Override
    public void open(Serializable checkpoint) throws IOException {
        resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        committedBefore = checkpoint == null ? 0 : progress.done(jobContext.getInstanceId());
        estimated = checkpoint != null;
        rows = new RowsAhead(new XlsxRows(Path.of(file), layout().width()), threads(), AHEAD);
    }

    /** The server's default managed thread factory, or, where there is none, parsing on the calling thread. */
    private static ThreadFactory threads() {
        try {
            return (ThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException | ClassCastException e) {
            LOG.fine(() -> "no managed thread factory, the sheet is parsed on the step's thread: " + e);
            return null;
        }
    }

    @Override
    public Object readItem() throws IOException {
        SheetLayout layout = layout();
        for (SheetRow row = rows.next(); row != null; row = rows.next()) {
            if (row.number() == layout.headerRow()) {
                layout.checkHeader().accept(row);
            }
            if (row.number() > resumeAfter && layout.isData(row)) {
                estimate(row.number());
                resumeAfter = row.number();
                handedOut++;
                return row;
            }
        }
        progress.total(jobContext.getInstanceId(), jobContext.getJobName(), committedBefore + handedOut);
        return null;
    }

    /** At the first data row of a fresh run: the sheet's last row less the rows above this one, when it says. */
    private void estimate(long firstDataRow) {
        if (!estimated) {
            estimated = true;
            rows.lastRowHint().ifPresent(last -> progress.total(jobContext.getInstanceId(), jobContext.getJobName(),
                    Math.max(1, last - firstDataRow + 1)));
        }
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
