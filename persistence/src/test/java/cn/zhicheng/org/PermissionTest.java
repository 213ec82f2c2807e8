package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionTest {

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void theSuperAdministratorsOwnFunctionsAreNeverGrantable(UnitType type) {
        assertThat(Permission.grantableIn(type))
                .doesNotContain(Permission.STAFF_MANAGE, Permission.ROLE_MANAGE, Permission.MULTI_POST_CONFIG);
        assertThat(Permission.availableTo(type))
                .contains(Permission.STAFF_MANAGE, Permission.ROLE_MANAGE, Permission.MULTI_POST_CONFIG);
    }

    @Test
    void onlyAnHrssUnitConfiguresCompetentDepartments() {
        for (UnitType type : UnitType.values()) {
            assertThat(Permission.availableTo(type).contains(Permission.COMPETENT_DEPARTMENT_CONFIG))
                    .as(type.name()).isEqualTo(type == UnitType.HRSS);
        }
    }

    @Test
    void anApplyingUnitHasNoCommitteeOrActivityReviews() {
        assertThat(Permission.availableTo(UnitType.APPLYING_UNIT))
                .doesNotContain(Permission.COMMITTEE_FILING_REVIEW, Permission.ACTIVITY_PUBLISH_REVIEW)
                .contains(Permission.APPLICATION_REVIEW, Permission.SUBORDINATE_UNIT_MANAGE);
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void grantableIsASubsetOfAvailableAndAFreshCopy(UnitType type) {
        assertThat(Permission.availableTo(type)).containsAll(Permission.grantableIn(type));
        Permission.grantableIn(type).clear();
        assertThat(Permission.grantableIn(type)).isNotEmpty();
    }
}
