package cn.zhicheng.insurance;

import cn.zhicheng.job.CsvLine;
import cn.zhicheng.org.CreditCode;
import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of a social-insurance delivery line. */
class InsuranceRowProcessorTest {

    private static final String HOSPITAL = "12510000MB00000066";
    private static final Function<CreditCode, Optional<Long>> UNITS =
            code -> HOSPITAL.equals(code.value()) ? Optional.of(7L) : Optional.empty();

    @Test
    void readsAPersonsPeriodAtARegisteredUnit() {
        InsuranceLine line = InsuranceRowProcessor.validate(
                new CsvLine(2, "510104199001011230," + HOSPITAL + ",2012-07-01,"), UNITS);

        assertThat(line).isEqualTo(new InsuranceLine(2, "510104199001011230", 7L, LocalDate.of(2012, 7, 1), null));
    }

    @Test
    void refusesWrongColumnsIdNumbersUnitsAndDates() {
        assertRefused("510104199001011230," + HOSPITAL + ",2012-07-01", "insurance.import.columns");
        assertRefused("510104199001011231," + HOSPITAL + ",2012-07-01,", "idNumber.checksum");
        assertRefused("510104199001011230,11510000MB00000043,2012-07-01,", "insurance.import.unknownUnit");
        assertRefused("510104199001011230," + HOSPITAL + ",,", "insurance.import.fromRequired");
        assertRefused("510104199001011230," + HOSPITAL + ",2012-02-30,", "insurance.import.date");
        assertRefused("510104199001011230," + HOSPITAL + ",2012-07-01,2010-01-01", "insurance.import.periodOrder");
    }

    private static void assertRefused(String csv, String key) {
        assertThatThrownBy(() -> InsuranceRowProcessor.validate(new CsvLine(3, csv), UNITS))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
