package cn.zhicheng.insurance;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Loads a chunk of checked lines and advances the progress in the chunk's transaction. */
@Named
@Dependent
public class InsuranceRowWriter extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @EJB
    private InsuranceRecordLoader loader;

    @EJB
    private JobProgressTracker progress;

    @Override
    public void writeItems(List<Object> items) {
        loader.upsert(items.stream().map(InsuranceLine.class::cast).toList());
        progress.advance(jobContext.getInstanceId(), jobContext.getJobName(), items.size(), 0);
    }
}
