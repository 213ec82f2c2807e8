package cn.zhicheng.application;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static cn.zhicheng.application.ApplicationStatus.ACCEPTED;
import static cn.zhicheng.application.ApplicationStatus.AT_COMMITTEE;
import static cn.zhicheng.application.ApplicationStatus.DRAFT;
import static cn.zhicheng.application.ApplicationStatus.IN_REVIEW;
import static cn.zhicheng.application.ApplicationStatus.REJECTED;
import static cn.zhicheng.application.ApplicationStatus.RETURNED;
import static cn.zhicheng.application.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The application's status moves (SPEC §3.8.6, §3.9.6), all in one place. */
class ApplicationStatusTest {

    @Test
    void theApplicantSubmitsDraftsAndReturnedApplicationsOnly() {
        assertThat(DRAFT.next()).containsExactly(SUBMITTED);
        assertThat(RETURNED.next()).containsExactlyInAnyOrder(SUBMITTED, AT_COMMITTEE);
        for (ApplicationStatus status : EnumSet.of(SUBMITTED, IN_REVIEW, AT_COMMITTEE, ACCEPTED, REJECTED)) {
            assertThat(status.canBecome(SUBMITTED)).as(status + " -> SUBMITTED").isFalse();
        }
    }

    @Test
    void onlyAnUntouchedSubmissionGoesBackToADraft() {
        assertThat(SUBMITTED.canBecome(DRAFT)).isTrue();
        for (ApplicationStatus status : EnumSet.complementOf(EnumSet.of(SUBMITTED))) {
            assertThat(status.canBecome(DRAFT)).as(status + " -> DRAFT").isFalse();
        }
    }

    @Test
    void reviewersMoveSubmittedAndReviewedApplications() {
        assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(DRAFT, IN_REVIEW, AT_COMMITTEE, RETURNED, REJECTED,
                ACCEPTED);
        assertThat(IN_REVIEW.next()).containsExactlyInAnyOrder(IN_REVIEW, AT_COMMITTEE, RETURNED, REJECTED, ACCEPTED);
        assertThat(AT_COMMITTEE.next()).containsExactlyInAnyOrder(RETURNED, REJECTED, ACCEPTED);
        assertThat(DRAFT.canBecome(IN_REVIEW)).isFalse();
        assertThat(DRAFT.canBecome(RETURNED)).isFalse();
        assertThat(RETURNED.canBecome(IN_REVIEW)).isFalse();
    }

    @Test
    void acceptanceAndRejectionAreFinal() {
        assertThat(ACCEPTED.next()).isEmpty();
        assertThat(REJECTED.next()).isEmpty();
    }

    @Test
    void theApplicantEditsDraftsAndReturnedApplicationsOnly() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isEditable))
                .containsExactlyInAnyOrder(DRAFT, RETURNED);
    }

    @Test
    void everythingButARejectionCountsAsActive() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(s -> !s.isActive()))
                .containsExactly(REJECTED);
    }

    @Test
    void everyStatusIsReachableFromADraft() {
        Set<ApplicationStatus> reached = EnumSet.of(DRAFT);
        Deque<ApplicationStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (ApplicationStatus next : todo.pop().next()) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ApplicationStatus.values());
    }
}
