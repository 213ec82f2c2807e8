package cn.zhicheng.certificate;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Generates the chunk's certificates inside the chunk transaction (serial number, PDFs, status together).
 * {@code failAtItem} is fault injection for restart drills and the integration test: on the first run of an
 * instance, the chunk holding that item (1-based position in the run) fails after generating, so its work rolls back
 * and a restart must finish the batch without duplicates.
 */
@Named
@Dependent
public class CertificateWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String failAtItem;

    @Inject
    private JobContext jobContext;

    @EJB
    private CertificateGeneration generation;

    @EJB
    private JobProgressTracker progress;

    private long written;

    @Override
    public void writeItems(List<Object> items) {
        long issued = 0;
        for (Object item : items) {
            if (generation.generate((Long) item)) {
                issued++;
            }
        }
        long failAt = failAtItem == null || failAtItem.isBlank() ? -1 : Long.parseLong(failAtItem);
        boolean restarted = Boolean.TRUE.equals(jobContext.getTransientUserData());
        if (!restarted && failAt > written && failAt <= written + items.size()) {
            throw new IllegalStateException("fault injection: certificateGeneration fails at item " + failAt);
        }
        written += items.size();
        progress.advance(jobContext.getInstanceId(), jobContext.getJobName(), issued, 0);
    }
}
