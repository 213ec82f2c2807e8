package cn.zhicheng.org;

import cn.zhicheng.shared.Times;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class UnitRoleTest {

    private final Unit employer = new Unit("四川省人民医院", null, UnitType.APPLYING_UNIT, null, "510000", Times.now());

    @Test
    void aRoleKeepsItsTrimmedNameAndPermissions() {
        UnitRole role = new UnitRole(employer, "  初审经办  ", " ", EnumSet.of(Permission.APPLICATION_REVIEW), Times.now());
        assertThat(role.getName()).isEqualTo("初审经办");
        assertThat(role.getDescription()).isNull();
        assertThat(role.getPermissions()).containsExactly(Permission.APPLICATION_REVIEW);
    }

    @Test
    void aRoleNeedsANameWithinThirtyCharactersAndAtLeastOnePermission() {
        Set<Permission> review = EnumSet.of(Permission.APPLICATION_REVIEW);
        assertRejected(() -> new UnitRole(employer, " ", null, review, Times.now()), "role.name.required");
        assertRejected(() -> new UnitRole(employer, "角".repeat(31), null, review, Times.now()), "role.name.tooLong");
        assertRejected(() -> new UnitRole(employer, "空角色", null, EnumSet.noneOf(Permission.class), Times.now()),
                "role.permissions.required");
    }

    @Test
    void aRoleCannotGrantTheSuperAdministratorsFunctionsOrWhatTheUnitTypeLacks() {
        assertRejected(() -> new UnitRole(employer, "人事", null, EnumSet.of(Permission.STAFF_MANAGE), Times.now()),
                "role.permission.notGrantable");
        assertRejected(() -> new UnitRole(employer, "配置", null,
                EnumSet.of(Permission.COMPETENT_DEPARTMENT_CONFIG), Times.now()), "role.permission.notGrantable");
    }

    @Test
    void changingARoleReplacesItsPermissions() {
        UnitRole role = new UnitRole(employer, "经办", null, EnumSet.of(Permission.APPLICATION_REVIEW), Times.now());
        role.change("下级管理", "管理下级单位", EnumSet.of(Permission.SUBORDINATE_UNIT_MANAGE,
                Permission.SUBORDINATE_REGISTRATION_REVIEW));
        assertThat(role.getName()).isEqualTo("下级管理");
        assertThat(role.getPermissions()).containsExactlyInAnyOrder(Permission.SUBORDINATE_UNIT_MANAGE,
                Permission.SUBORDINATE_REGISTRATION_REVIEW);
    }
}
