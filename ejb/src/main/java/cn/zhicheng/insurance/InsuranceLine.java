package cn.zhicheng.insurance;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** One checked line of a social-insurance delivery: person, paying unit, insured from, insured to (open = still). */
public record InsuranceLine(long lineNumber, String idNumber, long unitId, LocalDate from, LocalDate to)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
