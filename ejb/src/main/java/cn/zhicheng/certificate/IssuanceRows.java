package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.history.AcquisitionType;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The rows of the issuance screens (SPEC §3.12.1, §3.13 历史证书生成). */
public final class IssuanceRows {

    private IssuanceRows() {
    }

    /** 未发放: a person whose 职称初定 passed its chain at the caller's unit and has no certificate yet. */
    public record PendingPerson(Long applicationId, String name, String maskedIdNumber, String employer,
                                String series, TitleLevel level, String qualification, String specialty,
                                OffsetDateTime submittedAt) implements Serializable {
    }

    /** 待发证: approved historical records of one collecting unit, 文号, evaluation body and approval date. */
    public record HistoryGroup(Long collectingUnitId, String collectingUnit, String documentNumber,
                               String institution, LocalDate approvedOn, AcquisitionType acquisitionType,
                               long persons) implements Serializable {

        /** A stable key for selection on screens. */
        public String key() {
            return collectingUnitId + "|" + documentNumber + "|" + institution + "|" + approvedOn;
        }

        public GroupKey groupKey() {
            return new GroupKey(collectingUnitId, documentNumber, institution, approvedOn);
        }
    }

    /** What makes a 待发证 group: collecting unit, 文号, evaluation body and approval date. */
    public record GroupKey(Long collectingUnitId, String documentNumber, String institution, LocalDate approvedOn)
            implements Serializable {
    }

    /** 发放中 (left side) and 已发放 batches. */
    public record BatchRow(Long id, String batchNo, CertificateSource kind, CertificateBatchStatus status,
                           long persons, String documentNumber, LocalDate approvalDate, boolean summaryUploaded,
                           OffsetDateTime createdAt, OffsetDateTime issuedAt, Long jobExecutionId)
            implements Serializable {
    }

    /** A certificate in a batch or in the 已发放 list; the ID number masked. */
    /** 证书列表 of a 待发证 group: one approved historical record and the way it came (审核路径). */
    public record GroupRecord(Long recordId, String name, String maskedIdNumber, String workUnit, String series,
                              TitleLevel level, String qualification, String specialty, String certificateNo,
                              String reviewPath) implements Serializable {
    }

    public record CertificateLine(Long id, String serialNo, CertificateStatus status, String holderName,
                                  String maskedIdNumber, String employer, String series, TitleLevel level,
                                  String qualification, String specialty, AcquisitionType acquisitionType,
                                  String evaluationBody, LocalDate approvalDate, String documentNumber,
                                  String issuerName, OffsetDateTime issuedAt, boolean hasForm)
            implements Serializable {

        static CertificateLine of(Certificate c) {
            return new CertificateLine(c.getId(), c.getSerialNo(), c.getStatus(), c.getHolderName(),
                    c.maskedIdNumber(), c.getEmployer(), c.getSeriesName(), c.getLevel(), c.getQualificationName(),
                    c.getSpecialty(), c.getAcquisitionType(), c.getEvaluationBody(), c.getApprovalDate(),
                    c.getDocumentNumber(), c.getIssuerName(), c.getIssuedAt(), c.getFormFileId() != null);
        }
    }
}
