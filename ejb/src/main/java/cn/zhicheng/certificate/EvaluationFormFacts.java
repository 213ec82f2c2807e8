package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the 评审表 (evaluation form, SPEC §3.12, glossary "Evaluation form") of a review-obtained certificate prints:
 * the certificate's facts, the committee that evaluated, and the meeting's result. The meeting fields are optional:
 * {@code null} prints an empty cell (for results recorded on paper, e.g. historical certificates).
 *
 * @param certificate    the facts of the certificate (holder, title, approval, serial; the photo is printed too)
 * @param committee      评审委员会 (name of the committee); {@code null}: the certificate's evaluation body
 * @param meetingDate    评审会议日期
 * @param expertsPresent 出席评委人数
 * @param votesFor       赞成票
 * @param votesAgainst   反对票
 * @param votesAbstain   弃权票
 * @param result         评审结果 as printed, e.g. 通过
 * @param opinion        评审委员会意见 (free text; wraps)
 */
public record EvaluationFormFacts(CertificateFacts certificate, String committee, LocalDate meetingDate,
                                  Integer expertsPresent, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
                                  String result, String opinion) {

    public EvaluationFormFacts {
        Objects.requireNonNull(certificate, "certificate");
    }

    /** A form with the committee only, the meeting fields left empty. */
    public static EvaluationFormFacts withoutMeeting(CertificateFacts certificate, String committee) {
        return new EvaluationFormFacts(certificate, committee, null, null, null, null, null, null, null);
    }

    /** The committee as printed: this record's, else the certificate's evaluation body. */
    public String committeeName() {
        return committee != null ? committee : certificate.evaluationBody();
    }
}
