package cn.zhicheng.history;

import cn.zhicheng.expert.SheetRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks each row with {@link HistoryRowCheck#checkRules}: a refused row is no error of the job, it travels to the
 * writer as a failure with its row, column and reason. The duplicate rule is the writer's (the records' unique key),
 * so nothing grows with the file here. What the checks need is read once per execution.
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
        return check.checkRules(row.number(), row.cells());
    }
}
