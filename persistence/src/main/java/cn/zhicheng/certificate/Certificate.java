package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One electronic certificate (SPEC §3.12, issue 9). Its facts are copied from the source when the person joins a
 * batch, so a later correction of the source does not change an issued certificate; the serial number is drawn and
 * the PDF stored by the generation job ({@link #issue}); the verification code exists from the start, for the QR.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final String ENTITY_TYPE = "Certificate";
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Column(name = "issuer_name", nullable = false, length = 100)
    private String issuerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CertificateSource source;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "history_record_id")
    private Long historyRecordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status = CertificateStatus.PENDING;

    @Column(name = "serial_no", length = 24)
    private String serialNo;

    @Column(name = "verification_code", nullable = false, length = VerificationCode.LENGTH)
    private String verificationCode;

    @Column(name = "holder_name", nullable = false, length = 50)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(length = 100)
    private String employer;

    @Column(name = "series_name", nullable = false, length = 100)
    private String seriesName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TitleLevel level;

    @Column(name = "qualification_name", nullable = false, length = 100)
    private String qualificationName;

    @Column(length = 100)
    private String specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "acquisition_type", nullable = false, length = 16)
    private AcquisitionType acquisitionType;

    @Column(name = "evaluation_body", length = 100)
    private String evaluationBody;

    @Column(name = "approval_date")
    private LocalDate approvalDate;

    @Column(name = "document_number", length = 50)
    private String documentNumber;

    @Column(name = "photo_file_id")
    private Long photoFileId;

    @Column(name = "pdf_file_id")
    private Long pdfFileId;

    @Column(name = "form_file_id")
    private Long formFileId;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Certificate() {
    }

    private Certificate(CertificateBatch batch, CertificateSource source, Holder holder, Title title,
                        OffsetDateTime now) {
        this.batchId = batch.getId();
        this.issuerUnitId = batch.getIssuer().getId();
        this.issuerName = batch.getIssuer().getName();
        this.source = source;
        this.verificationCode = VerificationCode.next();
        this.holderName = holder.name();
        this.idNumber = holder.idNumber();
        this.sex = holder.sex();
        this.birthDate = holder.birthDate();
        this.employer = holder.employer();
        this.photoFileId = holder.photoFileId();
        this.seriesName = title.seriesName();
        this.level = title.level();
        this.qualificationName = title.qualificationName();
        this.specialty = title.specialty();
        this.acquisitionType = title.acquisitionType();
        this.evaluationBody = title.evaluationBody();
        this.approvalDate = title.approvalDate();
        this.documentNumber = title.documentNumber();
        this.createdAt = now;
    }

    /** A person of a 初定发证 batch (SPEC §3.12.1); 批准时间 and 文号 come from the batch when it is issued. */
    public static Certificate forInitialApplication(CertificateBatch batch, long applicationId, Holder holder,
                                                    Title title, OffsetDateTime now) {
        Certificate certificate = new Certificate(batch, CertificateSource.INITIAL_APPLICATION, holder, title, now);
        certificate.applicationId = applicationId;
        return certificate;
    }

    /** A record of an approved historical batch (历史证书生成, SPEC §3.13). */
    public static Certificate forHistoryRecord(CertificateBatch batch, long recordId, Holder holder, Title title,
                                               OffsetDateTime now) {
        Certificate certificate = new Certificate(batch, CertificateSource.HISTORY_RECORD, holder, title, now);
        certificate.historyRecordId = recordId;
        return certificate;
    }

    /** 取消发证: out of its batch, back to the 未发放 / 待发证 list; only before generation. */
    public void cancel(String reason) {
        if (!status.canMoveTo(CertificateStatus.CANCELLED)) {
            throw new BusinessException("certificate.status.transition", status.name(),
                    CertificateStatus.CANCELLED.name());
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("certificate.cancel.reasonRequired");
        }
        if (text.length() > REASON_MAX) {
            throw new BusinessException("certificate.reason.tooLong", REASON_MAX);
        }
        moveTo(CertificateStatus.CANCELLED);
        this.cancelReason = text;
    }

    /** 【发证】 for the batch: the job will generate this one. */
    public void startIssue(CertificateBatch batch) {
        moveTo(CertificateStatus.ISSUING);
        this.approvalDate = batch.getApprovalDate();
        this.documentNumber = batch.getDocumentNumber();
    }

    /** Whether the job still has to generate this certificate (a restarted run skips the issued ones). */
    public boolean awaitsGeneration() {
        return status == CertificateStatus.ISSUING;
    }

    /** The job drew the serial number and stored the PDFs. */
    public void issue(SerialNumber serial, long pdfFileId, Long formFileId, OffsetDateTime now) {
        moveTo(CertificateStatus.ISSUED);
        this.serialNo = serial.value();
        this.pdfFileId = pdfFileId;
        this.formFileId = formFileId;
        this.issuedAt = now;
    }

    /** 撤销: the certificate stays verifiable, and the page says it is revoked. */
    public void revoke(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("certificate.revoke.reasonRequired");
        }
        if (text.length() > REASON_MAX) {
            throw new BusinessException("certificate.reason.tooLong", REASON_MAX);
        }
        moveTo(CertificateStatus.REVOKED);
        this.cancelReason = text;
    }

    private void moveTo(CertificateStatus next) {
        if (!status.canMoveTo(next)) {
            throw new BusinessException("certificate.status.transition", status.name(), next.name());
        }
        this.status = next;
    }

    /** The ID number as lists and the public page show it. */
    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    /** Who the certificate is for, as copied from the source. */
    public record Holder(String name, String idNumber, Sex sex, LocalDate birthDate, String employer,
                         Long photoFileId) {
    }

    /** What the certificate certifies, as copied from the source. */
    public record Title(String seriesName, TitleLevel level, String qualificationName, String specialty,
                        AcquisitionType acquisitionType, String evaluationBody, LocalDate approvalDate,
                        String documentNumber) {
    }

    public Long getId() {
        return id;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public CertificateSource getSource() {
        return source;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getHistoryRecordId() {
        return historyRecordId;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getHolderName() {
        return holderName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getEmployer() {
        return employer;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public String getSpecialty() {
        return specialty;
    }

    public AcquisitionType getAcquisitionType() {
        return acquisitionType;
    }

    public String getEvaluationBody() {
        return evaluationBody;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public Long getPhotoFileId() {
        return photoFileId;
    }

    public Long getPdfFileId() {
        return pdfFileId;
    }

    public Long getFormFileId() {
        return formFileId;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
