package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void theFirstFourWrongPasswordsDoNotLock() {
        Account account = account();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(account.recordFailedLogin(NOW, MAX_ATTEMPTS, LOCK)).as("attempt %d", attempt).isFalse();
        }

        assertThat(account.getFailedAttempts()).isEqualTo(4);
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.canLogIn(NOW)).isTrue();
    }

    @Test
    void aFifthWrongPasswordLocksForFifteenMinutes() {
        Account account = account();
        failTimes(account, 4, NOW);

        boolean locked = account.recordFailedLogin(NOW, MAX_ATTEMPTS, LOCK);

        assertThat(locked).isTrue();
        assertThat(account.getLockedUntil()).isEqualTo(NOW.plusMinutes(15));
        assertThat(account.getFailedAttempts()).isZero();
    }

    @Test
    void aLockedAccountCannotLogInUntilTheLockEnds() {
        Account account = account();
        failTimes(account, 5, NOW);

        assertThat(account.isLocked(NOW.plusMinutes(14).plusSeconds(59))).isTrue();
        assertThat(account.canLogIn(NOW.plusMinutes(14).plusSeconds(59))).isFalse();
        assertThat(account.isLocked(NOW.plusMinutes(15))).isFalse();
        assertThat(account.canLogIn(NOW.plusMinutes(15))).isTrue();
    }

    @Test
    void aWrongPasswordAfterAnExpiredLockStartsAFreshCount() {
        Account account = account();
        failTimes(account, 5, NOW);
        OffsetDateTime later = NOW.plusMinutes(20);

        assertThat(account.recordFailedLogin(later, MAX_ATTEMPTS, LOCK)).isFalse();

        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.canLogIn(later)).isTrue();
        failTimes(account, 3, later);
        assertThat(account.recordFailedLogin(later, MAX_ATTEMPTS, LOCK)).isTrue();
        assertThat(account.getLockedUntil()).isEqualTo(later.plusMinutes(15));
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndTheLock() {
        Account account = account();
        failTimes(account, 3, NOW);

        account.recordSuccessfulLogin(NOW);

        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW);
        failTimes(account, 5, NOW);
        account.recordSuccessfulLogin(NOW.plusMinutes(1));
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.canLogIn(NOW.plusMinutes(1))).isTrue();
    }

    @Test
    void anAccountCreatedByAnotherMustChangeItsPassword() {
        Account account = Account.createdByOther("admin1", "管理员", null, null, "hash", NOW);

        assertThat(account.isMustChangePassword()).isTrue();
    }

    @Test
    void aSelfRegisteredAccountNeedNotChangeItsPassword() {
        Account account = Account.selfRegistered("user1", "张三", null, null, "hash", NOW);

        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void changingThePasswordClearsTheForcedChange() {
        Account account = Account.createdByOther("admin1", "管理员", null, null, "old", NOW);

        account.changePassword("new", NOW);

        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("new");
    }

    @Test
    void aResetForcesAChangeAndClearsTheLock() {
        Account account = Account.selfRegistered("user1", "张三", null, null, "old", NOW);
        failTimes(account, 5, NOW);

        account.resetPassword("reset", NOW);

        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPasswordHash()).isEqualTo("reset");
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.canLogIn(NOW)).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabled() {
        Account account = account();

        account.disable();

        assertThat(account.getStatus()).isEqualTo(AccountStatus.DISABLED);
        assertThat(account.canLogIn(NOW)).isFalse();
        account.enable();
        assertThat(account.canLogIn(NOW)).isTrue();
    }

    @Test
    void aRetiredAccountCannotLogIn() {
        Account account = account();

        account.retire();

        assertThat(account.canLogIn(NOW)).isFalse();
    }

    @Test
    void aRetiredAccountCannotBeEnabledOrDisabled() {
        Account account = account();
        account.retire();

        assertRejected(account::enable, "account.status.retired");
        assertRejected(account::disable, "account.status.retired");
        assertThat(account.getStatus()).isEqualTo(AccountStatus.RETIRED);
    }

    @Test
    void aLoginNameIsTrimmedAndLowerCasedButAnIdNumberKeepsItsUpperCaseX() {
        assertThat(Account.normalizeLogin("  11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(Account.normalizeLogin("Admin")).isEqualTo("admin");
        assertThat(Account.normalizeLogin(" Hospital_Handler ")).isEqualTo("hospital_handler");
        assertThat(Account.selfRegistered(" zhang.san ", "张三", null, null, "h", NOW).getLoginName())
                .isEqualTo("zhang.san");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aLoginNameIsRequired(String login) {
        assertRejected(() -> Account.normalizeLogin(login), "account.login.required");
        assertRejected(() -> Account.selfRegistered(login, "张三", null, null, "h", NOW), "account.login.required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aDisplayNameIsRequired(String name) {
        assertRejected(() -> Account.createdByOther("user1", name, null, null, "h", NOW), "account.name.required");
    }

    @Test
    void theDisplayNameIsStripped() {
        assertThat(Account.selfRegistered("user1", " 张三 ", null, null, "h", NOW).getDisplayName()).isEqualTo("张三");
    }

    @Test
    void grantingTheSameRoleInTheSameUnitTwiceKeepsOneMembership() {
        Account account = account();
        Unit unit = unit(1);

        account.grant(Role.UNIT_HANDLER, unit);
        account.grant(Role.UNIT_HANDLER, unit);

        assertThat(account.getMemberships()).hasSize(1);
    }

    @Test
    void grantingARoleWithoutUnitTwiceKeepsOneMembership() {
        Account account = account();

        account.grant(Role.APPLICANT, null);
        account.grant(Role.APPLICANT, null);

        assertThat(account.getMemberships()).hasSize(1);
    }

    @Test
    void theSameRoleInTwoUnitsIsTwoMemberships() {
        Account account = account();

        account.grant(Role.UNIT_HANDLER, unit(1));
        account.grant(Role.UNIT_HANDLER, unit(2));

        assertThat(account.getMemberships()).hasSize(2);
        assertThat(account.roles()).containsExactly(Role.UNIT_HANDLER);
    }

    @Test
    void rolesCollectsTheRolesOfAllMemberships() {
        Account account = account();

        account.grant(Role.APPLICANT, null);
        account.grant(Role.UNIT_ADMIN, unit(1));
        account.grant(Role.UNIT_LEADER, unit(2));

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.UNIT_ADMIN, Role.UNIT_LEADER);
    }

    @Test
    void revokeRemovesOnlyTheRoleInThatUnit() {
        Account account = account();
        Unit first = unit(1);
        Unit second = unit(2);
        account.grant(Role.UNIT_HANDLER, first);
        account.grant(Role.UNIT_HANDLER, second);
        account.grant(Role.UNIT_ADMIN, first);

        account.revoke(Role.UNIT_HANDLER, first);

        assertThat(account.getMemberships()).hasSize(2)
                .noneMatch(m -> m.getRole() == Role.UNIT_HANDLER && m.getUnit() == first);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.UNIT_HANDLER, Role.UNIT_ADMIN);
    }

    @Test
    void thePrimaryUnitIsTheFirstMembershipWithAUnit() {
        Account account = account();
        Unit first = unit(1);
        account.grant(Role.APPLICANT, null);
        account.grant(Role.UNIT_HANDLER, first);
        account.grant(Role.UNIT_LEADER, unit(2));

        assertThat(account.primaryUnit()).containsSame(first);
    }

    @Test
    void anAccountWithoutUnitMembershipsHasNoPrimaryUnit() {
        Account account = account();
        account.grant(Role.EXPERT, null);

        assertThat(account.primaryUnit()).isEmpty();
    }

    private static Account account() {
        return Account.selfRegistered("user1", "张三", null, null, "hash", NOW);
    }

    private static void failTimes(Account account, int times, OffsetDateTime at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, MAX_ATTEMPTS, LOCK);
        }
    }

    private static Unit unit(long id) {
        return UnitTest.withId(new Unit("单位" + id, null, UnitType.APPLYING_UNIT, null, null, NOW), id);
    }
}
