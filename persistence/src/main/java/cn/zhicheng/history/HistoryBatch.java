package cn.zhicheng.history;

import cn.zhicheng.org.Unit;
import cn.zhicheng.review.ReviewPosition;
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

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One upload (SPEC §3.13.2–3.13.4): the records a unit imported under one acquisition type and one 职称文件文号 at one
 * time (the 待提交 list groups by 文号 and import time). Submitted with the chosen 发证机构, the 任职资格文件 and the
 * review path computed from the unit hierarchy, it is reviewed level by level along that path.
 */
@Entity
@Table(name = "history_batch")
public class HistoryBatch {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "history_batch_seq", sequenceName = "history_batch_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_batch_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collecting_unit_id")
    private Unit collectingUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "acquisition_type", nullable = false, length = 16)
    private AcquisitionType acquisitionType;

    @Column(name = "document_number", nullable = false, length = DocumentNumber.MAX_LENGTH)
    private String documentNumber;

    @Column(name = "collector_login", nullable = false, length = 64)
    private String collectorLogin;

    @Column(name = "collector_name", length = 100)
    private String collectorName;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HistoryBatchStatus status = HistoryBatchStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_unit_id")
    private Unit issuer;

    /** The reviewing units' ids in order, comma-separated. */
    @Column(name = "review_path", length = 500)
    private String reviewPath;

    @Column(nullable = false)
    private int position;

    /** The unit at the current level while 审核中 (path[position]), for the reviewers' list query. */
    @Column(name = "review_unit_id")
    private Long reviewUnitId;

    /** The level of the current unit's internal (multi-post) sequence, SPEC §3.3: 1 when the batch enters a unit. */
    @Column(name = "review_level", nullable = false)
    private int reviewLevel = 1;

    @Column(name = "qualification_file_id")
    private Long qualificationFileId;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    /** The historical review activity of a committee's 上报 (SX); null for a unit's upload. */
    @Column(name = "activity_id")
    private Long activityId;

    @Version
    private long version;

    protected HistoryBatch() {
    }

    public HistoryBatch(Unit collectingUnit, AcquisitionType type, DocumentNumber documentNumber,
                        String collectorLogin, String collectorName, OffsetDateTime now) {
        this.collectingUnit = collectingUnit;
        this.acquisitionType = type;
        this.documentNumber = documentNumber.value();
        this.collectorLogin = collectorLogin;
        this.collectorName = collectorName;
        this.importedAt = now;
    }

    /**
     * A committee's 证书历史数据导入 for its historical activity (SX): 职称评审 certificates, collected under the
     * committee's formation unit, reported by the committee.
     */
    public static HistoryBatch forActivity(HistoryActivity activity, DocumentNumber documentNumber,
                                           String collectorLogin, String collectorName, OffsetDateTime now) {
        HistoryBatch batch = new HistoryBatch(activity.getCommittee().getFormationUnit(), AcquisitionType.REVIEW,
                documentNumber, collectorLogin, collectorName, now);
        batch.activityId = activity.getId();
        return batch;
    }

    public void startedAs(long instanceId) {
        this.jobInstanceId = instanceId;
    }

    /** 提交审核: to the first unit of the path. */
    public void submit(Unit issuer, List<Long> path, Long qualificationFileId, OffsetDateTime now) {
        requireStatus(HistoryBatchStatus.IN_REVIEW);
        if (issuer == null) {
            throw new BusinessException("history.submit.issuerRequired");
        }
        if (path == null || path.isEmpty()) {
            throw new BusinessException("history.submit.noPath");
        }
        if (qualificationFileId == null) {
            throw new BusinessException("history.submit.fileRequired");
        }
        this.issuer = issuer;
        this.reviewPath = path.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.position = 0;
        this.qualificationFileId = qualificationFileId;
        this.returnReason = null;
        this.submittedAt = now;
        this.status = HistoryBatchStatus.IN_REVIEW;
        this.reviewUnitId = path.get(0);
        this.reviewLevel = 1;
    }

    /**
     * Where the batch waits inside the current unit's internal sequence (SPEC §3.3), for the multi-post engine; null
     * when it is not under review.
     */
    public ReviewPosition reviewPosition() {
        return currentReviewerUnitId() == null ? null : ReviewPosition.of(reviewUnitId, reviewLevel);
    }

    /** 审核通过 at an internal level of the current unit: the batch stays there, at the engine's next level. */
    public void passLevel(Long reviewerUnitId, ReviewPosition next) {
        requireReviewer(reviewerUnitId);
        if (next == null || !next.isInUnit(reviewUnitId) || next.getLevel() <= reviewLevel) {
            throw new IllegalArgumentException("not a later level of unit " + reviewUnitId + ": " + next);
        }
        reviewLevel = next.getLevel();
    }

    /**
     * 审核通过 by the unit at the current level after its last internal step: on to the next unit of the path (at its
     * first internal level), or approved after the last (the issuer).
     */
    public void pass(Long reviewerUnitId, OffsetDateTime now) {
        requireReviewer(reviewerUnitId);
        reviewLevel = 1;
        if (position + 1 < path().size()) {
            position++;
            reviewUnitId = path().get(position);
        } else {
            status = HistoryBatchStatus.APPROVED;
            reviewUnitId = null;
            approvedAt = now;
        }
    }

    /** 审核退回 to the collecting unit, with the reason it shows. */
    public void returnWith(Long reviewerUnitId, String reason) {
        requireReviewer(reviewerUnitId);
        returnReason = reasonOf(reason);
        position = 0;
        reviewLevel = 1;
        reviewUnitId = null;
        status = HistoryBatchStatus.RETURNED;
    }

    /**
     * 退回 of problem records found by the issuer in 历史证书生成 → 批量发证 (SPEC §3.12, §3.13.4): they cannot stay in
     * this approved batch, so they leave it for a new batch of the same collecting unit, type and 文号, 已退回 with
     * the issuer's reason, which the collecting unit corrects and submits again like any returned batch. This batch
     * stays approved with its other records.
     *
     * @return the new, not yet persisted batch; the caller moves the records into it
     */
    public HistoryBatch splitReturned(String reason, OffsetDateTime now) {
        if (status != HistoryBatchStatus.APPROVED) {
            throw new BusinessException("history.batch.transition", status.name(), HistoryBatchStatus.RETURNED.name());
        }
        HistoryBatch part = new HistoryBatch();
        part.collectingUnit = collectingUnit;
        part.acquisitionType = acquisitionType;
        part.documentNumber = documentNumber;
        part.collectorLogin = collectorLogin;
        part.collectorName = collectorName;
        part.importedAt = now;
        part.activityId = activityId;
        part.issuer = issuer;
        part.reviewPath = reviewPath;
        part.qualificationFileId = qualificationFileId;
        part.submittedAt = submittedAt;
        part.returnReason = reasonOf(reason);
        part.status = HistoryBatchStatus.RETURNED;
        return part;
    }

    private static String reasonOf(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("history.return.reasonRequired");
        }
        if (trimmed.length() > REASON_MAX) {
            throw new BusinessException("history.return.reasonTooLong", REASON_MAX);
        }
        return trimmed;
    }

    /** Whether the unit reviews this batch now. */
    public boolean isAwaiting(Long unitId) {
        return status == HistoryBatchStatus.IN_REVIEW && unitId != null && unitId.equals(currentReviewerUnitId());
    }

    public Long currentReviewerUnitId() {
        return status == HistoryBatchStatus.IN_REVIEW ? reviewUnitId : null;
    }

    /** Records may be fixed or deleted and failed rows fixed into the batch. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("history.batch.notEditable");
        }
    }

    private void requireReviewer(Long unitId) {
        if (!isAwaiting(unitId)) {
            throw new BusinessException("history.review.notYours");
        }
    }

    private void requireStatus(HistoryBatchStatus target) {
        if (!status.canBecome(target)) {
            throw new BusinessException("history.batch.transition", status.name(), target.name());
        }
    }

    public List<Long> path() {
        return reviewPath == null || reviewPath.isEmpty() ? List.of()
                : Arrays.stream(reviewPath.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Unit getCollectingUnit() {
        return collectingUnit;
    }

    public AcquisitionType getAcquisitionType() {
        return acquisitionType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getCollectorLogin() {
        return collectorLogin;
    }

    public String getCollectorName() {
        return collectorName;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public HistoryBatchStatus getStatus() {
        return status;
    }

    public Unit getIssuer() {
        return issuer;
    }

    /** The internal (multi-post) level inside the current unit, from 1. */
    public int getReviewLevel() {
        return reviewLevel;
    }

    /** 0 for 待初审, 1 for 待复审, … */
    public int getPosition() {
        return position;
    }

    public Long getQualificationFileId() {
        return qualificationFileId;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Long getActivityId() {
        return activityId;
    }

    /** Imported and reported by a committee for a historical activity (SX 职称评审信息上报). */
    public boolean isCommitteeReport() {
        return activityId != null;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    /**
     * 职称确认审核 (SPEC §3.15.5): a 外省职称确认 or 证书核验 its last reviewing unit passed becomes historical certificate
     * data for issuance at once — a batch of that unit as collector and 发证机构, under the title's own 文号, approved
     * (待发证) as it is created: the unit's pass was the review, so its path is that unit alone.
     */
    public static HistoryBatch confirmedBy(Unit approvingUnit, ConfirmedTitle title, String approverLogin,
                                           String approverName, OffsetDateTime now) {
        HistoryBatch batch = new HistoryBatch();
        batch.collectingUnit = approvingUnit;
        batch.acquisitionType = title.acquisitionType();
        batch.documentNumber = title.documentNumber();
        batch.collectorLogin = approverLogin;
        batch.collectorName = approverName;
        batch.importedAt = now;
        batch.issuer = approvingUnit;
        batch.reviewPath = String.valueOf(java.util.Objects.requireNonNull(approvingUnit.getId()));
        batch.submittedAt = now;
        batch.approvedAt = now;
        batch.status = HistoryBatchStatus.APPROVED;
        return batch;
    }
}
