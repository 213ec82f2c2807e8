package cn.zhicheng.expert;

import cn.zhicheng.committee.Committee;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An expert's place in one committee's pool (专家库): status and 评委会职务. An expert may sit in several pools.
 * The committee filing counts a committee's members here (SPEC §5 minimum sizes). The transitions are those of
 * {@link PoolStatus}; each method refuses an action the current status does not allow.
 */
@Entity
@Table(name = "pool_member")
@NamedQuery(name = PoolMember.COUNT_BY_COMMITTEE_AND_STATUS,
        query = "select count(m) from PoolMember m where m.committee = :committee and m.status in :statuses")
@NamedQuery(name = PoolMember.FIND_BY_COMMITTEE_AND_STATUS, query = "select m from PoolMember m join fetch m.expert "
        + "where m.committee = :committee and m.status in :statuses")
@NamedQuery(name = PoolMember.FIND_BY_COMMITTEE_AND_EXPERT,
        query = "select m from PoolMember m where m.committee = :committee and m.expert = :expert")
public class PoolMember {

    public static final String COUNT_BY_COMMITTEE_AND_STATUS = "PoolMember.countByCommitteeAndStatus";
    public static final String FIND_BY_COMMITTEE_AND_STATUS = "PoolMember.findByCommitteeAndStatus";
    public static final String FIND_BY_COMMITTEE_AND_EXPERT = "PoolMember.findByCommitteeAndExpert";
    public static final int RETURN_REASON_MAX = 300;

    @Id
    @SequenceGenerator(name = "pool_member_seq", sequenceName = "pool_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_member_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id")
    private Expert expert;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PoolStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitteePost post;

    /** The unit whose staff added the member (本单位新增 vs 下级单位推荐); null for members added otherwise. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_unit_id")
    private Unit addedByUnit;

    /** The unit that reviews the member while it is 待审核, fixed at submission. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewing_unit_id")
    private Unit reviewingUnit;

    @Column(name = "return_reason", length = RETURN_REASON_MAX)
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected PoolMember() {
    }

    /** A member added by a committee's initial list or otherwise outside the unit flow: 待提交. */
    public PoolMember(Committee committee, Expert expert, CommitteePost post, OffsetDateTime now) {
        this(committee, expert, post, null, PoolStatus.DRAFT, now);
    }

    private PoolMember(Committee committee, Expert expert, CommitteePost post, Unit addedByUnit, PoolStatus status,
                       OffsetDateTime now) {
        this.committee = Objects.requireNonNull(committee);
        this.expert = Objects.requireNonNull(expert);
        this.post = Objects.requireNonNull(post);
        this.addedByUnit = addedByUnit;
        this.status = status;
        this.createdAt = now;
    }

    /** 本单位新增待提交: added by a unit's staff (single add or import). */
    public static PoolMember addedBy(Unit unit, Committee committee, Expert expert, CommitteePost post,
                                     OffsetDateTime now) {
        return new PoolMember(committee, expert, post, Objects.requireNonNull(unit), PoolStatus.DRAFT, now);
    }

    /** 待完善 (HB): created by a committee code account; the expert completes the profile and submits it. */
    public static PoolMember toBeCompleted(Committee committee, Expert expert, CommitteePost post,
                                           OffsetDateTime now) {
        return new PoolMember(committee, expert, post, null, PoolStatus.TO_COMPLETE, now);
    }

    /** The unit submits a draft or a returned member for review by {@code reviewer}. */
    public void submit(Unit reviewer, OffsetDateTime now) {
        this.status = next(PoolStatus.Action.SUBMIT);
        this.reviewingUnit = Objects.requireNonNull(reviewer);
        this.returnReason = null;
        this.submittedAt = now;
    }

    /** The expert's 提交审批 of a member waiting for completion or returned. Needs a complete profile. */
    public void submitByExpert(Unit reviewer, OffsetDateTime now) {
        PoolStatus target = next(PoolStatus.Action.EXPERT_SUBMIT);
        if (!expert.isComplete()) {
            throw new BusinessException("expert.profile.incomplete");
        }
        this.status = target;
        this.reviewingUnit = Objects.requireNonNull(reviewer);
        this.returnReason = null;
        this.submittedAt = now;
    }

    public void approve(OffsetDateTime now) {
        this.status = next(PoolStatus.Action.APPROVE);
        this.reviewedAt = now;
    }

    public void returnWith(String reason, OffsetDateTime now) {
        PoolStatus target = next(PoolStatus.Action.RETURN);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("expert.return.reasonRequired");
        }
        if (reason.strip().length() > RETURN_REASON_MAX) {
            throw new BusinessException("expert.return.reasonTooLong", RETURN_REASON_MAX);
        }
        this.status = target;
        this.returnReason = reason.strip();
        this.reviewedAt = now;
    }

    /** Refuses unless the member may still be edited (待提交, 待完善, 已退回). */
    public void requireEditable() {
        next(PoolStatus.Action.EDIT);
    }

    /** Refuses unless the member is a draft (only drafts are deleted). */
    public void requireDeletable() {
        next(PoolStatus.Action.DELETE);
    }

    public void changePost(CommitteePost newPost) {
        requireEditable();
        this.post = Objects.requireNonNull(newPost);
    }

    private PoolStatus next(PoolStatus.Action action) {
        PoolStatus target = status.after(action);
        if (target == null) {
            throw new BusinessException("expert.pool.transition", status.name(), action.name());
        }
        return target;
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Expert getExpert() {
        return expert;
    }

    public PoolStatus getStatus() {
        return status;
    }

    public CommitteePost getPost() {
        return post;
    }

    public Unit getAddedByUnit() {
        return addedByUnit;
    }

    public Unit getReviewingUnit() {
        return reviewingUnit;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
