package cn.zhicheng.web.shell;

import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu rule (SPEC §3.2): a user's menu shows exactly their permissions, and the pages of the model in force. */
class MenuEntryTest {

    @Test
    void aStaffMemberSeesTheUnitHomeMessagesTheirRolesEntriesAndThePasswordPage() {
        List<MenuEntry> menu = menu(EnumSet.of(Role.UNIT_HANDLER),
                EnumSet.of(Permission.SUBORDINATE_UNIT_MANAGE, Permission.APPLICATION_REVIEW, Permission.TALENT_REVIEW),
                ApplicantProvisioning.SELF_REGISTER);

        assertThat(menu).containsExactly(MenuEntry.UNIT_HOME, MenuEntry.UNIT_MESSAGES, MenuEntry.UNIT_SUBORDINATES,
                MenuEntry.UNIT_APPLICATION_REVIEW, MenuEntry.UNIT_TALENT_REVIEWS, MenuEntry.ACCOUNT_PASSWORD);
    }

    @Test
    void aStaffMemberWithoutPermissionsSeesOnlyTheUnitHomeMessagesAndThePasswordPage() {
        assertThat(menu(EnumSet.of(Role.UNIT_LEADER), Set.of(), ApplicantProvisioning.UNIT_CREATED))
                .containsExactly(MenuEntry.UNIT_HOME, MenuEntry.UNIT_MESSAGES, MenuEntry.ACCOUNT_PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void theSuperAdministratorSeesEveryUnitPageOfTheUnitsType(UnitType type) {
        Set<Permission> all = Permission.availableTo(type);

        List<MenuEntry> menu = menu(EnumSet.of(Role.UNIT_ADMIN), all, ApplicantProvisioning.UNIT_CREATED);

        assertThat(menu).contains(MenuEntry.UNIT_STAFF, MenuEntry.UNIT_ROLES, MenuEntry.UNIT_APPLICANTS);
        assertThat(menu.contains(MenuEntry.UNIT_COMPETENT_DEPARTMENTS)).isEqualTo(type == UnitType.HRSS);
        assertThat(menu).noneMatch(e -> e.name().startsWith("ADMIN_") || e.name().startsWith("APPLICANT_"));
    }

    @Test
    void theApplicantAccountPageExistsOnlyWhereUnitsCreateApplicantAccounts() {
        Set<Permission> permissions = EnumSet.of(Permission.APPLICANT_ACCOUNTS);

        assertThat(menu(EnumSet.of(Role.UNIT_HANDLER), permissions, ApplicantProvisioning.UNIT_CREATED))
                .contains(MenuEntry.UNIT_APPLICANTS);
        assertThat(menu(EnumSet.of(Role.UNIT_HANDLER), permissions, ApplicantProvisioning.SELF_REGISTER))
                .doesNotContain(MenuEntry.UNIT_APPLICANTS);
    }

    @Test
    void theEmployerChoiceExistsOnlyWhereApplicantsRegisterThemselves() {
        assertThat(menu(EnumSet.of(Role.APPLICANT), Set.of(), ApplicantProvisioning.SELF_REGISTER))
                .containsExactly(MenuEntry.APPLICANT_HOME, MenuEntry.APPLICANT_EMPLOYER, MenuEntry.APPLICANT_NEW,
                        MenuEntry.APPLICANT_APPLICATIONS, MenuEntry.APPLICANT_PROFILE, MenuEntry.APPLICANT_CERTIFICATES,
                        MenuEntry.APPLICANT_VERIFICATIONS, MenuEntry.APPLICANT_MESSAGES, MenuEntry.APPLICANT_TALENT,
                        MenuEntry.APPLICANT_OUT_OF_PROVINCE, MenuEntry.ACCOUNT_PASSWORD);
        assertThat(menu(EnumSet.of(Role.APPLICANT), Set.of(), ApplicantProvisioning.UNIT_CREATED))
                .containsExactly(MenuEntry.APPLICANT_HOME, MenuEntry.APPLICANT_NEW, MenuEntry.APPLICANT_APPLICATIONS,
                        MenuEntry.APPLICANT_PROFILE, MenuEntry.APPLICANT_CERTIFICATES,
                        MenuEntry.APPLICANT_VERIFICATIONS, MenuEntry.APPLICANT_MESSAGES, MenuEntry.APPLICANT_TALENT,
                        MenuEntry.APPLICANT_OUT_OF_PROVINCE, MenuEntry.ACCOUNT_PASSWORD);
    }

    @Test
    void aPermissionWithoutAUnitRoleShowsNoUnitPage() {
        assertThat(menu(EnumSet.of(Role.APPLICANT), Permission.availableTo(UnitType.HRSS),
                ApplicantProvisioning.UNIT_CREATED)).noneMatch(e -> e.name().startsWith("UNIT_"));
    }

    @Test
    void theSystemAdministratorSeesTheAdministrationPagesOnly() {
        assertThat(menu(EnumSet.of(Role.SYSTEM_ADMIN), Set.of(), ApplicantProvisioning.SELF_REGISTER))
                .containsExactly(MenuEntry.ADMIN_HOME, MenuEntry.ADMIN_SETTINGS, MenuEntry.ADMIN_JOBS,
                        MenuEntry.ADMIN_TITLE_CATALOG, MenuEntry.ACCOUNT_PASSWORD);
    }

    @Test
    void everyUnitFunctionOfTheCatalogueHasAtMostOneMenuEntry() {
        for (Permission permission : Permission.values()) {
            assertThat(Arrays.stream(MenuEntry.values()).filter(e -> e.getPermission() == permission).count())
                    .as(permission.name()).isLessThanOrEqualTo(1);
        }
    }

    private static List<MenuEntry> menu(Set<Role> roles, Set<Permission> permissions,
                                        ApplicantProvisioning provisioning) {
        MenuContext context = new MenuContext(roles, permissions, provisioning);
        return Arrays.stream(MenuEntry.values()).filter(e -> e.isVisibleIn(context)).toList();
    }
}
