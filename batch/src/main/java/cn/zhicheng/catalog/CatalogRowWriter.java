package cn.zhicheng.catalog;

import cn.zhicheng.job.JobProgressTracker;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Adds each valid row through the catalog service and advances the progress in the chunk's transaction. */
@Named
@Dependent
public class CatalogRowWriter extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @EJB
    private CatalogService catalog;

    @EJB
    private JobProgressTracker progress;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ValidCatalogRow row = (ValidCatalogRow) item;
            catalog.addIfAbsent(row.series(), row.level(), row.qualification());
        }
        progress.advance(jobContext.getInstanceId(), jobContext.getJobName(), items.size(), 0);
    }
}
