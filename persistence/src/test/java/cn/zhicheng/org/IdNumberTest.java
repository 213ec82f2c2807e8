package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Valid vectors were computed with the GB 11643-1999 weights and cross-checked with the equivalent ISO 7064
 * MOD 11-2 formulation (weights 2^(18-i) mod 11 over all 18 characters, X = 10, total ≡ 1 mod 11).
 */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 1949-12-31, FEMALE",
            "110101199003070011, 1990-03-07, MALE",
            "440304198001010017, 1980-01-01, MALE",
            "310105198506150046, 1985-06-15, FEMALE",
            "320102199511151235, 1995-11-15, MALE",
            "510107200002290029, 2000-02-29, FEMALE",
            "110101190001010006, 1900-01-01, FEMALE",
            "110105200109110019, 2001-09-11, MALE",
    })
    void acceptsValidNumbers(String raw, LocalDate birthDate, Sex sex) {
        IdNumber idNumber = IdNumber.of(raw);

        assertThat(idNumber.value()).isEqualTo(raw);
        assertThat(idNumber.birthDate()).isEqualTo(birthDate);
        assertThat(idNumber.sex()).isEqualTo(sex);
        assertThat(IdNumber.isValid(raw)).isTrue();
        assertThat(idNumber.conforms()).isTrue();
    }

    @Test
    void acceptsLowerCaseCheckCharacterAndSurroundingBlanks() {
        assertThat(IdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.of("  11010519491231002X\t").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.of("\u300011010519491231002x\u3000").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void requiresAValue(String raw) {
        assertRejected(raw, "idNumber.required");
    }

    @ParameterizedTest
    @CsvSource({
            "999995593, 9",
            "9999995594, 10",
            "31010119970101, 14",
            "110105491231002, 15",
            "11010519491231002, 17",
            "11010519491231002X0, 19",
    })
    void rejectsManualSamplesAndOtherLengthsWithTheActualLength(String raw, int length) {
        assertRejected(raw, "idNumber.length", length);
        assertThat(IdNumber.isValid(raw)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "A1010519491231002X, 1",
            "1101051949123100AX, 17",
            "11010519491231002Y, 18",
            "1101051949-231002X, 11",
            "11010519491231 02X, 15",
            "１10105194912310021, 1",
    })
    void rejectsCharactersOtherThanDigitsWithTheirPosition(String raw, int position) {
        assertRejected(raw, "idNumber.format", position);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110101199702300015",
            "11010118991231001X",
            "110101190002290011",
            "210101198413010010",
            "210101198401000018",
            "11010121000101001X",
    })
    void rejectsImpossibleBirthDatesEvenWithACorrectCheckCharacter(String raw) {
        assertRejected(raw, "idNumber.birthDate");
    }

    @Test
    void rejectsABirthDateAfterToday() {
        String bornToday = "110101202506300012";
        String bornTomorrow = "110101202507010017";

        assertThat(IdNumber.of(bornToday, TODAY).birthDate()).isEqualTo(TODAY);
        BusinessException e = catchThrowableOfType(BusinessException.class,
                () -> IdNumber.of(bornTomorrow, TODAY));
        assertThat(e.getMessageKey()).isEqualTo("idNumber.birthDate");
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, X",
            "110105194912310020, X",
            "110101199003070012, 1",
            "44030419800101001X, 7",
    })
    void rejectsAWrongCheckCharacterNamingTheExpectedOne(String raw, char expected) {
        assertRejected(raw, "idNumber.checksum", expected);
    }

    @Test
    void masksAllButTheFirstAndLastFourCharacters() {
        IdNumber idNumber = IdNumber.of("11010519491231002X");

        assertThat(idNumber.masked()).isEqualTo("1101**********002X");
        assertThat(idNumber).hasToString("1101**********002X");
        assertThat(idNumber.toString()).doesNotContain("19491231");
    }

    @Test
    void equalityFollowsTheNormalizedValue() {
        IdNumber upper = IdNumber.of("11010519491231002X");
        IdNumber lower = IdNumber.of(" 11010519491231002x ");

        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper).isNotEqualTo(IdNumber.of("110101199003070011"));
    }

    @Test
    void loadsLegacyInvalidValuesFromTheDatabase() {
        IdNumberConverter converter = new IdNumberConverter();

        IdNumber legacy = converter.convertToEntityAttribute("999995593");

        assertThat(legacy.value()).isEqualTo("999995593");
        assertThat(legacy.conforms()).isFalse();
        assertThat(legacy.masked()).isEqualTo("9999*5593");
        assertThat(catchThrowableOfType(BusinessException.class, legacy::birthDate).getMessageKey())
                .isEqualTo("idNumber.birthDate");
        assertThat(catchThrowableOfType(BusinessException.class, legacy::sex).getMessageKey())
                .isEqualTo("idNumber.format");
        assertThat(converter.convertToEntityAttribute("31010119970101").masked()).isEqualTo("3101******0101");
        assertThat(converter.convertToEntityAttribute("1234").masked()).isEqualTo("****");
    }

    @Test
    void converterIsNullSafeAndRoundTrips() {
        IdNumberConverter converter = new IdNumberConverter();
        IdNumber idNumber = IdNumber.of("11010519491231002X");

        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToEntityAttribute("  ")).isNull();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(idNumber)))
                .isEqualTo(idNumber);
    }

    private static void assertRejected(String raw, String key, Object... arguments) {
        BusinessException e = catchThrowableOfType(BusinessException.class, () -> IdNumber.of(raw, TODAY));
        assertThat(e).as("%s should be rejected", raw).isNotNull();
        assertThat(e.getMessageKey()).isEqualTo(key);
        assertThat(e.getArguments()).containsExactly(arguments);
    }
}
