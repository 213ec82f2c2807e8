package cn.zhicheng.expert;

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
 * Writes a chunk through {@link ExpertImports} — failures, and in an import run the valid rows as 本单位新增待提交
 * members — and advances the progress, all in the chunk's transaction: a chunk commits whole or not at all.
 * <p>
 * {@code failOnceAtRow} is a fault-injection property for restart drills and the integration test: the chunk holding
 * that sheet row fails once per job instance (a marker file beside the upload remembers it outside the rolled-back
 * transaction), so a restart continues past it.
 */
@Named
@Dependent
public class ExpertRowWriter extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String committeeId;

    @Inject
    @BatchProperty
    private String unitId;

    @Inject
    @BatchProperty
    private String mode;

    @Inject
    @BatchProperty
    private String toComplete;

    @Inject
    @BatchProperty
    private String failOnceAtRow;

    @Inject
    @BatchProperty
    private String file;

    @EJB
    private ExpertImports imports;

    @EJB
    private JobProgressTracker progress;

    @Override
    public void writeItems(List<Object> items) {
        List<ExpertImportRow> rows = items.stream().map(ExpertImportRow.class::cast).toList();
        long failed = rows.stream().filter(r -> !r.isValid()).count();
        imports.write(jobContext.getInstanceId(), Long.parseLong(committeeId), Long.parseLong(unitId),
                ImportMode.valueOf(mode) == ImportMode.IMPORT, Boolean.parseBoolean(toComplete), rows);
        progress.advance(jobContext.getInstanceId(), jobContext.getJobName(), rows.size() - failed, failed);
        injectFault(rows);
    }

    private void injectFault(List<ExpertImportRow> rows) {
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
