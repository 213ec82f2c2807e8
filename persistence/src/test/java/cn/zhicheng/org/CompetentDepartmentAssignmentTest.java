package cn.zhicheng.org;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class CompetentDepartmentAssignmentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final Unit province = placed(1, "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
    private final Unit city = placed(2, "市人社局", UnitType.HRSS, HrssLevel.CITY, province);
    private final Unit education = placed(3, "教育厅", UnitType.COMPETENT_DEPARTMENT, null, province);
    private final Unit health = placed(4, "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
    private final Unit school = placed(5, "学校", UnitType.APPLYING_UNIT, null, education);
    private final Unit cityCompany = placed(6, "市属企业", UnitType.APPLYING_UNIT, null, city);

    @Test
    void anHrssUnitRoutesAnEmployerOfItsRegionThroughADepartmentOfItsRegion() {
        CompetentDepartmentAssignment assignment = new CompetentDepartmentAssignment(school, health, province, NOW);

        assertThat(assignment.getDepartment()).isEqualTo(health);
        assertThat(assignment.getAssignedBy()).isEqualTo(province);
        assertThat(assignment.getAssignedAt()).isEqualTo(NOW);

        assignment.reassign(education, province, NOW.plusDays(1));
        assertThat(assignment.getDepartment()).isEqualTo(education);
        assertThat(assignment.getAssignedAt()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void theSetterIsAnHrssUnitTheTargetADepartmentAndBothWithinTheRegion() {
        assertRejected(() -> new CompetentDepartmentAssignment(school, health, education, NOW),
                "competent.setter.notHrss");
        assertRejected(() -> new CompetentDepartmentAssignment(school, cityCompany, province, NOW),
                "competent.department.wrongType");
        assertRejected(() -> new CompetentDepartmentAssignment(school, health, city, NOW), "competent.outOfRegion");
        assertRejected(() -> new CompetentDepartmentAssignment(cityCompany, health, city, NOW),
                "competent.outOfRegion");
        assertRejected(() -> new CompetentDepartmentAssignment(education, health, province, NOW),
                "competent.employer.wrongType");
    }

    private static Unit placed(long id, String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = UnitTest.withId(new Unit(name, null, type, level, "510000", NOW), id);
        unit.placeUnder(parent);
        return unit;
    }
}
