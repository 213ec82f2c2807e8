package cn.zhicheng.history;

import cn.zhicheng.expert.SheetRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks each row with {@link HistoryRowCheck}: a refused row is no error of the job, it travels to the writer as a
 * failure with its row, column and reason. What the checks need is read once per execution, so after a restart the
 * rows committed before the failure count as existing records.
 */
@Named
@Dependent
public class HistoryRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String batchId;

    @EJB
    private HistoryUploads uploads;

    private HistoryRowCheck check;

    @Override
    public Object processItem(Object item) {
        if (check == null) {
            check = uploads.checkData(Long.valueOf(batchId)).newCheck();
        }
        SheetRow row = (SheetRow) item;
        return check.check(row.number(), row.cells());
    }
}
