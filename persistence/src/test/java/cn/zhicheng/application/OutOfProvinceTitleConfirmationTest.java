package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.ConfirmedTitle;
import cn.zhicheng.review.PersonalRequestStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.zhicheng.review.PersonalRequestTestData.NOW;
import static cn.zhicheng.review.PersonalRequestTestData.applicant;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 外省职称确认 (SPEC §3.8.10) and, through it, the transitions every personal request shares (§3.15.5). */
class OutOfProvinceTitleConfirmationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TitleSeries SERIES = new TitleSeries("工程技术");
    private static final List<Long> PATH = List.of(10L, 20L, 30L);

    private static OutOfProvinceTitleDetails details() {
        return new OutOfProvinceTitleDetails("重庆市", "重庆市人力资源和社会保障局", SERIES, TitleLevel.INTERMEDIATE,
                "土木工程", "工程师", LocalDate.of(2019, 6, 1), "CQ2019001", "渝人社职〔2019〕12号");
    }

    private static OutOfProvinceTitleConfirmation described() {
        OutOfProvinceTitleConfirmation request = new OutOfProvinceTitleConfirmation(applicant(7L), NOW);
        request.describe(details(), TODAY);
        return request;
    }

    private static OutOfProvinceTitleConfirmation submitted() {
        OutOfProvinceTitleConfirmation request = described();
        request.attach(100L);
        request.submit(PATH, NOW);
        return request;
    }

    @Test
    void everyFieldIsRequiredWithItsOwnMessage() {
        OutOfProvinceTitleConfirmation request = new OutOfProvinceTitleConfirmation(applicant(7L), NOW);
        OutOfProvinceTitleDetails d = details();
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(" ", d.issuingAuthority(), d.series(),
                d.level(), d.specialty(), d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.province.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), "机".repeat(101), d.series(),
                d.level(), d.specialty(), d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.issuingAuthority.tooLong");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(), null,
                d.level(), d.specialty(), d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.series.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), null, d.specialty(), d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.level.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), "", d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.specialty.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), d.specialty(), null, d.obtainedOn(), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.qualification.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), d.specialty(), d.qualificationName(), null, d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.obtainedOn.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), d.specialty(), d.qualificationName(), TODAY.plusDays(1), d.certificateNo(),
                d.documentNumber()), TODAY), "outOfProvince.obtainedOn.future");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), d.specialty(), d.qualificationName(), d.obtainedOn(), "",
                d.documentNumber()), TODAY), "outOfProvince.certificateNo.required");
        assertRejected(() -> request.describe(new OutOfProvinceTitleDetails(d.province(), d.issuingAuthority(),
                d.series(), d.level(), d.specialty(), d.qualificationName(), d.obtainedOn(), d.certificateNo(),
                "号".repeat(51)), TODAY), "outOfProvince.documentNumber.tooLong");
        request.describe(d, TODAY);
        assertThat(request.getProvince()).isEqualTo("重庆市");
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.DRAFT);
    }

    @Test
    void submissionNeedsTheDataAnAttachmentAndAReviewer() {
        OutOfProvinceTitleConfirmation empty = new OutOfProvinceTitleConfirmation(applicant(7L), NOW);
        assertRejected(() -> empty.submit(PATH, NOW), "personalRequest.incomplete");
        OutOfProvinceTitleConfirmation request = described();
        assertRejected(() -> request.submit(PATH, NOW), "personalRequest.attachments.required");
        request.attach(100L);
        assertRejected(() -> request.submit(List.of(), NOW), "personalRequest.noReviewer");
        request.submit(PATH, NOW);
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.SUBMITTED);
        assertThat(request.getReviewUnitId()).isEqualTo(10L);
        assertThat(request.employerUnitId()).isEqualTo(10L);
        assertThat(request.isAwaiting(10L)).isTrue();
        assertThat(request.isAwaiting(20L)).isFalse();
        assertRejected(() -> request.submit(PATH, NOW), "personalRequest.transition");
    }

    @Test
    void nothingChangesUnderReview() {
        OutOfProvinceTitleConfirmation request = submitted();
        assertRejected(() -> request.describe(details(), TODAY), "personalRequest.notEditable");
        assertRejected(() -> request.attach(101L), "personalRequest.notEditable");
        assertRejected(() -> request.detach(100L), "personalRequest.notEditable");
        assertRejected(request::requireDiscardable, "personalRequest.discard.notDraft");
    }

    @Test
    void withdrawalIsAllowedUntilAUnitActs() {
        OutOfProvinceTitleConfirmation request = submitted();
        assertThat(request.canWithdraw()).isTrue();
        request.withdraw();
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.DRAFT);
        assertThat(request.getReviewUnitId()).isNull();
        request.requireDiscardable();

        request.submit(PATH, NOW);
        request.pass(10L, null, NOW);
        assertThat(request.canWithdraw()).isFalse();
        assertRejected(request::withdraw, "personalRequest.withdraw.notAllowed");
    }

    @Test
    void unitsPassAlongThePathAndTheLastDecides() {
        OutOfProvinceTitleConfirmation request = submitted();
        assertRejected(() -> request.pass(20L, null, NOW), "personalRequest.review.notYours");
        request.pass(10L, "同意", NOW);
        assertThat(request.getReviewUnitId()).isEqualTo(20L);
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.SUBMITTED);
        request.pass(20L, null, NOW);
        request.pass(30L, "确认", NOW);
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.PASSED);
        assertThat(request.getReviewUnitId()).isNull();
        assertThat(request.getDecidedAt()).isEqualTo(NOW);
        assertThat(request.getLastOpinion()).isEqualTo("确认");
        assertRejected(() -> request.pass(30L, null, NOW), "personalRequest.review.notYours");
    }

    @Test
    void aReturnNeedsAReasonAndTheApplicantResubmitsFromTheStart() {
        OutOfProvinceTitleConfirmation request = submitted();
        request.pass(10L, null, NOW);
        assertRejected(() -> request.returnWith(20L, "  "), "personalRequest.opinion.required");
        assertRejected(() -> request.returnWith(20L, "长".repeat(1001)), "personalRequest.opinion.tooLong");
        request.returnWith(20L, "证书扫描件不清晰");
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.RETURNED);
        assertThat(request.getLastOpinion()).isEqualTo("证书扫描件不清晰");
        request.detach(100L);
        request.attach(102L);
        request.describe(details(), TODAY);
        request.submit(PATH, NOW);
        assertThat(request.getReviewUnitId()).isEqualTo(10L);
        assertThat(request.getAttachmentIds()).containsExactly(102L);
    }

    @Test
    void aRejectionIsFinalAndKept() {
        OutOfProvinceTitleConfirmation request = submitted();
        assertRejected(() -> request.reject(10L, null, NOW), "personalRequest.opinion.required");
        request.reject(10L, "非本人证书", NOW);
        assertThat(request.getStatus()).isEqualTo(PersonalRequestStatus.REJECTED);
        assertRejected(() -> request.submit(PATH, NOW), "personalRequest.transition");
        assertRejected(request::requireDiscardable, "personalRequest.discard.notDraft");
        assertRejected(request::withdraw, "personalRequest.withdraw.notAllowed");
    }

    @Test
    void attachmentsAreLimitedAndOnlyOwnOnesRemoved() {
        OutOfProvinceTitleConfirmation request = described();
        for (long i = 0; i < 10; i++) {
            request.attach(200L + i);
        }
        assertRejected(() -> request.attach(300L), "personalRequest.attachments.tooMany");
        assertRejected(() -> request.detach(999L), "personalRequest.attachments.notFound");
        request.detach(205L);
        assertThat(request.getAttachmentIds()).hasSize(9).doesNotContain(205L);
    }

    @Test
    void onlyTheOwnerOwnsIt() {
        OutOfProvinceTitleConfirmation request = described();
        assertThat(request.isOwnedBy(7L)).isTrue();
        assertThat(request.isOwnedBy(8L)).isFalse();
        assertThat(request.isOwnedBy(null)).isFalse();
        assertThat(request.getApplicantName()).isEqualTo("张三");
    }
    @Test
    void onlyAPassedTitleBecomesConfirmationDataAsTheApplicantStatedIt() throws ReflectiveOperationException {
        OutOfProvinceTitleConfirmation request = submitted();
        java.lang.reflect.Field id = OutOfProvinceTitleConfirmation.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(request, 5L);
        assertThatThrownBy(() -> request.confirmedTitle(false)).isInstanceOf(IllegalStateException.class);
        request.pass(10L, null, NOW);
        request.pass(20L, null, NOW);
        assertThatThrownBy(() -> request.confirmedTitle(false)).as("not yet the last unit")
                .isInstanceOf(IllegalStateException.class);
        request.pass(30L, "属实", NOW);
        assertThat(request.isPassed()).isTrue();

        ConfirmedTitle title = request.confirmedTitle(true);
        assertThat(title.sourceType()).isEqualTo(OutOfProvinceTitleConfirmation.TYPE);
        assertThat(title.sourceId()).isEqualTo(5L);
        assertThat(title.acquisitionType()).isEqualTo(AcquisitionType.CONFIRMATION);
        assertThat(title.institution()).as("§3.13.2 rule 3").isEqualTo("确认");
        assertThat(title.name()).isEqualTo("张三");
        assertThat(title.idNumber()).isEqualTo(request.getApplicantIdNumber());
        assertThat(title.seriesName()).isEqualTo("工程技术");
        assertThat(title.level()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(title.qualificationName()).isEqualTo("工程师");
        assertThat(title.specialty()).isEqualTo("土木工程");
        assertThat(title.certificateNo()).isEqualTo("CQ2019001");
        assertThat(title.approvedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(title.documentNumber()).isEqualTo("渝人社职〔2019〕12号");
        assertThat(title.highRisk()).isTrue();
    }

    @Test
    void aReturnedOrRejectedTitleBecomesNothing() {
        OutOfProvinceTitleConfirmation returned = submitted();
        returned.returnWith(10L, "扫描件不清晰");
        assertThatThrownBy(() -> returned.confirmedTitle(false)).isInstanceOf(IllegalStateException.class);
        OutOfProvinceTitleConfirmation rejected = submitted();
        rejected.reject(10L, "非本人证书", NOW);
        assertThat(rejected.isPassed()).isFalse();
        assertThatThrownBy(() -> rejected.confirmedTitle(false)).isInstanceOf(IllegalStateException.class);
    }
}
