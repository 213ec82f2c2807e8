package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultiPostConfigTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private Unit hospital;
    private Unit otherUnit;
    private Account handler;
    private Account leader;
    private Account director;
    private Account clerk;
    private Account stranger;
    private MultiPostConfig config;
    private long nextId = 100;

    @BeforeEach
    void setUp() {
        hospital = withId(new Unit("医院", null, UnitType.APPLYING_UNIT, null, "510000", NOW), 10L);
        hospital.placeUnder(null);
        otherUnit = withId(new Unit("其他单位", null, UnitType.APPLYING_UNIT, null, "510000", NOW), 11L);
        otherUnit.placeUnder(null);
        Set<Permission> review = EnumSet.of(Permission.APPLICATION_REVIEW);
        handler = staff("handler", hospital, review);
        leader = staff("leader", hospital, review);
        director = staff("director", hospital, review);
        clerk = staff("clerk", hospital, EnumSet.of(Permission.OWN_UNIT_INFO));
        stranger = staff("stranger", otherUnit, review);
        config = new MultiPostConfig(hospital, ReviewItemType.APPLICATION, NOW);
    }

    @Test
    void aNewConfigurationHasNoLevelsAndLetsTheItemLeaveAfterOneStep() {
        ReviewPosition first = ReviewPosition.firstLevelOf(hospital.getId());

        assertThat(config.isConfigured()).isFalse();
        assertThat(config.nextNumber()).isEqualTo(1);
        assertThat(config.levelAt(first)).isEmpty();
        assertThat(config.advance(first).isLeavingUnit()).isTrue();
    }

    @Test
    void levelsRunFromTheSmallestToTheLargestAndTheLastPassLeavesTheUnit() {
        config.addLevel(1, Set.of(handler));
        config.addLevel(2, Set.of(leader));
        config.addLevel(3, Set.of(director));
        ReviewPosition at1 = ReviewPosition.firstLevelOf(hospital.getId());

        Advance after1 = config.advance(at1);
        Advance after2 = config.advance(after1.next().orElseThrow());
        Advance after3 = config.advance(after2.next().orElseThrow());

        assertThat(after1.next()).contains(ReviewPosition.of(hospital.getId(), 2));
        assertThat(after2.next()).contains(ReviewPosition.of(hospital.getId(), 3));
        assertThat(after3.isLeavingUnit()).isTrue();
        assertThat(config.getLevels()).extracting(ReviewLevel::getNumber).containsExactly(1, 2, 3);
    }

    @Test
    void onlyTheStaffOfTheActingLevelMayAct() {
        config.addLevel(1, Set.of(handler));
        config.addLevel(2, Set.of(leader, director));
        ReviewPosition at1 = ReviewPosition.firstLevelOf(hospital.getId());
        ReviewPosition at2 = ReviewPosition.of(hospital.getId(), 2);

        assertThat(config.mayAct(handler, at1)).isTrue();
        assertThat(config.mayAct(leader, at1)).isFalse();
        assertThat(config.mayAct(handler, at2)).isFalse();
        assertThat(config.mayAct(leader, at2)).isTrue();
        assertThat(config.mayAct(director, at2)).isTrue();
        assertThat(config.mayAct(stranger, at1)).isFalse();
    }

    @Test
    void aStaffMemberWhoLosesThePermissionOrIsDisabledNoLongerActs() {
        config.addLevel(1, Set.of(handler, leader));
        ReviewPosition at1 = ReviewPosition.firstLevelOf(hospital.getId());

        handler.disable();
        leader.assignStaffRoles(Set.of(role(hospital, EnumSet.of(Permission.OWN_UNIT_INFO))));

        assertThat(config.mayAct(handler, at1)).isFalse();
        assertThat(config.mayAct(leader, at1)).isFalse();
    }

    @Test
    void aNewLevelTakesTheNextNumberNeitherADuplicateNorAGap() {
        config.addLevel(1, Set.of(handler));

        assertRejected(() -> config.addLevel(1, Set.of(leader)), "multiPost.level.duplicate");
        assertRejected(() -> config.addLevel(3, Set.of(leader)), "multiPost.level.gap");
        assertRejected(() -> config.addLevel(0, Set.of(leader)), "multiPost.level.invalid");
        assertThat(config.nextNumber()).isEqualTo(2);
    }

    @Test
    void aLevelsStaffAreActiveStaffOfThisUnitWithThePermissionAtOneLevelOnly() {
        assertRejected(() -> config.addLevel(1, Set.of()), "multiPost.staff.required");
        assertRejected(() -> config.addLevel(1, Set.of(stranger)), "multiPost.staff.otherUnit");
        assertRejected(() -> config.addLevel(1, Set.of(clerk)), "multiPost.staff.noPermission");
        director.disable();
        assertRejected(() -> config.addLevel(1, Set.of(director)), "multiPost.staff.inactive");

        config.addLevel(1, Set.of(handler));
        assertRejected(() -> config.addLevel(2, Set.of(handler, leader)), "multiPost.staff.inOtherLevel");
        assertThat(config.getLevels()).hasSize(1);
    }

    @Test
    void editingALevelReplacesItsStaffUnderTheSameRules() {
        config.addLevel(1, Set.of(handler));
        config.addLevel(2, Set.of(leader));

        config.changeStaff(1, Set.of(handler, director));

        assertThat(config.getLevel(1).getStaff()).containsExactlyInAnyOrder(handler, director);
        assertRejected(() -> config.changeStaff(2, Set.of(handler)), "multiPost.staff.inOtherLevel");
        assertRejected(() -> config.changeStaff(3, Set.of(leader)), "multiPost.level.notFound");
    }

    @Test
    void deletingALevelRenumbersTheLevelsAboveIt() {
        config.addLevel(1, Set.of(handler));
        config.addLevel(2, Set.of(leader));
        config.addLevel(3, Set.of(director));

        config.removeLevel(2);

        assertThat(config.getLevels()).extracting(ReviewLevel::getNumber).containsExactly(1, 2);
        assertThat(config.getLevel(2).getStaff()).containsExactly(director);
        assertThat(config.nextNumber()).isEqualTo(3);
        assertRejected(() -> config.removeLevel(3), "multiPost.level.notFound");
    }

    @Test
    void anItemWaitingAtALevelThatWentAwayIsTakenByTheLevelInItsPlace() {
        config.addLevel(1, Set.of(handler));
        config.addLevel(2, Set.of(leader));
        config.addLevel(3, Set.of(director));
        ReviewPosition waitingAt3 = ReviewPosition.of(hospital.getId(), 3);
        ReviewPosition waitingAt2 = ReviewPosition.of(hospital.getId(), 2);

        config.removeLevel(2);

        assertThat(config.mayAct(director, waitingAt3)).as("old level 3 is now the last level").isTrue();
        assertThat(config.advance(waitingAt3).isLeavingUnit()).isTrue();
        assertThat(config.mayAct(director, waitingAt2)).as("level 2 is now the former level 3").isTrue();
        assertThat(config.mayAct(leader, waitingAt2)).isFalse();

        config.removeLevel(2);
        config.removeLevel(1);
        assertThat(config.isConfigured()).isFalse();
        assertThat(config.levelAt(waitingAt3)).isEmpty();
        assertThat(config.advance(waitingAt3).isLeavingUnit()).isTrue();
    }

    @Test
    void aPositionOfAnotherUnitIsNoQuestionForThisConfiguration() {
        config.addLevel(1, Set.of(handler));
        ReviewPosition elsewhere = ReviewPosition.firstLevelOf(otherUnit.getId());

        assertThat(config.mayAct(handler, elsewhere)).isFalse();
        assertThatThrownBy(() -> config.advance(elsewhere)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitConfiguresOnlyTheItemTypesItReviews() {
        assertRejected(() -> new MultiPostConfig(hospital, ReviewItemType.COMMITTEE_FILING, NOW),
                "multiPost.type.notForUnit");
        Unit hrss = withId(new Unit("人社局", null, UnitType.HRSS, HrssLevel.CITY, "510100", NOW), 12L);
        assertThat(ReviewItemType.reviewedBy(UnitType.HRSS)).containsExactly(ReviewItemType.values());
        assertThat(ReviewItemType.reviewedBy(UnitType.APPLYING_UNIT)).containsExactly(ReviewItemType.APPLICATION);
        assertThat(new MultiPostConfig(hrss, ReviewItemType.COMMITTEE_FILING, NOW).getItemType())
                .isEqualTo(ReviewItemType.COMMITTEE_FILING);
    }

    @Test
    void positionsOnlyMoveUpAndStartAtLevelOne() {
        ReviewPosition first = ReviewPosition.firstLevelOf(7L);

        assertThat(first.isFirstLevel()).isTrue();
        assertThat(first.atLevel(2)).isEqualTo(ReviewPosition.of(7L, 2));
        assertThatThrownBy(() -> first.atLevel(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewPosition.of(7L, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewItemType.APPLICATION.permission()).isEqualTo(Permission.APPLICATION_REVIEW);
        assertThat(ReviewItemType.COMMITTEE_FILING.permission()).isEqualTo(Permission.COMMITTEE_FILING_REVIEW);
        assertThat(ReviewItemType.ACTIVITY_PUBLICATION.permission()).isEqualTo(Permission.ACTIVITY_PUBLISH_REVIEW);
    }

    private Account staff(String login, Unit unit, Set<Permission> permissions) {
        Account account = withId(Account.selfRegistered(login, login, null, null, "hash", NOW), nextId++);
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(role(unit, permissions)));
        return account;
    }

    private UnitRole role(Unit unit, Set<Permission> permissions) {
        return withId(new UnitRole(unit, "角色" + nextId, null, permissions, NOW), nextId++);
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
