package cn.zhicheng.review;

import cn.zhicheng.application.OutOfProvinceTitleConfirmation;
import cn.zhicheng.application.TalentStatisticsEntry;
import cn.zhicheng.certificate.CertificateVerificationRequest;
import cn.zhicheng.org.Permission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pieces of the reviewers' lists that need no database: masking, filter patterns, kinds and permissions. */
class RequestReviewListTest {

    @Test
    void listsShowTheFirstAndLastFourCharactersOfTheIdNumber() {
        assertThat(RequestReviewRow.mask("51010419900101123X")).isEqualTo("5101**********123X");
        assertThat(RequestReviewRow.mask("12345678")).isEqualTo("********");
        assertThat(RequestReviewRow.mask(null)).isNull();
    }

    @Test
    void filtersMatchPartsAndTakeWildcardsLiterally() {
        RequestFilter filter = new RequestFilter(" 张 ", "0101x", 3L);
        assertThat(filter.namePattern()).isEqualTo("%张%");
        assertThat(filter.idPattern()).isEqualTo("%0101X%");
        assertThat(new RequestFilter("50%_", null, null).namePattern()).isEqualTo("%50\\%\\_%");
        assertThat(RequestFilter.NONE.namePattern()).isNull();
        assertThat(new RequestFilter(" ", " ", null).idPattern()).isNull();
    }

    @Test
    void talentEntriesNeedTalentReviewAndConfirmationsAndVerificationsTitleConfirmationReview() {
        assertThat(RequestKind.of(TalentStatisticsEntry.class).permission()).isEqualTo(Permission.TALENT_REVIEW);
        assertThat(RequestKind.of(OutOfProvinceTitleConfirmation.class).permission())
                .isEqualTo(Permission.TITLE_CONFIRMATION_REVIEW);
        assertThat(RequestKind.of(CertificateVerificationRequest.class))
                .isEqualTo(RequestKind.CERTIFICATE_VERIFICATION);
        assertThat(RequestKind.CERTIFICATE_VERIFICATION.permission()).isEqualTo(Permission.TITLE_CONFIRMATION_REVIEW);
    }
}
