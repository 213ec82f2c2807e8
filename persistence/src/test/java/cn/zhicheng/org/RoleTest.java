package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void everyNameConstantEqualsTheNameOfAnEnumValue() throws IllegalAccessException {
        Map<String, String> constants = nameConstants();

        assertThat(constants).isNotEmpty();
        for (Map.Entry<String, String> constant : constants.entrySet()) {
            assertThat(constant.getValue()).as("Role.Names.%s", constant.getKey()).isEqualTo(constant.getKey());
            assertThat(Role.valueOf(constant.getValue()).name()).isEqualTo(constant.getValue());
        }
    }

    @Test
    void everyEnumValueHasANameConstant() throws IllegalAccessException {
        Map<String, String> constants = nameConstants();

        assertThat(constants.values())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"UNIT_ADMIN", "UNIT_HANDLER", "UNIT_LEADER"})
    void unitStaffRolesAreUnitRolesOnly(Role role) {
        assertThat(role.isUnitRole()).isTrue();
        assertThat(role.isCommitteeRole()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COMMITTEE_ADMIN", "COMMITTEE_OPERATOR"})
    void committeeRolesAreCommitteeRolesOnly(Role role) {
        assertThat(role.isCommitteeRole()).isTrue();
        assertThat(role.isUnitRole()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"APPLICANT", "EXPERT", "SYSTEM_ADMIN"})
    void personalAndSystemRolesAreNeitherUnitNorCommitteeRoles(Role role) {
        assertThat(role.isUnitRole()).isFalse();
        assertThat(role.isCommitteeRole()).isFalse();
    }

    @Test
    void theThreeGroupsCoverEveryRole() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isUnitRole)).hasSize(3);
        assertThat(Arrays.stream(Role.values()).filter(Role::isCommitteeRole)).hasSize(2);
        assertThat(Role.values()).hasSize(8);
    }

    private static Map<String, String> nameConstants() throws IllegalAccessException {
        Map<String, String> constants = new java.util.LinkedHashMap<>();
        for (Field field : Role.Names.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && field.getType() == String.class) {
                assertThat(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers))
                        .as("Role.Names.%s is public final", field.getName()).isTrue();
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }
}
