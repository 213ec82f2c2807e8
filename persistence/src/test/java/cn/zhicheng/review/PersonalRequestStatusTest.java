package cn.zhicheng.review;

import org.junit.jupiter.api.Test;

import static cn.zhicheng.review.PersonalRequestStatus.DRAFT;
import static cn.zhicheng.review.PersonalRequestStatus.PASSED;
import static cn.zhicheng.review.PersonalRequestStatus.REJECTED;
import static cn.zhicheng.review.PersonalRequestStatus.RETURNED;
import static cn.zhicheng.review.PersonalRequestStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalRequestStatusTest {

    @Test
    void draftsAndReturnedRequestsAreSubmittedAndEdited() {
        assertThat(DRAFT.canSubmit()).isTrue();
        assertThat(RETURNED.canSubmit()).isTrue();
        assertThat(SUBMITTED.canSubmit()).isFalse();
        assertThat(DRAFT.isEditable()).isTrue();
        assertThat(RETURNED.isEditable()).isTrue();
        assertThat(SUBMITTED.isEditable()).isFalse();
        assertThat(PASSED.isEditable()).isFalse();
        assertThat(REJECTED.isEditable()).isFalse();
    }

    @Test
    void underReviewItMovesOnComesBackIsDecidedOrWithdrawn() {
        assertThat(SUBMITTED.canBecome(SUBMITTED)).as("next level").isTrue();
        assertThat(SUBMITTED.canBecome(DRAFT)).as("撤回").isTrue();
        assertThat(SUBMITTED.canBecome(RETURNED)).isTrue();
        assertThat(SUBMITTED.canBecome(PASSED)).isTrue();
        assertThat(SUBMITTED.canBecome(REJECTED)).isTrue();
        assertThat(DRAFT.canBecome(PASSED)).isFalse();
        assertThat(RETURNED.canBecome(DRAFT)).isFalse();
    }

    @Test
    void passedAndRejectedAreFinal() {
        assertThat(PASSED.isFinal()).isTrue();
        assertThat(REJECTED.isFinal()).isTrue();
        for (PersonalRequestStatus target : PersonalRequestStatus.values()) {
            assertThat(PASSED.canBecome(target)).isFalse();
            assertThat(REJECTED.canBecome(target)).isFalse();
        }
        assertThat(SUBMITTED.isFinal()).isFalse();
    }
}
