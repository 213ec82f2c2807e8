package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.zhicheng.org.UnitType.APPLYING_UNIT;
import static cn.zhicheng.org.UnitType.CENTRAL_UNIT;
import static cn.zhicheng.org.UnitType.COMPETENT_DEPARTMENT;
import static cn.zhicheng.org.UnitType.HRSS;
import static cn.zhicheng.org.UnitType.SELF_EVALUATING_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

class UnitTypeTest {

    @Test
    void anHrssUnitMayCreateEveryType() {
        assertThat(HRSS.creatableChildTypes()).containsExactlyInAnyOrder(UnitType.values());
    }

    @Test
    void anApplyingUnitMayCreateOnlyApplyingUnits() {
        assertThat(APPLYING_UNIT.creatableChildTypes()).containsExactly(APPLYING_UNIT);
    }

    @Test
    void aCompetentDepartmentMayCreateDepartmentsApplyingAndSelfEvaluatingUnits() {
        assertThat(COMPETENT_DEPARTMENT.creatableChildTypes())
                .containsExactlyInAnyOrder(COMPETENT_DEPARTMENT, APPLYING_UNIT, SELF_EVALUATING_UNIT);
    }

    @ParameterizedTest
    @EnumSource(value = UnitType.class, names = {"SELF_EVALUATING_UNIT", "CENTRAL_UNIT"})
    void selfEvaluatingAndCentralUnitsMayCreateOnlyApplyingUnits(UnitType type) {
        assertThat(type.creatableChildTypes()).containsExactly(APPLYING_UNIT);
    }

    @ParameterizedTest
    @EnumSource(value = UnitType.class, mode = EnumSource.Mode.EXCLUDE, names = "HRSS")
    void onlyAnHrssUnitMayCreateHrssOrCentralUnits(UnitType type) {
        assertThat(type.creatableChildTypes()).doesNotContain(HRSS, CENTRAL_UNIT);
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void everyTypeMayCreateApplyingUnits(UnitType type) {
        assertThat(type.creatableChildTypes()).contains(APPLYING_UNIT);
    }

    @Test
    void changingTheReturnedSetDoesNotChangeTheRule() {
        APPLYING_UNIT.creatableChildTypes().add(HRSS);

        assertThat(APPLYING_UNIT.creatableChildTypes()).containsExactly(APPLYING_UNIT);
    }
}
