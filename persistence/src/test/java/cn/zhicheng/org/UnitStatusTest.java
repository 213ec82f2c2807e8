package cn.zhicheng.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.zhicheng.org.UnitStatus.AUTHORIZED;
import static cn.zhicheng.org.UnitStatus.PENDING;
import static cn.zhicheng.org.UnitStatus.RETURNED;
import static cn.zhicheng.org.UnitStatus.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

class UnitStatusTest {

    @Test
    void anUnauthorizedUnitCanOnlyBeSubmittedForReview() {
        assertThat(UNAUTHORIZED.next()).containsExactly(PENDING);
        assertThat(UNAUTHORIZED.canMoveTo(PENDING)).isTrue();
    }

    @Test
    void anUnauthorizedUnitCannotSkipTheReview() {
        assertThat(UNAUTHORIZED.canMoveTo(AUTHORIZED)).isFalse();
        assertThat(UNAUTHORIZED.canMoveTo(RETURNED)).isFalse();
    }

    @Test
    void aPendingUnitIsEitherAuthorizedOrReturned() {
        assertThat(PENDING.next()).containsExactlyInAnyOrder(AUTHORIZED, RETURNED);
        assertThat(PENDING.canMoveTo(UNAUTHORIZED)).isFalse();
    }

    @Test
    void aReturnedUnitCanOnlyBeResubmitted() {
        assertThat(RETURNED.next()).containsExactly(PENDING);
        assertThat(RETURNED.canMoveTo(AUTHORIZED)).isFalse();
    }

    @Test
    void anAuthorizedUnitCanOnlyGoBackToReview() {
        assertThat(AUTHORIZED.next()).containsExactly(PENDING);
        assertThat(AUTHORIZED.canMoveTo(UNAUTHORIZED)).isFalse();
        assertThat(AUTHORIZED.canMoveTo(RETURNED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void noStatusMovesToItself(UnitStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void canMoveToAgreesWithNext(UnitStatus from) {
        for (UnitStatus to : UnitStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(from.next().contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void nothingEverMovesBackToUnauthorized(UnitStatus from) {
        assertThat(from.canMoveTo(UNAUTHORIZED)).isFalse();
    }
}
