package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Valid vectors were computed with the GB 32100-2015 weights and cross-checked with the equivalent formulation
 * (weights 3^(i-1) mod 31 over the first 17 characters, plus the check character's value, total ≡ 0 mod 31).
 */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",
            "91440300708461136T",
            "91110108551385082Q",
            "91440300192317458F",
            "911100001000013103",
            "911101080000000080",
            "91110108000000027Y",
    })
    void acceptsValidCodes(String raw) {
        CreditCode code = CreditCode.of(raw);

        assertThat(code.value()).isEqualTo(raw);
        assertThat(code).hasToString(raw);
        assertThat(CreditCode.isValid(raw)).isTrue();
        assertThat(code.conforms()).isTrue();
    }

    @Test
    void acceptsLowerCaseLettersAndSurroundingBlanks() {
        assertThat(CreditCode.of("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.of(" 91350100M000100Y43\t").value()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiresAValue(String raw) {
        assertRejected(raw, "creditCode.required");
    }

    @ParameterizedTest
    @CsvSource({
            "999995593, 9",
            "9999995594, 10",
            "31010119970101, 14",
            "91350100M000100Y4, 17",
            "91350100M000100Y430, 19",
    })
    void rejectsOtherLengthsWithTheActualLength(String raw, int length) {
        assertRejected(raw, "creditCode.length", length);
        assertThat(CreditCode.isValid(raw)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "V1350100M000100Y43, V, 1",
            "91350100O000100Y43, O, 9",
            "91350100M0Z0100Y43, Z, 11",
            "91350100M000100I43, I, 16",
            "91350100m000100i43, I, 16",
            "91350100M000100Y4S, S, 18",
            "91350100M000100Y4-, -, 18",
    })
    void rejectsLettersOutsideTheCharsetWithCharacterAndPosition(String raw, char character, int position) {
        assertRejected(raw, "creditCode.charset", character, position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91A50100M000100Y43", "913501Y0M000100Y43", "9135010HM000100Y43"})
    void requiresDigitsForTheAdministrativeDivision(String raw) {
        assertRejected(raw, "creditCode.division");
    }

    @ParameterizedTest
    @CsvSource({
            "911100001000013101, 3",
            "91350100M000100Y44, 3",
            "91440300708461136Y, T",
            "911101080000000081, 0",
    })
    void rejectsAWrongCheckCharacterNamingTheExpectedOne(String raw, char expected) {
        assertRejected(raw, "creditCode.checksum", expected);
    }

    @Test
    void equalityFollowsTheNormalizedValue() {
        CreditCode upper = CreditCode.of("91350100M000100Y43");
        CreditCode lower = CreditCode.of("91350100m000100y43");

        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper).isNotEqualTo(CreditCode.of("91440300708461136T"));
    }

    @Test
    void converterLoadsLegacyInvalidValuesAndIsNullSafe() {
        CreditCodeConverter converter = new CreditCodeConverter();
        CreditCode code = CreditCode.of("91350100M000100Y43");

        CreditCode legacy = converter.convertToEntityAttribute("999995593");

        assertThat(legacy.value()).isEqualTo("999995593");
        assertThat(legacy.conforms()).isFalse();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToEntityAttribute("")).isNull();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(code))).isEqualTo(code);
    }

    private static void assertRejected(String raw, String key, Object... arguments) {
        BusinessException e = catchThrowableOfType(BusinessException.class, () -> CreditCode.of(raw));
        assertThat(e).as("%s should be rejected", raw).isNotNull();
        assertThat(e.getMessageKey()).isEqualTo(key);
        assertThat(e.getArguments()).containsExactly(arguments);
    }
}
