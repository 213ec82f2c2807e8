package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void aRootUnitHasItsOwnIdAsPathAndDepthZero() {
        Unit province = placed(1, UnitType.HRSS, null);

        assertThat(province.getPath()).isEqualTo("/1/");
        assertThat(province.getDepth()).isZero();
        assertThat(province.getParent()).isNull();
    }

    @Test
    void aChildAppendsItsIdToTheParentPath() {
        Unit province = placed(1, UnitType.HRSS, null);
        Unit city = placed(7, UnitType.HRSS, province);
        Unit employer = placed(42, UnitType.APPLYING_UNIT, city);

        assertThat(city.getPath()).isEqualTo("/1/7/");
        assertThat(city.getDepth()).isEqualTo(1);
        assertThat(city.getParent()).isSameAs(province);
        assertThat(employer.getPath()).isEqualTo("/1/7/42/");
        assertThat(employer.getDepth()).isEqualTo(2);
    }

    @Test
    void placingNeedsTheIdAssignedFirst() {
        Unit unsaved = unit(UnitType.HRSS);

        assertThatThrownBy(() -> unsaved.placeUnder(null)).isInstanceOf(IllegalStateException.class);
        assertThat(unsaved.getPath()).isEmpty();
    }

    @Test
    void anApplyingUnitCannotHoldAnHrssChild() {
        Unit employer = placed(5, UnitType.APPLYING_UNIT, null);
        Unit hrss = withId(unit(UnitType.HRSS), 6);

        assertRejected(() -> hrss.placeUnder(employer), "unit.type.notAllowedUnderParent");
        assertThat(hrss.getPath()).isEmpty();
    }

    @Test
    void aCompetentDepartmentCannotHoldACentralUnit() {
        Unit department = placed(5, UnitType.COMPETENT_DEPARTMENT, null);
        Unit central = withId(unit(UnitType.CENTRAL_UNIT), 6);

        assertRejected(() -> central.placeUnder(department), "unit.type.notAllowedUnderParent");
    }

    @Test
    void aCompetentDepartmentMayHoldAnApplyingUnit() {
        Unit department = placed(5, UnitType.COMPETENT_DEPARTMENT, null);

        assertThat(placed(6, UnitType.APPLYING_UNIT, department).getPath()).isEqualTo("/5/6/");
    }

    @Test
    void aUnitCannotMoveUnderItself() {
        Unit root = placed(1, UnitType.APPLYING_UNIT, null);

        assertRejected(() -> root.placeUnder(root), "unit.parent.cycle");
    }

    @Test
    void aUnitCannotMoveUnderItsOwnChild() {
        Unit root = placed(1, UnitType.APPLYING_UNIT, null);
        Unit middle = placed(7, UnitType.APPLYING_UNIT, root);
        Unit child = placed(42, UnitType.APPLYING_UNIT, middle);

        assertRejected(() -> middle.placeUnder(child), "unit.parent.cycle");
        assertThat(middle.getPath()).isEqualTo("/1/7/");
    }

    @Test
    void aUnitCannotMoveUnderItsOwnGrandchild() {
        Unit root = placed(1, UnitType.APPLYING_UNIT, null);
        Unit child = placed(7, UnitType.APPLYING_UNIT, root);
        Unit grandchild = placed(42, UnitType.APPLYING_UNIT, child);

        assertRejected(() -> root.placeUnder(grandchild), "unit.parent.cycle");
        assertThat(root.getPath()).isEqualTo("/1/");
    }

    @Test
    void aUnitMayMoveUpUnderItsGrandparent() {
        Unit root = placed(1, UnitType.APPLYING_UNIT, null);
        Unit child = placed(7, UnitType.APPLYING_UNIT, root);
        Unit grandchild = placed(42, UnitType.APPLYING_UNIT, child);

        grandchild.placeUnder(root);

        assertThat(grandchild.getPath()).isEqualTo("/1/42/");
        assertThat(grandchild.getDepth()).isEqualTo(1);
    }

    @Test
    void aUnitMayMoveUnderASiblingBranch() {
        Unit root = placed(1, UnitType.APPLYING_UNIT, null);
        Unit left = placed(2, UnitType.APPLYING_UNIT, root);
        Unit right = placed(3, UnitType.APPLYING_UNIT, root);

        right.placeUnder(left);

        assertThat(right.getPath()).isEqualTo("/1/2/3/");
        assertThat(right.getDepth()).isEqualTo(2);
    }

    @Test
    void aUnitIsSelfOrAncestorOfItselfAndItsDescendants() {
        Unit root = placed(1, UnitType.HRSS, null);
        Unit child = placed(7, UnitType.HRSS, root);
        Unit grandchild = placed(42, UnitType.APPLYING_UNIT, child);

        assertThat(root.isSelfOrAncestorOf(root)).isTrue();
        assertThat(root.isSelfOrAncestorOf(child)).isTrue();
        assertThat(root.isSelfOrAncestorOf(grandchild)).isTrue();
        assertThat(child.isSelfOrAncestorOf(grandchild)).isTrue();
    }

    @Test
    void aUnitIsNotAncestorOfAUnitWhoseIdMerelyStartsWithTheSameDigits() {
        Unit one = placed(1, UnitType.HRSS, null);
        Unit twelve = placed(12, UnitType.HRSS, null);
        Unit underTwelve = placed(13, UnitType.HRSS, twelve);

        assertThat(one.isSelfOrAncestorOf(twelve)).isFalse();
        assertThat(one.isSelfOrAncestorOf(underTwelve)).isFalse();
    }

    @Test
    void aUnitIsNotAncestorOfItsParentOrSiblings() {
        Unit root = placed(1, UnitType.HRSS, null);
        Unit left = placed(2, UnitType.HRSS, root);
        Unit right = placed(3, UnitType.HRSS, root);

        assertThat(left.isSelfOrAncestorOf(root)).isFalse();
        assertThat(left.isSelfOrAncestorOf(right)).isFalse();
    }

    @Test
    void anUnplacedUnitIsNobodysAncestorNorDescendant() {
        Unit root = placed(1, UnitType.HRSS, null);
        Unit unplaced = unit(UnitType.HRSS);

        assertThat(unplaced.isSelfOrAncestorOf(root)).isFalse();
        assertThat(root.isSelfOrAncestorOf(unplaced)).isFalse();
    }

    @Test
    void theSubtreeRangeHoldsExactlyTheUnitAndItsDescendants() {
        Unit root = placed(1, UnitType.HRSS, null);
        Unit child = placed(7, UnitType.HRSS, root);

        assertThat(root.subtreeFrom()).isEqualTo("/1/");
        assertThat(root.subtreeTo()).isEqualTo("/10");
        assertThat(child.subtreeFrom()).isEqualTo("/1/7/");
        assertThat(child.subtreeTo()).isEqualTo("/1/70");
        // byte order, as the "C"-collated column compares
        for (String inside : new String[]{"/1/7/", "/1/7/42/", "/1/7/9/3/"}) {
            assertThat(inside.compareTo(child.subtreeFrom()) >= 0 && inside.compareTo(child.subtreeTo()) < 0)
                    .as(inside).isTrue();
        }
        for (String outside : new String[]{"/1/", "/1/70/", "/1/71/", "/1/6/", "/1/8/", "/17/"}) {
            assertThat(outside.compareTo(child.subtreeFrom()) >= 0 && outside.compareTo(child.subtreeTo()) < 0)
                    .as(outside).isFalse();
        }
    }

    @Test
    void anHrssUnitNeedsALevel() {
        assertRejected(() -> new Unit("四川省人社厅", null, UnitType.HRSS, null, "510000", NOW),
                "unit.hrssLevel.required");
    }

    @Test
    void anHrssUnitKeepsItsLevel() {
        Unit hrss = new Unit("成都市人社局", null, UnitType.HRSS, HrssLevel.CITY, "510100", NOW);

        assertThat(hrss.getHrssLevel()).isEqualTo(HrssLevel.CITY);
    }

    @Test
    void aUnitThatIsNotHrssDropsAGivenLevel() {
        Unit employer = new Unit("某公司", null, UnitType.APPLYING_UNIT, HrssLevel.PROVINCE, "510100", NOW);

        assertThat(employer.getHrssLevel()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aUnitNeedsAName(String name) {
        assertRejected(() -> new Unit(name, null, UnitType.APPLYING_UNIT, null, "510100", NOW), "unit.name.required");
    }

    @Test
    void theNameIsStripped() {
        assertThat(new Unit("  某公司 ", null, UnitType.APPLYING_UNIT, null, null, NOW).getName()).isEqualTo("某公司");
    }

    @Test
    void aNewUnitStartsAuthorized() {
        assertThat(unit(UnitType.APPLYING_UNIT).isAuthorized()).isTrue();
    }

    private static Unit unit(UnitType type) {
        return new Unit("单位", null, type, type == UnitType.HRSS ? HrssLevel.PROVINCE : null, "510000", NOW);
    }

    private static Unit placed(long id, UnitType type, Unit parent) {
        Unit unit = withId(unit(type), id);
        unit.placeUnder(parent);
        return unit;
    }

    /** Ids come only from JPA; tests set the private field. */
    static Unit withId(Unit unit, long id) {
        try {
            Field field = Unit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
