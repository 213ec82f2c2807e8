package cn.zhicheng.certificate;

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

/** 证书核验 (SPEC §3.8.7): the certificate information, the organisation and the 文号 rules of §3.13.2. */
class CertificateVerificationRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TitleSeries SERIES = new TitleSeries("工程技术");

    private static VerificationDetails details(String documentNumber, LocalDate approvedOn) {
        return new VerificationDetails("ZC2018001", SERIES, TitleLevel.SENIOR_DEPUTY, "建筑工程", "高级工程师",
                approvedOn, documentNumber);
    }

    private static CertificateVerificationRequest request() {
        return new CertificateVerificationRequest(applicant(9L), NOW);
    }

    @Test
    void theCertificateInformationIsCheckedFieldByField() {
        CertificateVerificationRequest r = request();
        LocalDate approved = LocalDate.of(2018, 12, 20);
        assertRejected(() -> r.describe(new VerificationDetails(" ", SERIES, TitleLevel.SENIOR_DEPUTY, "建筑", "高工",
                approved, "川人社职〔2018〕60号"), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY),
                "certificateVerification.certificateNo.required");
        assertRejected(() -> r.describe(new VerificationDetails("1", null, TitleLevel.SENIOR_DEPUTY, "建筑", "高工",
                approved, "川人社职〔2018〕60号"), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY),
                "certificateVerification.series.required");
        assertRejected(() -> r.describe(new VerificationDetails("1", SERIES, null, "建筑", "高工",
                approved, "川人社职〔2018〕60号"), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY),
                "certificateVerification.level.required");
        assertRejected(() -> r.describe(new VerificationDetails("1", SERIES, TitleLevel.SENIOR_DEPUTY, "", "高工",
                approved, "川人社职〔2018〕60号"), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY),
                "certificateVerification.specialty.required");
        assertRejected(() -> r.describe(new VerificationDetails("1", SERIES, TitleLevel.SENIOR_DEPUTY, "建筑", null,
                approved, "川人社职〔2018〕60号"), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY),
                "certificateVerification.qualification.required");
        assertRejected(() -> r.describe(details("川人社职〔2018〕60号", approved), null, null, null, TODAY),
                "certificateVerification.organisation.required");
        assertRejected(() -> r.describe(details("川人社职〔2018〕60号", null), EvaluationOrganisationKind.COMMITTEE, 1L,
                "评委会", TODAY), "certificateVerification.approvedOn.required");
        assertRejected(() -> r.describe(details("川人社职〔2026〕60号", TODAY.plusDays(1)),
                EvaluationOrganisationKind.COMMITTEE, 1L, "评委会", TODAY), "certificateVerification.approvedOn.future");
    }

    @Test
    void theDocumentNumberUsesHexagonalBracketsAndTheApprovalYear() {
        CertificateVerificationRequest r = request();
        LocalDate approved = LocalDate.of(2018, 12, 20);
        assertRejected(() -> r.describe(details("川人社职【2018】60号", approved), EvaluationOrganisationKind.COMMITTEE,
                1L, "评委会", TODAY), "documentNumber.brackets");
        assertRejected(() -> r.describe(details("", approved), EvaluationOrganisationKind.COMMITTEE, 1L, "评委会",
                TODAY), "documentNumber.required");
        assertRejected(() -> r.describe(details("川人社职〔2019〕60号", approved), EvaluationOrganisationKind.COMMITTEE,
                1L, "评委会", TODAY), "certificateVerification.documentNumber.year");
        r.describe(details("川人社职〔2018〕60号", approved), EvaluationOrganisationKind.HISTORICAL_INSTITUTION, 4L,
                "原职改办", TODAY);
        assertThat(r.getOrganisationKind()).isEqualTo(EvaluationOrganisationKind.HISTORICAL_INSTITUTION);
        assertThat(r.getOrganisationName()).isEqualTo("原职改办");
    }

    @Test
    void theInsuranceAnswerIsKeptAndTheScanIsRequired() {
        CertificateVerificationRequest r = request();
        r.describe(details("川人社职〔2018〕60号", LocalDate.of(2018, 12, 20)), EvaluationOrganisationKind.COMMITTEE, 1L,
                "评委会", TODAY);
        r.recordInsurance("四川省人民医院", false, NOW);
        assertThat(r.getInsured()).isFalse();
        assertThat(r.getInsuranceUnitName()).isEqualTo("四川省人民医院");
        assertRejected(() -> r.submit(List.of(42L), NOW), "personalRequest.attachments.required");
        r.attach(1L);
        r.submit(List.of(42L), NOW);
        assertThat(r.getStatus()).isEqualTo(PersonalRequestStatus.SUBMITTED);
        assertRejected(() -> r.recordInsurance("x", true, NOW), "personalRequest.notEditable");
    }
    @Test
    void aPassedVerificationBecomesTheRecordItsOrganisationWouldHaveCollected() throws ReflectiveOperationException {
        CertificateVerificationRequest r = request();
        java.lang.reflect.Field id = CertificateVerificationRequest.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(r, 8L);
        r.describe(details("川人社职〔2018〕60号", LocalDate.of(2018, 12, 20)), EvaluationOrganisationKind.COMMITTEE, 3L,
                "工程高评委", TODAY);
        r.attach(100L);
        r.submit(List.of(40L), NOW);
        assertThatThrownBy(r::confirmedTitle).isInstanceOf(IllegalStateException.class);
        r.pass(40L, null, NOW);

        ConfirmedTitle title = r.confirmedTitle();
        assertThat(title.sourceType()).isEqualTo(CertificateVerificationRequest.TYPE);
        assertThat(title.sourceId()).isEqualTo(8L);
        assertThat(title.acquisitionType()).as("obtained by 评审 of the stated organisation")
                .isEqualTo(AcquisitionType.REVIEW);
        assertThat(title.institution()).isEqualTo("工程高评委");
        assertThat(title.certificateNo()).isEqualTo("ZC2018001");
        assertThat(title.level()).isEqualTo(TitleLevel.SENIOR_DEPUTY);
        assertThat(title.qualificationName()).isEqualTo("高级工程师");
        assertThat(title.specialty()).isEqualTo("建筑工程");
        assertThat(title.approvedOn()).isEqualTo(LocalDate.of(2018, 12, 20));
        assertThat(title.documentNumber()).isEqualTo("川人社职〔2018〕60号");
        assertThat(title.highRisk()).as("never synchronised: no warning").isFalse();
    }

    @Test
    void noInsuranceRecordAtTheEmployerMarksTheRecordHighRisk() throws ReflectiveOperationException {
        CertificateVerificationRequest r = request();
        java.lang.reflect.Field id = CertificateVerificationRequest.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(r, 9L);
        r.describe(details("川人社职〔2018〕60号", LocalDate.of(2018, 12, 20)), EvaluationOrganisationKind.COMMITTEE, 3L,
                "工程高评委", TODAY);
        r.recordInsurance("某医院", false, NOW);
        r.attach(100L);
        r.submit(List.of(40L), NOW);
        r.pass(40L, null, NOW);
        assertThat(r.confirmedTitle().highRisk()).isTrue();
    }
}
