package cn.zhicheng.history;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a chunk through {@link HistoryUploads#write} — records and failures — and advances the progress, all in
 * the chunk's transaction: a chunk commits whole or not at all.
 * <p>
 * {@code failOnceAtRow} is a fault-injection property for restart drills and the integration test: the chunk holding
 * that sheet row fails once per job instance (a marker file beside the upload remembers it outside the rolled-back
 * transaction), so a restart continues past it.
 */
@Named
@Dependent
public class HistoryRowWriter extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    @BatchProperty
    private String failOnceAtRow;

    @Inject
    @BatchProperty
    private String file;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private JobProgressTracker progress;

    @Override
    public void writeItems(List<Object> items) {
        List<HistoryRowResult> rows = items.stream().map(HistoryRowResult.class::cast).toList();
        int written = uploads.write(Long.valueOf(batchId), rows);
        progress.advance(jobContext.getInstanceId(), jobContext.getJobName(), written, rows.size() - written);
        injectFault(rows);
    }

    private void injectFault(List<HistoryRowResult> rows) {
        if (failOnceAtRow == null || failOnceAtRow.isBlank()) {
            return;
        }
        long row = Long.parseLong(failOnceAtRow);
        if (rows.stream().anyMatch(r -> r.rowNumber() == row)) {
            Path marker = Path.of(file + ".fault-" + jobContext.getInstanceId());
            if (!Files.exists(marker)) {
                try {
                    Files.createFile(marker);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw new IllegalStateException("injected failure at row " + row);
            }
        }
    }
}
