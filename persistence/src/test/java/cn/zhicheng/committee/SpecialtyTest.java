package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialtyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private Committee committee;

    @BeforeEach
    void setUp() {
        committee = committee(1L);
    }

    private static Committee committee(long id) {
        Unit unit = withId(new Unit("四川大学", null, UnitType.SELF_EVALUATING_UNIT, null, "510000", NOW), 10L + id);
        return withId(new Committee("四川大学高校教师评委会", unit, withId(new TitleSeries("高校教师"), 20L), true, NOW), id);
    }

    @Test
    void aNewSpecialtyIsUnfrozenWithItsStrippedName() {
        Specialty top = new Specialty(committee, null, "  临床医学 ", NOW);
        assertThat(top.getName()).isEqualTo("临床医学");
        assertThat(top.isFrozen()).isFalse();
        assertThat(top.getParent()).isNull();
        Specialty child = new Specialty(committee, withId(top, 5L), "内科学", NOW);
        assertThat(child.getParentId()).isEqualTo(5L);
    }

    @Test
    void theNameIsRequiredAndAtMostFiftyCharacters() {
        assertRejected(() -> new Specialty(committee, null, " ", NOW), "specialty.name.required");
        assertRejected(() -> new Specialty(committee, null, null, NOW), "specialty.name.required");
        assertRejected(() -> new Specialty(committee, null, "专".repeat(51), NOW), "specialty.name.tooLong");
        assertThat(new Specialty(committee, null, "专".repeat(50), NOW).getName()).hasSize(50);
    }

    @Test
    void renameChecksTheNameAndRefusesTheSameName() {
        Specialty s = new Specialty(committee, null, "临床医学", NOW);
        assertThat(s.rename("基础医学")).isEqualTo("临床医学");
        assertThat(s.getName()).isEqualTo("基础医学");
        assertRejected(() -> s.rename(""), "specialty.name.required");
        assertRejected(() -> s.rename("专".repeat(51)), "specialty.name.tooLong");
        assertRejected(() -> s.rename(" 基础医学 "), "specialty.name.unchanged");
        assertThat(s.getName()).isEqualTo("基础医学");
    }

    @Test
    void freezeAndUnfreezeGuardTheirState() {
        Specialty s = new Specialty(committee, null, "临床医学", NOW);
        assertRejected(s::unfreeze, "specialty.notFrozen");
        s.freeze();
        assertThat(s.isFrozen()).isTrue();
        assertRejected(s::freeze, "specialty.alreadyFrozen");
        s.unfreeze();
        assertThat(s.isFrozen()).isFalse();
    }

    @Test
    void nothingIsAddedUnderAFrozenParentOrUnderAnotherCommitteesNode() {
        Specialty parent = withId(new Specialty(committee, null, "临床医学", NOW), 5L);
        parent.freeze();
        assertRejected(() -> new Specialty(committee, parent, "内科学", NOW), "specialty.parent.frozen");
        Specialty foreign = withId(new Specialty(committee(2L), null, "临床医学", NOW), 6L);
        assertThatThrownBy(() -> new Specialty(committee, foreign, "内科学", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
