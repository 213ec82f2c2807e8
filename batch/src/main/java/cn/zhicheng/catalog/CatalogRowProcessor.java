package cn.zhicheng.catalog;

import cn.zhicheng.job.CsvLine;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.job.JobExitStatus;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Checks one CSV line. A bad line stops the job with an exit status naming the line and the reason: the operator
 * corrects the file and restarts, and the job resumes after the last committed chunk.
 */
@Named
@Dependent
public class CatalogRowProcessor implements ItemProcessor {

    @Inject
    private JobContext jobContext;

    @Override
    public Object processItem(Object item) {
        CsvLine row = (CsvLine) item;
        try {
            return validate(row);
        } catch (BusinessException e) {
            jobContext.setExitStatus(JobExitStatus.lineRefused(row.lineNumber(), e));
            throw e;
        }
    }

    static ValidCatalogRow validate(CsvLine row) {
        String[] cells = row.line().split(",", -1);
        if (cells.length != 3) {
            throw new BusinessException("catalog.import.columns", cells.length);
        }
        String series = cells[0].strip();
        String qualification = cells[2].strip();
        if (series.isEmpty()) {
            throw new BusinessException("catalog.series.required");
        }
        if (qualification.isEmpty()) {
            throw new BusinessException("catalog.qualification.required");
        }
        return new ValidCatalogRow(row.lineNumber(), series, TitleLevel.fromCatalogName(cells[1]), qualification);
    }
}
