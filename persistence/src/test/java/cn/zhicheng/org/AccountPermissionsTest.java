package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an account may do in its unit (SPEC §3.2: a user's menu shows exactly their permissions) and the staff and
 * applicant account rules that go with it: status changes, roles, employer choice.
 */
class AccountPermissionsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void theSuperAdministratorHoldsEverythingTheUnitsTypeMayDo(UnitType type) {
        Unit unit = unit(1, type);
        Account admin = staff(Role.UNIT_ADMIN, unit);

        assertThat(admin.permissions()).isEqualTo(Permission.availableTo(type))
                .contains(Permission.STAFF_MANAGE, Permission.ROLE_MANAGE, Permission.MULTI_POST_CONFIG);
    }

    @Test
    void onlyHrssUnitsConfigureCompetentDepartments() {
        assertThat(staff(Role.UNIT_ADMIN, unit(1, UnitType.HRSS)).permissions())
                .contains(Permission.COMPETENT_DEPARTMENT_CONFIG);
        assertThat(staff(Role.UNIT_ADMIN, unit(2, UnitType.APPLYING_UNIT)).permissions())
                .doesNotContain(Permission.COMPETENT_DEPARTMENT_CONFIG, Permission.COMMITTEE_FILING_REVIEW,
                        Permission.ACTIVITY_PUBLISH_REVIEW);
    }

    @Test
    void staffHoldTheUnionOfTheirRoles() {
        Unit unit = unit(1, UnitType.HRSS);
        Account handler = staff(Role.UNIT_HANDLER, unit);
        UnitRole subordinates = role(unit, "下级单位", Permission.SUBORDINATE_UNIT_MANAGE);
        UnitRole review = role(unit, "审核", Permission.APPLICATION_REVIEW, Permission.COMMITTEE_FILING_REVIEW);

        handler.assignStaffRoles(Set.of(subordinates, review));

        assertThat(handler.permissions()).containsExactlyInAnyOrder(Permission.SUBORDINATE_UNIT_MANAGE,
                Permission.APPLICATION_REVIEW, Permission.COMMITTEE_FILING_REVIEW);
    }

    @Test
    void aRoleCannotGrantWhatTheUnitsTypeCannotDo() {
        Unit employer = unit(1, UnitType.APPLYING_UNIT);

        assertRejected(() -> role(employer, "越权", Permission.COMPETENT_DEPARTMENT_CONFIG),
                "role.permission.notGrantable");
        assertRejected(() -> role(employer, "越权", Permission.STAFF_MANAGE), "role.permission.notGrantable");
    }

    @Test
    void aRoleWhoseUnitLaterCannotGrantAPermissionStillGivesOnlyWhatTheTypeAllows() throws Exception {
        Unit unit = unit(1, UnitType.HRSS);
        UnitRole review = role(unit, "审核", Permission.APPLICATION_REVIEW, Permission.COMMITTEE_FILING_REVIEW);
        Account handler = staff(Role.UNIT_HANDLER, unit);
        handler.assignStaffRoles(Set.of(review));

        set(unit, "type", UnitType.APPLYING_UNIT);

        assertThat(handler.permissions()).containsExactly(Permission.APPLICATION_REVIEW);
    }

    @Test
    void staffWithoutRolesHoldNothing() {
        assertThat(staff(Role.UNIT_HANDLER, unit(1, UnitType.HRSS)).permissions()).isEmpty();
    }

    @Test
    void staffNeedAtLeastOneRoleButTheSuperAdministratorNeedsNone() {
        Unit unit = unit(1, UnitType.HRSS);

        assertRejected(() -> staff(Role.UNIT_HANDLER, unit).assignStaffRoles(Set.of()), "staff.roles.required");
        staff(Role.UNIT_ADMIN, unit).assignStaffRoles(Set.of());
    }

    @Test
    void aRoleOfAnotherUnitCannotBeAssigned() {
        Account handler = staff(Role.UNIT_HANDLER, unit(1, UnitType.HRSS));
        UnitRole foreign = role(unit(2, UnitType.HRSS), "别家", Permission.APPLICATION_REVIEW);

        assertRejected(() -> handler.assignStaffRoles(Set.of(foreign)), "role.otherUnit");
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"DISABLED", "RETIRED"})
    void aDisabledOrRetiredAccountHoldsNothing(AccountStatus status) {
        Unit unit = unit(1, UnitType.HRSS);
        Account admin = staff(Role.UNIT_ADMIN, unit);
        Account handler = staff(Role.UNIT_HANDLER, unit);
        handler.assignStaffRoles(Set.of(role(unit, "审核", Permission.APPLICATION_REVIEW)));

        if (status == AccountStatus.DISABLED) {
            admin.disable();
            handler.disable();
        } else {
            admin.retire();
            handler.retire();
        }

        assertThat(admin.permissions()).isEmpty();
        assertThat(handler.permissions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = UnitStatus.class, names = {"UNAUTHORIZED", "PENDING", "RETURNED"})
    void theStaffOfAnUnauthorisedUnitHoldNothing(UnitStatus status) throws Exception {
        Unit unit = unit(1, UnitType.HRSS);
        set(unit, "status", status);

        assertThat(staff(Role.UNIT_ADMIN, unit).permissions()).isEmpty();
    }

    @Test
    void applicantsExpertsAndSystemAdministratorsHoldNoUnitPermission() {
        Unit unit = unit(1, UnitType.APPLYING_UNIT);
        Account applicant = Account.selfRegistered("510104199001011230", "张三", null, null, "hash", NOW);
        applicant.grant(Role.APPLICANT, unit);
        Account admin = Account.selfRegistered("admin", "系统管理员", null, null, "hash", NOW);
        admin.grant(Role.SYSTEM_ADMIN, unit);

        assertThat(applicant.permissions()).isEmpty();
        assertThat(admin.permissions()).isEmpty();
        assertThat(applicant.staffUnit()).isEmpty();
    }

    @Test
    void retiringIsFinalAndDropsTheRoles() {
        Unit unit = unit(1, UnitType.HRSS);
        Account handler = staff(Role.UNIT_HANDLER, unit);
        handler.assignStaffRoles(Set.of(role(unit, "审核", Permission.APPLICATION_REVIEW)));
        handler.disable();

        handler.retire();

        assertThat(handler.getStatus()).isEqualTo(AccountStatus.RETIRED);
        assertThat(handler.getStaffRoles()).isEmpty();
        assertThat(EnumSet.allOf(AccountStatus.class)).noneMatch(handler::canBecome);
        assertRejected(handler::retire, "account.status.retired");
        assertRejected(() -> handler.changeContact("新名字", "13800000000"), "account.retired.final");
        assertRejected(() -> handler.resetPassword("hash2", NOW), "account.retired.final");
    }

    @Test
    void disablingTwiceOrEnablingAnActiveAccountIsRefused() {
        Account account = staff(Role.UNIT_HANDLER, unit(1, UnitType.HRSS));

        assertRejected(account::enable, "account.status.unchanged");
        account.disable();
        assertRejected(account::disable, "account.status.unchanged");
        assertThat(account.canBecome(AccountStatus.ACTIVE)).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextLogIn() {
        Account account = Account.selfRegistered("someone", "某人", null, null, "hash", NOW);

        account.resetPassword("hash2", NOW);

        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPasswordHash()).isEqualTo("hash2");
    }

    @Test
    void anEditKeepsLoginAndIdNumber() {
        IdNumber id = IdNumber.of("510104199001011230");
        Account account = Account.createdByOther("zhang_san", "张三", id, "13800000000", "hash", NOW);

        account.changeContact("  张三丰 ", "028-86130000");

        assertThat(account.getDisplayName()).isEqualTo("张三丰");
        assertThat(account.getPhone()).isEqualTo("028-86130000");
        assertThat(account.getLoginName()).isEqualTo("zhang_san");
        assertThat(account.getIdNumber()).isEqualTo(id);
        assertRejected(() -> account.changeContact(" ", "028-86130000"), "account.name.required");
        assertRejected(() -> account.changeContact("名".repeat(51), null), "account.name.tooLong");
    }

    @Test
    void chosenLoginNamesStartWithALetterSoTheyNeverLookLikeAnIdNumber() {
        assertThat(Account.chosenLogin(" Li.Si_2 ")).isEqualTo("li.si_2");
        assertRejected(() -> Account.chosenLogin("510104199001011230"), "account.login.format");
        assertRejected(() -> Account.chosenLogin("ab"), "account.login.format");
        assertRejected(() -> Account.chosenLogin("张三"), "account.login.format");
        assertRejected(() -> Account.chosenLogin(" "), "account.login.required");
    }

    @Test
    void anApplicantChoosesAndChangesTheEmployerAmongAuthorisedUnits() throws Exception {
        Account applicant = Account.selfRegistered("510104199001011230", "张三", null, null, "hash", NOW);
        applicant.grant(Role.APPLICANT, null);
        Unit first = unit(1, UnitType.APPLYING_UNIT);
        Unit second = unit(2, UnitType.APPLYING_UNIT);
        Unit pending = unit(3, UnitType.APPLYING_UNIT);
        set(pending, "status", UnitStatus.PENDING);

        assertThat(applicant.employer()).isEmpty();
        applicant.chooseEmployer(first);
        applicant.chooseEmployer(second);

        assertThat(applicant.employer()).containsSame(second);
        assertThat(applicant.getMemberships()).hasSize(1);
        assertThat(applicant.permissions()).isEmpty();
        assertRejected(() -> applicant.chooseEmployer(pending), "applicant.employer.notAuthorized");
        assertThat(applicant.employer()).containsSame(second);
    }

    @Test
    void onlyApplicantsChooseAnEmployer() {
        Account handler = staff(Role.UNIT_HANDLER, unit(1, UnitType.HRSS));

        assertRejected(() -> handler.chooseEmployer(unit(2, UnitType.APPLYING_UNIT)), "applicant.notApplicant");
    }

    @Test
    void aRoleStillHeldCannotBeDeleted() {
        UnitRole role = role(unit(1, UnitType.HRSS), "审核", Permission.APPLICATION_REVIEW);

        assertRejected(() -> role.checkDeletable(2), "role.inUse");
        role.checkDeletable(0);
    }

    private static Account staff(Role role, Unit unit) {
        Account account = Account.createdByOther("staff" + role.ordinal(), "工作人员", null, null, "hash", NOW);
        account.grant(role, unit);
        return account;
    }

    @Test
    void onlyTheRootUnitsSuperAdministratorMaintainsTheTitleCatalog() {
        Unit province = unit(1, UnitType.HRSS);
        Unit city = UnitTest.withId(new Unit("成都市人社局", null, UnitType.HRSS, HrssLevel.CITY, "510100", NOW), 2L);
        city.placeUnder(province);
        assertThat(staff(Role.UNIT_ADMIN, province).permissions()).contains(Permission.TITLE_CATALOG);
        assertThat(staff(Role.UNIT_ADMIN, city).permissions()).doesNotContain(Permission.TITLE_CATALOG)
                .contains(Permission.COMPETENT_DEPARTMENT_CONFIG);
    }

    private static UnitRole role(Unit unit, String name, Permission... permissions) {
        return new UnitRole(unit, name, null, EnumSet.of(permissions[0], permissions), NOW);
    }

    private static Unit unit(long id, UnitType type) {
        Unit unit = UnitTest.withId(new Unit("单位" + id, null, type, type == UnitType.HRSS ? HrssLevel.CITY : null,
                "510100", NOW), id);
        unit.placeUnder(null);
        return unit;
    }

    private static void set(Unit unit, String field, Object value) throws ReflectiveOperationException {
        Field declared = Unit.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(unit, value);
    }
}
