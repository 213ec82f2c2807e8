package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the public verification page shows of a certificate (issue 9): key facts, the ID number masked. */
public record PublicCertificate(String serialNo, String holderName, String maskedIdNumber, String series,
                                TitleLevel level, String qualification, String specialty, String evaluationBody,
                                LocalDate approvalDate, String documentNumber, String issuerName,
                                OffsetDateTime issuedAt, boolean revoked) implements Serializable {

    static PublicCertificate of(Certificate c) {
        return new PublicCertificate(c.getSerialNo(), c.getHolderName(), c.maskedIdNumber(), c.getSeriesName(),
                c.getLevel(), c.getQualificationName(), c.getSpecialty(), c.getEvaluationBody(), c.getApprovalDate(),
                c.getDocumentNumber(), c.getIssuerName(), c.getIssuedAt(),
                c.getStatus() == CertificateStatus.REVOKED);
    }
}
