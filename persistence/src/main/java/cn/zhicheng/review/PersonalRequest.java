package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the applicant's own requests share (证书核验, 专技人才统计, 外省职称确认; SPEC §3.8.7, §3.8.9, §3.8.10): the applicant
 * who owns it, the status with its transitions, the units that review it in order (computed at submission) and the
 * current one, the last reviewer's opinion, and the attachments (image or PDF). Each kind adds its own fields and says
 * what a complete request needs ({@link #checkComplete}).
 */
@MappedSuperclass
public abstract class PersonalRequest {

    public static final int OPINION_MAX = 1000;
    public static final int ATTACHMENTS_MAX = 10;

    @Column(name = "applicant_account_id", nullable = false, updatable = false)
    private Long applicantAccountId;

    @Column(name = "applicant_name", nullable = false, length = 50)
    private String applicantName;

    @Column(name = "applicant_id_number", nullable = false, length = 30)
    private String applicantIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PersonalRequestStatus status = PersonalRequestStatus.DRAFT;

    /** The reviewing units' ids in order, comma-separated; set at each submission. */
    @Column(name = "review_path", length = 500)
    private String reviewPath;

    @Column(nullable = false)
    private int position;

    /** The unit the request waits at while 审核中 (path[position]), for the reviewers' list query. */
    @Column(name = "review_unit_id")
    private Long reviewUnitId;

    /** The reason of the last 退回 or 不通过, or the opinion of the final 通过. */
    @Column(name = "last_opinion", length = OPINION_MAX)
    private String lastOpinion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected PersonalRequest() {
    }

    protected PersonalRequest(Account applicant, OffsetDateTime now) {
        if (applicant.getIdNumber() == null) {
            throw new BusinessException("personalRequest.idNumberMissing");
        }
        this.applicantAccountId = Objects.requireNonNull(applicant.getId());
        this.applicantName = applicant.getDisplayName();
        this.applicantIdNumber = applicant.getIdNumber().value();
        this.createdAt = now;
    }

    /** The attachment ids, mutable: each kind maps its own collection table. */
    protected abstract List<Long> attachmentIdList();

    /** Whether 提交 needs at least one attachment (a certificate scan); true unless a kind says otherwise. */
    protected boolean attachmentsRequired() {
        return true;
    }

    /** Refuses an incomplete request at 提交 with the key of the first missing item. */
    protected abstract void checkComplete();

    // ---- the applicant ----

    public boolean isOwnedBy(Long accountId) {
        return applicantAccountId.equals(accountId);
    }

    /** Data may be changed now; else {@code personalRequest.notEditable}. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("personalRequest.notEditable");
        }
    }

    /** Adds an uploaded file (image or PDF, checked by the attachment service). */
    public void attach(Long attachmentId) {
        requireEditable();
        if (attachmentIdList().size() >= ATTACHMENTS_MAX) {
            throw new BusinessException("personalRequest.attachments.tooMany", ATTACHMENTS_MAX);
        }
        attachmentIdList().add(Objects.requireNonNull(attachmentId));
    }

    public void detach(Long attachmentId) {
        requireEditable();
        if (!attachmentIdList().remove(attachmentId)) {
            throw new BusinessException("personalRequest.attachments.notFound");
        }
    }

    /** 提交 (or resubmit after a return) to the first unit of the path. */
    public void submit(List<Long> path, OffsetDateTime now) {
        if (!status.canSubmit()) {
            throw new BusinessException("personalRequest.transition", status.name(), PersonalRequestStatus.SUBMITTED.name());
        }
        checkComplete();
        if (attachmentsRequired() && attachmentIdList().isEmpty()) {
            throw new BusinessException("personalRequest.attachments.required");
        }
        if (path == null || path.isEmpty()) {
            throw new BusinessException("personalRequest.noReviewer");
        }
        this.reviewPath = path.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.position = 0;
        this.reviewUnitId = path.get(0);
        this.submittedAt = now;
        this.decidedAt = null;
        this.status = PersonalRequestStatus.SUBMITTED;
    }

    /** 撤回 is allowed while no reviewing unit has acted on this submission. */
    public boolean canWithdraw() {
        return status == PersonalRequestStatus.SUBMITTED && position == 0;
    }

    /** 撤回: back to a draft the applicant may change. */
    public void withdraw() {
        if (!canWithdraw()) {
            throw new BusinessException("personalRequest.withdraw.notAllowed");
        }
        this.status = PersonalRequestStatus.DRAFT;
        this.reviewUnitId = null;
        this.position = 0;
    }

    /** 删除 of a draft; a submitted or decided request stays. */
    public void requireDiscardable() {
        if (status != PersonalRequestStatus.DRAFT) {
            throw new BusinessException("personalRequest.discard.notDraft");
        }
    }

    // ---- the reviewing units ----

    /** Whether the unit reviews the request now. */
    public boolean isAwaiting(Long unitId) {
        return status == PersonalRequestStatus.SUBMITTED && unitId != null && unitId.equals(reviewUnitId);
    }

    /** 通过 at the current unit: on to the next unit of the path, or 审核通过 after the last. */
    public void pass(Long unitId, String opinion, OffsetDateTime now) {
        requireReviewer(unitId);
        String checked = optionalOpinion(opinion);
        List<Long> path = path();
        if (position + 1 < path.size()) {
            position++;
            reviewUnitId = path.get(position);
        } else {
            status = PersonalRequestStatus.PASSED;
            reviewUnitId = null;
            decidedAt = now;
            lastOpinion = checked;
        }
    }

    /** 退回 to the applicant with the reason, who corrects and submits again. */
    public void returnWith(Long unitId, String reason) {
        requireReviewer(unitId);
        lastOpinion = requiredOpinion(reason);
        status = PersonalRequestStatus.RETURNED;
        reviewUnitId = null;
        position = 0;
    }

    /** 不通过: final. */
    public void reject(Long unitId, String reason, OffsetDateTime now) {
        requireReviewer(unitId);
        lastOpinion = requiredOpinion(reason);
        status = PersonalRequestStatus.REJECTED;
        reviewUnitId = null;
        decidedAt = now;
    }

    /** 审核通过 by the last unit of the path: final. */
    public boolean isPassed() {
        return status == PersonalRequestStatus.PASSED;
    }

    /** For what only a passed request yields (its historical certificate data, SPEC §3.15.5). */
    protected void requirePassed() {
        if (!isPassed()) {
            throw new IllegalStateException("not passed: " + status);
        }
    }

    private void requireReviewer(Long unitId) {
        if (!isAwaiting(unitId)) {
            throw new BusinessException("personalRequest.review.notYours");
        }
    }

    /** A reason for 退回 or 不通过: required, at most {@link #OPINION_MAX} characters. */
    public static String requiredOpinion(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("personalRequest.opinion.required");
        }
        return optionalOpinion(trimmed);
    }

    /** An opinion for 通过: optional (blank is none), at most {@link #OPINION_MAX} characters. */
    public static String optionalOpinion(String opinion) {
        String trimmed = opinion == null ? "" : opinion.strip();
        if (trimmed.length() > OPINION_MAX) {
            throw new BusinessException("personalRequest.opinion.tooLong", OPINION_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    // ---- shared field checks for the kinds ----

    protected static String requiredText(String value, int max, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException(key + ".required");
        }
        if (trimmed.length() > max) {
            throw new BusinessException(key + ".tooLong", max);
        }
        return trimmed;
    }

    protected static <T> T required(T value, String key) {
        if (value == null) {
            throw new BusinessException(key + ".required");
        }
        return value;
    }

    public List<Long> path() {
        return reviewPath == null || reviewPath.isEmpty() ? List.of()
                : Arrays.stream(reviewPath.split(",")).map(Long::valueOf).toList();
    }

    public List<Long> getAttachmentIds() {
        return List.copyOf(attachmentIdList());
    }

    public Long getApplicantAccountId() {
        return applicantAccountId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public PersonalRequestStatus getStatus() {
        return status;
    }

    public int getPosition() {
        return position;
    }

    public Long getReviewUnitId() {
        return reviewUnitId;
    }

    public String getLastOpinion() {
        return lastOpinion;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
