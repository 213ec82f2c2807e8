package cn.zhicheng.catalog;

import cn.zhicheng.job.CsvLine;
import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogRowProcessorTest {

    @Test
    void aValidLineBecomesATrimmedRowWithItsLevel() {
        ValidCatalogRow row = CatalogRowProcessor.validate(new CsvLine(7, " 工程技术 ,\t正高级 , 正高级工程师\u3000"));

        assertThat(row).isEqualTo(new ValidCatalogRow(7, "工程技术", TitleLevel.SENIOR_FULL, "正高级工程师"));
    }

    @Test
    void aLineEndingInCarriageReturnIsValid() {
        ValidCatalogRow row = CatalogRowProcessor.validate(new CsvLine(2, "卫生,中级,主治医师\r"));

        assertThat(row.qualification()).isEqualTo("主治医师");
        assertThat(row.level()).isEqualTo(TitleLevel.INTERMEDIATE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "工程技术,正高级|2",
            "工程技术,正高级,正高级工程师,备注|4",
            "工程技术,正高级,正高级工程师,|4",
            "工程技术|1",
    })
    void aLineWithoutExactlyThreeColumnsIsRejectedWithTheCount(String line, int count) {
        BusinessException e = rejected(line);

        assertThat(e.getMessageKey()).isEqualTo("catalog.import.columns");
        assertThat(e.getArguments()).containsExactly(count);
    }

    @Test
    void anEmptyLineHasOneColumn() {
        BusinessException e = rejected("");

        assertThat(e.getMessageKey()).isEqualTo("catalog.import.columns");
        assertThat(e.getArguments()).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {",正高级,正高级工程师", "  ,正高级,正高级工程师"})
    void anEmptySeriesIsRejected(String line) {
        assertThat(rejected(line).getMessageKey()).isEqualTo("catalog.series.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"工程技术,正高级,", "工程技术,正高级,   "})
    void anEmptyQualificationIsRejected(String line) {
        assertThat(rejected(line).getMessageKey()).isEqualTo("catalog.qualification.required");
    }

    @Test
    void anUnknownLevelIsRejectedNamingIt() {
        BusinessException e = rejected("工程技术,特级,特级工程师");

        assertThat(e.getMessageKey()).isEqualTo("catalog.level.unknown");
        assertThat(e.getArguments()).containsExactly("特级");
    }

    @Test
    void anEmptyLevelIsRejected() {
        assertThat(rejected("工程技术,,工程师").getMessageKey()).isEqualTo("catalog.level.unknown");
    }

    private static BusinessException rejected(String line) {
        BusinessException e = catchThrowableOfType(BusinessException.class,
                () -> CatalogRowProcessor.validate(new CsvLine(3, line)));
        assertThat(e).as("expected a BusinessException for <%s>", line).isNotNull();
        return e;
    }
}
