package cn.zhicheng.application;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.ActivityStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitStatus;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import cn.zhicheng.shared.Times;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A title application (申报, SPEC §3.8): who applies, through which employer, for which series, level, specialty and
 * qualification, by which 评价方式 and 申报类别, and — for 申报评审 — to which committee's activity. The applicant
 * edits it while it is a draft or returned, submits it within the activity's deadlines (SPEC §4.1), may withdraw it
 * until a reviewer acts, and then sees it move along the review chain ({@link #position}).
 */
@Entity
@EntityListeners(ListChanges.class)
@Table(name = "application")
public class Application {

    public static final int OPINION_MAX = 1000;
    public static final int SPECIALTY_MAX = 50;

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "applicant_name", nullable = false, length = 50)
    private String applicantName;

    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Unit employer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level", nullable = false, length = 16)
    private TitleLevel level;

    @Column(nullable = false, length = SPECIALTY_MAX)
    private String specialty;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "qualification_id")
    private TitleQualification qualification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationRoute route;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "unitId", column = @Column(name = "review_unit_id")),
            @AttributeOverride(name = "level", column = @Column(name = "review_level"))})
    private ReviewPosition position;

    /** 委托评审: the committee's region does not cover the employer (SPEC §3.8.3). */
    @Column(name = "needs_entrust", nullable = false)
    private boolean needsEntrust;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "first_submitted_at")
    private OffsetDateTime firstSubmittedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    /** The personal resubmission deadline a returning reviewer set (SPEC §4.1, SX); else the activity's. */
    @Column(name = "return_deadline")
    private OffsetDateTime returnDeadline;

    @Column(name = "last_opinion", length = OPINION_MAX)
    private String lastOpinion;

    /**
     * The committee's last decision (SPEC §3.9.5): {@link ApplicationStatus#ACCEPTED}, {@link ApplicationStatus#RETURNED}
     * or {@link ApplicationStatus#REJECTED}; null until the committee decides. A resubmission after a committee return
     * is the committee's 二次申报.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "committee_decision", length = 16)
    private ApplicationStatus committeeDecision;

    @Version
    private long version;

    /** The units of the review chain (SPEC §3.9.1), comma-separated ids in order, fixed at each submission. */
    @Column(name = "review_path", length = 400)
    private String reviewPath;

    /** The unit that last returned the application to the applicant (resubmitRoute TO_RETURNING_NODE). */
    @Column(name = "returning_unit_id")
    private Long returningUnitId;

    /** The higher unit that sent the application back down to the unit it waits at (上级单位退回，重审). */
    @Column(name = "returned_by_unit_id")
    private Long returnedByUnitId;

    /** The employer's 公示证明附件 (SPEC §3.9.4, required to pass at the employer). */
    @Column(name = "publicity_file_id")
    private Long publicityFileId;

    /** The employer's 单位综合推荐意见 (required to pass at the employer). */
    @Column(name = "recommendation_file_id")
    private Long recommendationFileId;

    /** The employer's 事业单位岗位情况表 (optional). */
    @Column(name = "post_table_file_id")
    private Long postTableFileId;

    /** 是否委托评审, decided by a 主管部门 or 人社部门 when it passes the application; null until then. */
    @Column(name = "entrusted")
    private Boolean entrusted;

    @Column(name = "entrust_letter_id")
    private Long entrustLetterId;

    @Column(name = "entrusted_by_unit_id")
    private Long entrustedByUnitId;

    /** 审核待定 (HB, SPEC §3.9.2): parked by the unit it waits at; every move of the application clears it. */
    @Column(name = "parked_at")
    private OffsetDateTime parkedAt;

    protected Application() {
    }

    /** 立即申报 (SPEC §3.8.3): a draft for this person, checked against the setup's consistency rules. */
    public Application(Applicant applicant, Unit employer, ApplicationKind kind, Activity activity,
                       TitleQualification qualification, String specialty, ApplicationRoute route,
                       boolean needsEntrust, OffsetDateTime now) {
        this.applicantId = Objects.requireNonNull(applicant.accountId());
        this.applicantName = applicant.name();
        this.idNumber = applicant.idNumber();
        if (employer == null) {
            throw new BusinessException("application.employer.required");
        }
        if (employer.getStatus() != UnitStatus.AUTHORIZED) {
            throw new BusinessException("application.employer.notActive", employer.getName());
        }
        if (kind == null) {
            throw new BusinessException("application.kind.required");
        }
        if (qualification == null) {
            throw new BusinessException("application.qualification.required");
        }
        if (!qualification.isActive()) {
            throw new BusinessException("application.qualification.retired", qualification.getName());
        }
        if (route == null) {
            throw new BusinessException("application.route.required");
        }
        String cleanSpecialty = specialty == null ? "" : specialty.strip();
        if (cleanSpecialty.isEmpty()) {
            throw new BusinessException("application.specialty.required");
        }
        if (cleanSpecialty.length() > SPECIALTY_MAX) {
            throw new BusinessException("application.specialty.tooLong", SPECIALTY_MAX);
        }
        if (kind == ApplicationKind.REVIEW) {
            if (activity == null) {
                throw new BusinessException("application.activity.required");
            }
            ActivitySchedule schedule = activity.getSchedule();
            if (activity.getStatus() != ActivityStatus.PUBLISHED || now.isBefore(schedule.getApplyStart())
                    || now.isAfter(schedule.getFirstSubmitDeadline())) {
                throw new BusinessException("application.activity.closed", activity.getName());
            }
            if (!activity.getCommittee().getSeries().equals(qualification.getSeries())
                    || !activity.getLevels().contains(qualification.getLevel())) {
                throw new BusinessException("application.activity.mismatch", activity.getName());
            }
            this.activity = activity;
            this.committee = activity.getCommittee();
            this.year = activity.getYear();
        } else {
            this.year = now.getYear();
        }
        this.employer = employer;
        this.kind = kind;
        this.qualification = qualification;
        this.series = qualification.getSeries();
        this.level = qualification.getLevel();
        this.specialty = cleanSpecialty;
        this.route = route;
        this.needsEntrust = kind == ApplicationKind.REVIEW && needsEntrust;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The person behind an application, as the account knows them (name and ID number cannot change, SPEC §3.8.1). */
    public record Applicant(Long accountId, String name, String idNumber) {
    }

    /** Only the applicant themself works on their application (SPEC §2.6). */
    public void requireOwnedBy(Long accountId) {
        if (!applicantId.equals(accountId)) {
            throw new BusinessException("application.notFound");
        }
    }

    public void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("application.notEditable");
        }
    }

    /**
     * The deadline that applies to the next submission (SPEC §4.1, §3.8.6): none for 职称初定; the first submission
     * until 个人初次提交截止时间; any later one (after a return or a withdrawal) until the reviewer's personal deadline
     * or else 个人修改提交截止时间.
     */
    public OffsetDateTime submitDeadline() {
        if (activity == null) {
            return null;
        }
        ActivitySchedule schedule = activity.getSchedule();
        if (firstSubmittedAt == null) {
            return schedule.getFirstSubmitDeadline();
        }
        return returnDeadline != null ? returnDeadline : schedule.getResubmitDeadline();
    }

    /** 提交: to the employer's first review level; completeness is checked by {@link ApplicationForm} first. */
    public void submit(OffsetDateTime now) {
        submit(now, ResubmitRoute.FROM_START);
    }

    /**
     * 提交 or 重新提交 (SPEC §3.9.6): the first submission and, with {@code FROM_START}, every resubmission go to the
     * employer's first level; with {@code TO_RETURNING_NODE} a resubmission goes straight back to the unit that
     * returned it.
     */
    public void submit(OffsetDateTime now, ResubmitRoute resubmitRoute) {
        boolean toReturningNode = status == ApplicationStatus.RETURNED
                && resubmitRoute == ResubmitRoute.TO_RETURNING_NODE;
        if (toReturningNode && committeeDecision == ApplicationStatus.RETURNED) {
            resubmitToCommittee(now);
            return;
        }
        Long resumeAt = toReturningNode ? returningUnitId : null;
        submitToEmployer(now);
        if (resumeAt != null) {
            this.position = ReviewPosition.firstLevelOf(resumeAt);
        }
    }

    private void submitToEmployer(OffsetDateTime now) {
        requireEditable();
        if (activity != null && now.isBefore(activity.getSchedule().getApplyStart())) {
            throw new BusinessException("application.submit.notOpen");
        }
        OffsetDateTime deadline = submitDeadline();
        if (deadline != null && now.isAfter(deadline)) {
            throw new BusinessException("application.submit.deadlinePassed", Times.display(deadline));
        }
        if (employer.getStatus() != UnitStatus.AUTHORIZED) {
            throw new BusinessException("application.employer.notActive", employer.getName());
        }
        moveTo(ApplicationStatus.SUBMITTED);
        this.position = ReviewPosition.firstLevelOf(employer.getId());
        this.submittedAt = now;
        if (firstSubmittedAt == null) {
            this.firstSubmittedAt = now;
        }
    }

    /** 二次申报 (SPEC §3.9.5): corrected after the committee's return, straight back to the committee. */
    private void resubmitToCommittee(OffsetDateTime now) {
        OffsetDateTime deadline = submitDeadline();
        if (deadline != null && now.isAfter(deadline)) {
            throw new BusinessException("application.submit.deadlinePassed", Times.display(deadline));
        }
        moveTo(ApplicationStatus.AT_COMMITTEE);
        this.position = null;
        this.submittedAt = now;
    }

    /** Waiting for the committee's 资格审核 (SPEC §3.9.5): only then may the committee decide. */
    public boolean isAtCommittee() {
        return status == ApplicationStatus.AT_COMMITTEE;
    }

    /** 二次申报: back at the committee after the committee returned it. */
    public boolean isResubmittedToCommittee() {
        return isAtCommittee() && committeeDecision == ApplicationStatus.RETURNED;
    }

    private void requireAtCommittee() {
        if (!isAtCommittee()) {
            throw new BusinessException("review.qualification.notWaiting");
        }
    }

    /** 审核通过 by the committee: 已接收, eligible for the meeting (SPEC §3.9.5, §3.10). Opinion optional. */
    public void acceptByCommittee(String opinion) {
        requireAtCommittee();
        String text = opinion(opinion, false);
        moveTo(ApplicationStatus.ACCEPTED);
        this.committeeDecision = ApplicationStatus.ACCEPTED;
        this.lastOpinion = text;
    }

    /**
     * 退回修改 by the committee (SPEC §3.9.4): reason and the 个人修改提交截止时间 from the pop-up are required; the
     * deadline must lie in the future.
     */
    public void returnByCommittee(String opinion, OffsetDateTime personalDeadline, OffsetDateTime now) {
        requireAtCommittee();
        if (personalDeadline == null) {
            throw new BusinessException("review.qualification.deadline.required");
        }
        returnForRevision(opinion, personalDeadline, now);
        this.committeeDecision = ApplicationStatus.RETURNED;
    }

    /** 审核不通过 by the committee: final, bars the applicant for the year (SPEC §4.2). Reason required. */
    public void rejectByCommittee(String opinion) {
        requireAtCommittee();
        String text = opinion(opinion, true);
        moveTo(ApplicationStatus.REJECTED);
        this.committeeDecision = ApplicationStatus.REJECTED;
        this.position = null;
        this.lastOpinion = text;
    }

    private static String opinion(String opinion, boolean required) {
        String text = opinion == null ? "" : opinion.strip();
        if (required && text.isEmpty()) {
            throw new BusinessException("application.opinion.required");
        }
        if (text.length() > OPINION_MAX) {
            throw new BusinessException("application.opinion.tooLong", OPINION_MAX);
        }
        return text.isEmpty() ? null : text;
    }

    /** 撤回: only while nobody has acted on it (SPEC §3.8.6); back to a draft. */
    public void withdraw() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new BusinessException("application.withdraw.tooLate");
        }
        moveTo(ApplicationStatus.DRAFT);
        this.position = null;
        this.submittedAt = null;
    }

    /** 废弃 deletes drafts only (SPEC §4.2): a submitted application is withdrawn, never deleted. */
    public void requireDiscardable() {
        if (status != ApplicationStatus.DRAFT) {
            throw new BusinessException("application.discard.notDraft");
        }
    }

    /**
     * 退回修改 to the applicant (SPEC §3.9, used by the review chain): with a reason and, where the province lets the
     * reviewer set one, a personal resubmission deadline.
     */
    public void returnForRevision(String opinion, OffsetDateTime personalDeadline, OffsetDateTime now) {
        String reason = opinion == null ? "" : opinion.strip();
        if (reason.isEmpty()) {
            throw new BusinessException("application.opinion.required");
        }
        if (reason.length() > OPINION_MAX) {
            throw new BusinessException("application.opinion.tooLong", OPINION_MAX);
        }
        if (personalDeadline != null && !personalDeadline.isAfter(now)) {
            throw new BusinessException("application.return.deadlinePast");
        }
        Long returning = position == null ? null : position.getUnitId();
        moveTo(ApplicationStatus.RETURNED);
        this.returningUnitId = returning;
        this.returnedByUnitId = null;
        this.position = null;
        this.lastOpinion = reason;
        this.returnedAt = now;
        this.returnDeadline = personalDeadline;
        // a unit's return: the correction goes back along the chain, not straight to the committee
        this.committeeDecision = null;
    }

    /**
     * 评审人员统计 【修改】 (SPEC §3.15.2): a unit sets another level (through a qualification of the same series,
     * offered by the activity) and 申报方式 before the committee accepts the application. Returns what it was, for the
     * flow log, e.g. "副高级 主任医师 / NORMAL".
     */
    public String changeEvaluation(TitleQualification newQualification, ApplicationRoute newRoute) {
        if (!status.allowsEvaluationChange()) {
            throw new BusinessException("application.evaluation.notChangeable");
        }
        if (newQualification == null) {
            throw new BusinessException("application.qualification.required");
        }
        if (newRoute == null) {
            throw new BusinessException("application.route.required");
        }
        if (!newQualification.isActive()) {
            throw new BusinessException("application.qualification.retired", newQualification.getName());
        }
        if (!newQualification.getSeries().equals(series)
                || (activity != null && !activity.getLevels().contains(newQualification.getLevel()))) {
            throw new BusinessException("application.evaluation.notOffered", newQualification.getName());
        }
        if (newQualification.equals(qualification) && newRoute == route) {
            throw new BusinessException("application.evaluation.unchanged");
        }
        String former = evaluationLabel();
        this.qualification = newQualification;
        this.level = newQualification.getLevel();
        this.route = newRoute;
        return former;
    }

    /** Level, qualification and 申报方式 as the flow log records them. */
    public String evaluationLabel() {
        return level + " " + qualification.getName() + " / " + route;
    }

    // ---- the unit review chain (SPEC §3.9.1–§3.9.4) ----

    /**
     * Fixes the units of the chain at submission. The chain starts at the employer (node 1), or, in the SX chain
     * without employer review (SPEC §3.9.1, {@code application.employerReviewsFirst} off), at the 主管部门: a submitted
     * application waiting outside the chain then moves to the chain's first unit.
     */
    public void routeThrough(List<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one unit: " + unitIds);
        }
        this.reviewPath = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (position != null && !unitIds.contains(position.getUnitId())) {
            this.position = ReviewPosition.firstLevelOf(unitIds.get(0));
        }
    }

    /**
     * 主管部门审核起止日期 (SX, SPEC §3.9.1, §3.9.7): a 主管部门 decides only from the start date to the end date
     * (inclusive) of the activity's window, when the activity sets one.
     */
    public void requireDepartmentReviewOpen(LocalDate today) {
        if (activity == null) {
            return;
        }
        LocalDate start = activity.getSchedule().getDeptReviewStart();
        LocalDate end = activity.getSchedule().getDeptReviewEnd();
        if (start != null && end != null && (today.isBefore(start) || today.isAfter(end))) {
            throw new BusinessException("review.application.departmentReviewClosed", start.toString(),
                    end.toString());
        }
    }

    /** The units of the chain in order; the employer alone before a chain was fixed. */
    public List<Long> reviewPath() {
        if (reviewPath == null || reviewPath.isBlank()) {
            return List.of(employer.getId());
        }
        return Arrays.stream(reviewPath.split(",")).map(Long::valueOf).toList();
    }

    public boolean isOnPath(Long unitId) {
        return reviewPath().contains(unitId);
    }

    /** True while the application waits in this unit (at any of its posts). */
    public boolean isWaitingAt(Long unitId) {
        return status.isUnderUnitReview() && position != null && position.isInUnit(unitId);
    }

    /** A reviewer acts only on an application waiting at their unit (SPEC §4.3). */
    public void requireWaitingAt(Long unitId) {
        if (!isWaitingAt(unitId)) {
            throw new BusinessException("review.application.notWaiting");
        }
    }

    /** True at the chain's first unit: the employer, where the recommendation files are needed (SPEC §3.9.4). */
    public boolean isAtEmployer() {
        return position != null && position.isInUnit(employer.getId());
    }

    /** The units a higher unit may return the application to: the lower units of the path (SPEC §3.9.4). */
    public List<Long> unitsBelowCurrent() {
        List<Long> path = reviewPath();
        int index = position == null ? -1 : path.indexOf(position.getUnitId());
        return index <= 0 ? List.of() : path.subList(0, index);
    }

    /** The unit after the current one on the path; empty at the last unit. */
    public Optional<Long> nextUnit() {
        List<Long> path = reviewPath();
        int index = position == null ? -1 : path.indexOf(position.getUnitId());
        return index >= 0 && index + 1 < path.size() ? Optional.of(path.get(index + 1)) : Optional.empty();
    }

    /** 审核通过 at a post with a later post in the same unit. */
    public void passToLevel(ReviewPosition next) {
        if (position == null || !Objects.equals(next.getUnitId(), position.getUnitId())) {
            throw new IllegalArgumentException("a level pass stays in the unit: " + position + " -> " + next);
        }
        moveTo(ApplicationStatus.IN_REVIEW);
        this.position = next;
    }

    /**
     * 审核通过 at the unit's last post: to the next unit of the path; after the last unit to the committee
     * (待资格审核) within 评委会接收申报截止时间, or for 职称初定 to ACCEPTED (ready for 初定发证).
     */
    public void passOutOfUnit(OffsetDateTime now) {
        if (position == null) {
            throw new BusinessException("review.application.notWaiting");
        }
        if (isAtEmployer() && (publicityFileId == null || recommendationFileId == null)) {
            throw new BusinessException("review.application.employerFilesRequired");
        }
        Optional<Long> next = nextUnit();
        if (next.isPresent()) {
            moveTo(ApplicationStatus.IN_REVIEW);
            this.position = ReviewPosition.firstLevelOf(next.get());
        } else if (kind == ApplicationKind.REVIEW) {
            OffsetDateTime deadline = activity.getSchedule().getCommitteeDeadline();
            if (now.isAfter(deadline)) {
                throw new BusinessException("review.application.committeeDeadlinePassed", Times.display(deadline));
            }
            moveTo(ApplicationStatus.AT_COMMITTEE);
            this.position = null;
        } else {
            moveTo(ApplicationStatus.ACCEPTED);
            this.position = null;
        }
        this.returnedByUnitId = null;
    }

    /** 退回修改 from a higher unit to a lower unit of the path (shown there as 上级单位退回，重审). */
    public void returnToUnit(Long unitId, String opinion) {
        if (!unitsBelowCurrent().contains(unitId)) {
            throw new BusinessException("review.application.returnNodeInvalid");
        }
        String reason = requiredOpinion(opinion);
        Long from = position.getUnitId();
        moveTo(ApplicationStatus.IN_REVIEW);
        this.position = ReviewPosition.firstLevelOf(unitId);
        this.returnedByUnitId = from;
        this.lastOpinion = reason;
    }

    /** 审核不通过: final for the year (SPEC §3.9.4). */
    public void reject(String opinion) {
        String reason = requiredOpinion(opinion);
        moveTo(ApplicationStatus.REJECTED);
        this.position = null;
        this.returnedByUnitId = null;
        this.lastOpinion = reason;
    }

    /**
     * 审核待定 (HB tab, SPEC §3.9.2; implied: parked items awaiting a decision): the unit it waits at sets it aside;
     * it stays at the same unit and post until a decision (通过 / 退回 / 不通过) moves it, which ends the parking.
     */
    public void park(OffsetDateTime now) {
        if (!status.isUnderUnitReview() || position == null) {
            throw new BusinessException("review.application.notWaiting");
        }
        if (parkedAt != null) {
            throw new BusinessException("review.application.alreadyParked");
        }
        this.parkedAt = Objects.requireNonNull(now);
    }

    public boolean isParked() {
        return parkedAt != null;
    }

    public OffsetDateTime getParkedAt() {
        return parkedAt;
    }

    /** The employer's recommendation and publicity files (SPEC §3.9.4); null clears the optional one. */
    public void attachEmployerFile(EmployerFile kind, Long attachmentId) {
        if (!isAtEmployer()) {
            throw new BusinessException("review.application.notAtEmployer");
        }
        switch (kind) {
            case PUBLICITY -> this.publicityFileId = Objects.requireNonNull(attachmentId);
            case RECOMMENDATION -> this.recommendationFileId = Objects.requireNonNull(attachmentId);
            case POST_TABLE -> this.postTableFileId = attachmentId;
        }
    }

    /** 是否委托评审 of a 主管部门 / 人社部门 (SPEC §3.9.4): 是 needs the 委托评审函. */
    public void decideEntrust(boolean entrust, Long letterId, Long unitId) {
        if (entrust && letterId == null) {
            throw new BusinessException("review.application.entrustLetterRequired");
        }
        this.entrusted = entrust;
        this.entrustLetterId = entrust ? letterId : null;
        this.entrustedByUnitId = entrust ? unitId : null;
    }

    /** The employer's files for the review (SPEC §3.9.4). */
    public enum EmployerFile {
        /** 公示证明附件 (必传) */
        PUBLICITY,
        /** 单位综合推荐意见 (必传) */
        RECOMMENDATION,
        /** 事业单位岗位情况表 (optional) */
        POST_TABLE
    }

    private static String requiredOpinion(String opinion) {
        String reason = opinion == null ? "" : opinion.strip();
        if (reason.isEmpty()) {
            throw new BusinessException("application.opinion.required");
        }
        if (reason.length() > OPINION_MAX) {
            throw new BusinessException("application.opinion.tooLong", OPINION_MAX);
        }
        return reason;
    }

    /** An optional 通过 opinion, checked for length; null when blank. */
    public void notePassOpinion(String opinion) {
        String text = opinion == null ? "" : opinion.strip();
        if (text.length() > OPINION_MAX) {
            throw new BusinessException("application.opinion.tooLong", OPINION_MAX);
        }
        if (!text.isEmpty()) {
            this.lastOpinion = text;
        }
    }

    public Long getReturningUnitId() {
        return returningUnitId;
    }

    public Long getReturnedByUnitId() {
        return returnedByUnitId;
    }

    public Long getPublicityFileId() {
        return publicityFileId;
    }

    public Long getRecommendationFileId() {
        return recommendationFileId;
    }

    public Long getPostTableFileId() {
        return postTableFileId;
    }

    public Boolean getEntrusted() {
        return entrusted;
    }

    public Long getEntrustLetterId() {
        return entrustLetterId;
    }

    public Long getEntrustedByUnitId() {
        return entrustedByUnitId;
    }

    private void moveTo(ApplicationStatus target) {
        if (!status.canBecome(target)) {
            throw new BusinessException("application.status.transition", status, target);
        }
        this.status = target;
        this.parkedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public Unit getEmployer() {
        return employer;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Activity getActivity() {
        return activity;
    }

    public Committee getCommittee() {
        return committee;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getSpecialty() {
        return specialty;
    }

    public TitleQualification getQualification() {
        return qualification;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public int getYear() {
        return year;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public ReviewPosition getPosition() {
        return position;
    }

    public boolean isNeedsEntrust() {
        return needsEntrust;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public OffsetDateTime getReturnDeadline() {
        return returnDeadline;
    }

    public String getLastOpinion() {
        return lastOpinion;
    }

    public ApplicationStatus getCommitteeDecision() {
        return committeeDecision;
    }

    public long getVersion() {
        return version;
    }
}
