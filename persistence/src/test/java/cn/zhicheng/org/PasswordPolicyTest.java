package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zhicheng#2025", "abcDEF12", "abc123!@", "ABC123!@", "评审Pass2025", "Aa1!Aa1!Aa1!"})
    void acceptsStrongPasswords(String password) {
        assertThat(PasswordPolicy.violations(password, "wangfang")).isEmpty();
        assertThatCode(() -> PasswordPolicy.check(password, "wangfang")).doesNotThrowAnyException();
    }

    @Test
    void requiresEightCharacters() {
        assertThat(PasswordPolicy.violations("Ab1!Ab1", null)).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.violations("Ab1!Ab1!", null)).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String sevenCharacters = "Ab1😀😀😀😀";

        assertThat(PasswordPolicy.violations(sevenCharacters, null)).containsExactly("password.tooShort");
    }

    @Test
    void allowsAtMost128Characters() {
        String longest = "Aa1!".repeat(32);

        assertThat(PasswordPolicy.violations(longest, null)).isEmpty();
        assertThat(PasswordPolicy.violations(longest + "x", null)).containsExactly("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "ABCDEFGH", "abcdEFGH", "abcd1234", "ABCD!@#$", "1234!@#$", "评审评审评审评审"})
    void requiresThreeKindsOfCharacter(String password) {
        assertThat(PasswordPolicy.violations(password, null)).containsExactly("password.classes");
    }

    @Test
    void refusesTheLoginNameInAnyCase() {
        assertThat(PasswordPolicy.violations("xxWangFang#1", "wangfang")).containsExactly("password.containsLogin");
        assertThat(PasswordPolicy.violations("xxWANGFANG#1", " WangFang ")).containsExactly("password.containsLogin");
    }

    @Test
    void ignoresLoginNamesShorterThanThreeCharacters() {
        assertThat(PasswordPolicy.violations("Wa#12345xy", "wa")).isEmpty();
        assertThat(PasswordPolicy.violations("Wa#12345xy", "")).isEmpty();
        assertThat(PasswordPolicy.violations("Wan#12345x", "wan")).containsExactly("password.containsLogin");
    }

    @Test
    void refusesTheWellKnownInitialPasswordAndRepeatedDigits() {
        assertThat(PasswordPolicy.violations("888888", null))
                .containsExactly("password.tooShort", "password.classes", "password.initial");
        assertThat(PasswordPolicy.violations("00000000", null))
                .containsExactly("password.classes", "password.initial");
        assertThat(PasswordPolicy.violations("11111111111", null))
                .containsExactly("password.classes", "password.initial");
        assertThat(PasswordPolicy.violations("12121212", null)).containsExactly("password.classes");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(PasswordPolicy.violations(null, "wangfang"))
                .containsExactly("password.tooShort", "password.classes");
    }

    @Test
    void checkThrowsTheFirstViolation() {
        BusinessException e = catchThrowableOfType(BusinessException.class,
                () -> PasswordPolicy.check("888888", "wangfang"));

        assertThat(e.getMessageKey()).isEqualTo("password.tooShort");
        assertThat(e.getArguments()).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertThat(PasswordPolicy.violations("admin", "admin"))
                .containsExactly("password.tooShort", "password.classes", "password.containsLogin");
    }
}
