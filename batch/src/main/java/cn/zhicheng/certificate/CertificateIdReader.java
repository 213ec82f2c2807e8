package cn.zhicheng.certificate;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out the ids of a batch's certificates still waiting for generation, in id order, a page at a time. The
 * checkpoint is the last id handed out; a restart also skips every certificate an earlier run issued, since only
 * waiting ones are read.
 */
@Named
@Dependent
public class CertificateIdReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private JobContext jobContext;

    @EJB
    private CertificateGeneration generation;

    @EJB
    private JobProgressTracker progress;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        if (checkpoint == null) {
            progress.total(jobContext.getInstanceId(), jobContext.getJobName(),
                    generation.countAwaiting(Long.parseLong(batchId)));
        }
        // a restart is the only reason to open with a checkpoint: fault injection fires on the first run only
        jobContext.setTransientUserData(checkpoint != null);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(generation.awaiting(Long.parseLong(batchId), lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.pollFirst();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
