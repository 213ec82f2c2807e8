package cn.zhicheng.certificate;

import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;

/**
 * The PDFs of an issued certificate (SPEC §3.12): the certificate itself and the 评审表, printed by
 * {@link CertificatePdf} from the certificate record's facts. The printed text is Chinese whatever the viewer's
 * language: these are official documents of the province.
 */
@ApplicationScoped
public class CertificatePrints {

    @Inject
    private CertificatePdf pdf;

    /** The certificate: A4 landscape, QR code of {@code verificationUrl}, signed when a key is configured. */
    public byte[] certificate(Certificate c, String serialNo, byte[] photo, String verificationUrl) {
        OffsetDateTime issued = c.getIssuedAt() != null ? c.getIssuedAt() : Times.now();
        return pdf.certificate(facts(c, serialNo, photo, verificationUrl, issued));
    }

    /** The 评审表: the certificate's facts and the committee; the meeting's votes are left empty for now. */
    public byte[] evaluationForm(Certificate c, String serialNo, OffsetDateTime issuedAt) {
        CertificateFacts facts = facts(c, serialNo, null, "", issuedAt);
        return pdf.evaluationForm(EvaluationFormFacts.withoutMeeting(facts, c.getEvaluationBody()));
    }

    static CertificateFacts facts(Certificate c, String serialNo, byte[] photo, String verificationUrl,
                                  OffsetDateTime issuedAt) {
        return new CertificateFacts(serialNo, c.getVerificationCode(), c.getHolderName(), sex(c.getSex()),
                c.getBirthDate(), c.getIdNumber(), c.getEmployer(), c.getSeriesName(), c.getSpecialty(),
                c.getQualificationName(), c.getLevel() == null ? null : c.getLevel().catalogName(),
                c.getAcquisitionType(), c.getEvaluationBody(), c.getApprovalDate(), c.getDocumentNumber(),
                c.getIssuerName(), issuedAt == null ? null : issuedAt.toLocalDate(), photo, verificationUrl);
    }

    static String sex(Sex sex) {
        if (sex == null) {
            return "";
        }
        return sex == Sex.MALE ? "男" : "女";
    }
}
