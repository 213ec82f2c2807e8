package cn.zhicheng.insurance;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One insurance period of a person at a unit (社保缴费单位, 本次参保日期, to; open = still insured). */
public record InsurancePeriod(long unitId, LocalDate from, LocalDate to) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** 社保缴费月份数 up to {@code today} for an open period. */
    public long months(LocalDate today) {
        if (from == null) {
            return 0;
        }
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        return Math.max(0, ChronoUnit.MONTHS.between(from.withDayOfMonth(1), end.withDayOfMonth(1)) + 1);
    }

    /** 参保状态: insured on {@code today}. */
    public boolean activeOn(LocalDate today) {
        return (from == null || !from.isAfter(today)) && (to == null || !to.isBefore(today));
    }
}
