package cn.zhicheng.certificate;

import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 发证批次 (SPEC §3.12.1 发放中, §3.12 生成证书 dialog): the persons one issuing unit certifies together, with the
 * 批准时间 and 职称文件文号 printed on their certificates and the stamped 汇总表 that must be uploaded before 【发证】.
 * Historical batches take their 文号 and 批准时间 from the approved records' group.
 */
@Entity
@Table(name = "certificate_batch")
public class CertificateBatch {

    @Id
    @SequenceGenerator(name = "certificate_batch_seq", sequenceName = "certificate_batch_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_batch_seq")
    private Long id;

    @Column(name = "batch_no", nullable = false, length = 32)
    private String batchNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CertificateSource kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_unit_id")
    private Unit issuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateBatchStatus status = CertificateBatchStatus.OPEN;

    @Column(name = "document_number", length = DocumentNumber.MAX_LENGTH)
    private String documentNumber;

    @Column(name = "approval_date")
    private LocalDate approvalDate;

    @Column(name = "summary_file_id")
    private Long summaryFileId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Version
    private long version;

    protected CertificateBatch() {
    }

    public CertificateBatch(String batchNo, CertificateSource kind, Unit issuer, String createdBy,
                            OffsetDateTime now) {
        this.batchNo = batchNo;
        this.kind = kind;
        this.issuer = issuer;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** 生成证书 step 2: 批准时间 and 职称文件文号 (validated as a 文号) for every certificate of the batch. */
    public void setApproval(LocalDate date, String number, LocalDate today) {
        requireOpen();
        if (date == null) {
            throw new BusinessException("certificate.batch.approvalDateRequired");
        }
        if (date.isAfter(today)) {
            throw new BusinessException("certificate.batch.approvalDateFuture");
        }
        String checked = DocumentNumber.of(number).value();
        this.approvalDate = date;
        this.documentNumber = checked;
    }

    /** 生成证书 step 3: the 汇总表 stamped offline, as a PDF. */
    public void attachStampedSummary(Long attachmentId) {
        requireOpen();
        this.summaryFileId = attachmentId;
    }

    /**
     * 【发证】: everything the certificates need is there; the generation job starts.
     *
     * @param persons the batch's certificates still to issue
     */
    public void startGeneration(long persons) {
        requireOpen();
        if (persons == 0) {
            throw new BusinessException("certificate.batch.empty");
        }
        if (approvalDate == null || documentNumber == null) {
            throw new BusinessException("certificate.batch.approvalMissing");
        }
        if (summaryFileId == null) {
            throw new BusinessException("certificate.batch.summaryMissing");
        }
        this.status = CertificateBatchStatus.GENERATING;
    }

    public void recordJob(long executionId) {
        this.jobExecutionId = executionId;
    }

    /** The job issued the last certificate. */
    public void finish(OffsetDateTime now) {
        if (status != CertificateBatchStatus.GENERATING) {
            throw new BusinessException("certificate.batch.notGenerating");
        }
        this.status = CertificateBatchStatus.ISSUED;
        this.issuedAt = now;
    }

    public void requireOpen() {
        if (status != CertificateBatchStatus.OPEN) {
            throw new BusinessException("certificate.batch.notOpen", batchNo);
        }
    }

    public boolean isOpen() {
        return status == CertificateBatchStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public CertificateSource getKind() {
        return kind;
    }

    public Unit getIssuer() {
        return issuer;
    }

    public CertificateBatchStatus getStatus() {
        return status;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public Long getSummaryFileId() {
        return summaryFileId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    /** A 历史证书 batch: the group's 文号 and 批准时间 are the records' own (SPEC §3.13). */
    public static CertificateBatch ofHistory(String batchNo, Unit issuer, String number, LocalDate date,
                                             String createdBy, OffsetDateTime now) {
        CertificateBatch batch = new CertificateBatch(batchNo, CertificateSource.HISTORY_RECORD, issuer, createdBy,
                now);
        batch.documentNumber = number;
        batch.approvalDate = date;
        return batch;
    }
}
