package cn.zhicheng.insurance;

import cn.zhicheng.job.CsvLine;
import cn.zhicheng.job.JobExitStatus;
import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.shared.BusinessException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.Optional;

/**
 * Checks one line of a social-insurance CSV ("身份证号,单位统一社会信用代码,参保开始日期,参保结束日期"; the end empty
 * while insured): a valid ID number, a registered unit, real dates in order. A bad line stops the job with an exit
 * status naming the line and the reason; the operator corrects the file and restarts after the last committed chunk.
 */
@Named
@Dependent
public class InsuranceRowProcessor implements ItemProcessor {

    @Inject
    private JobContext jobContext;

    @EJB
    private InsuranceRecordLoader loader;

    @Override
    public Object processItem(Object item) {
        CsvLine line = (CsvLine) item;
        try {
            return validate(line, code -> loader.unitIdOf(code));
        } catch (BusinessException e) {
            jobContext.setExitStatus(JobExitStatus.lineRefused(line.lineNumber(), e));
            throw e;
        }
    }

    static InsuranceLine validate(CsvLine line, Function<CreditCode, Optional<Long>> units) {
        String[] cells = line.line().split(",", -1);
        if (cells.length != 4) {
            throw new BusinessException("insurance.import.columns", cells.length);
        }
        IdNumber id = IdNumber.of(cells[0].strip());
        CreditCode code = CreditCode.of(cells[1].strip());
        long unitId = units.apply(code)
                .orElseThrow(() -> new BusinessException("insurance.import.unknownUnit", code.value()));
        LocalDate from = date(cells[2], true);
        LocalDate to = date(cells[3], false);
        if (to != null && to.isBefore(from)) {
            throw new BusinessException("insurance.import.periodOrder");
        }
        return new InsuranceLine(line.lineNumber(), id.value(), unitId, from, to);
    }

    private static LocalDate date(String cell, boolean required) {
        String value = cell.strip();
        if (value.isEmpty()) {
            if (required) {
                throw new BusinessException("insurance.import.fromRequired");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessException("insurance.import.date", value);
        }
    }
}
