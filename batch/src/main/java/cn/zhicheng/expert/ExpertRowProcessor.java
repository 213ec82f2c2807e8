package cn.zhicheng.expert;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks each row with {@link ExpertRowCheck}: a refused row is not an error of the job, it travels to the writer as
 * a failure with its row number, field and reason. The pool's ID numbers and the catalog's series are read once per
 * execution (a restart reads them again, so rows committed before the failure count as already in the pool).
 */
@Named
@Dependent
public class ExpertRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String committeeId;

    @EJB
    private ExpertImports imports;

    private ExpertRowCheck check;

    @Override
    public Object processItem(Object item) {
        if (check == null) {
            long committee = Long.parseLong(committeeId);
            check = new ExpertRowCheck(imports.idNumbersInPool(committee), imports.activeSeriesNames());
        }
        return check.check((SheetRow) item);
    }
}
