package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The activity's time windows (SPEC §3.7.2, §3.7.4, §4.1): 申报开始时间 &lt; 个人初次提交截止时间 ≤ 个人修改提交截止时间 ≤
 * 评委会接收申报截止时间, all required; the SX 主管部门审核起止日期 optional, both or neither, start ≤ end. Validated once
 * here, with one message per broken rule. Immutable: a change replaces the value.
 */
@Embeddable
public class ActivitySchedule implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "apply_start", nullable = false)
    private OffsetDateTime applyStart;

    @Column(name = "first_submit_deadline", nullable = false)
    private OffsetDateTime firstSubmitDeadline;

    @Column(name = "resubmit_deadline", nullable = false)
    private OffsetDateTime resubmitDeadline;

    @Column(name = "committee_deadline", nullable = false)
    private OffsetDateTime committeeDeadline;

    @Column(name = "dept_review_start")
    private LocalDate deptReviewStart;

    @Column(name = "dept_review_end")
    private LocalDate deptReviewEnd;

    protected ActivitySchedule() {
    }

    private ActivitySchedule(OffsetDateTime applyStart, OffsetDateTime firstSubmitDeadline,
                             OffsetDateTime resubmitDeadline, OffsetDateTime committeeDeadline,
                             LocalDate deptReviewStart, LocalDate deptReviewEnd) {
        this.applyStart = applyStart;
        this.firstSubmitDeadline = firstSubmitDeadline;
        this.resubmitDeadline = resubmitDeadline;
        this.committeeDeadline = committeeDeadline;
        this.deptReviewStart = deptReviewStart;
        this.deptReviewEnd = deptReviewEnd;
    }

    /** A valid schedule or the refusal naming the first broken rule. */
    public static ActivitySchedule of(OffsetDateTime applyStart, OffsetDateTime firstSubmitDeadline,
                                      OffsetDateTime resubmitDeadline, OffsetDateTime committeeDeadline,
                                      LocalDate deptReviewStart, LocalDate deptReviewEnd) {
        if (applyStart == null) {
            throw new BusinessException("activity.applyStart.required");
        }
        if (firstSubmitDeadline == null) {
            throw new BusinessException("activity.firstSubmitDeadline.required");
        }
        if (resubmitDeadline == null) {
            throw new BusinessException("activity.resubmitDeadline.required");
        }
        if (committeeDeadline == null) {
            throw new BusinessException("activity.committeeDeadline.required");
        }
        if (!applyStart.isBefore(firstSubmitDeadline)) {
            throw new BusinessException("activity.schedule.firstSubmitNotAfterStart");
        }
        if (resubmitDeadline.isBefore(firstSubmitDeadline)) {
            throw new BusinessException("activity.schedule.resubmitBeforeFirstSubmit");
        }
        if (committeeDeadline.isBefore(resubmitDeadline)) {
            throw new BusinessException("activity.schedule.committeeBeforeResubmit");
        }
        if ((deptReviewStart == null) != (deptReviewEnd == null)) {
            throw new BusinessException("activity.schedule.deptReviewIncomplete");
        }
        if (deptReviewStart != null && deptReviewEnd.isBefore(deptReviewStart)) {
            throw new BusinessException("activity.schedule.deptReviewEndBeforeStart");
        }
        return new ActivitySchedule(seconds(applyStart), seconds(firstSubmitDeadline), seconds(resubmitDeadline),
                seconds(committeeDeadline), deptReviewStart, deptReviewEnd);
    }

    /** Times are kept to the second, as they are shown (SPEC §4.1). */
    private static OffsetDateTime seconds(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * After publication only the deadlines may move, and only later (SPEC §3.7 rules: extended, never shortened, and
     * never to a time already past). The 申报开始时间 and the 主管部门 window stay.
     */
    public ActivitySchedule extendedTo(OffsetDateTime newFirstSubmit, OffsetDateTime newResubmit,
                                       OffsetDateTime newCommittee, OffsetDateTime now) {
        requireExtension(firstSubmitDeadline, newFirstSubmit, now);
        requireExtension(resubmitDeadline, newResubmit, now);
        requireExtension(committeeDeadline, newCommittee, now);
        return of(applyStart, newFirstSubmit, newResubmit, newCommittee, deptReviewStart, deptReviewEnd);
    }

    private static void requireExtension(OffsetDateTime before, OffsetDateTime after, OffsetDateTime now) {
        if (after == null) {
            throw new BusinessException("activity.deadline.required");
        }
        if (after.isBefore(before)) {
            throw new BusinessException("activity.deadline.shortened");
        }
        if (!after.isEqual(before) && after.isBefore(now)) {
            throw new BusinessException("activity.deadline.past");
        }
    }

    /** 申报材料接收中: from 申报开始时间 to 评委会接收申报截止时间. */
    public boolean isAcceptingOn(OffsetDateTime time) {
        return !time.isBefore(applyStart) && !time.isAfter(committeeDeadline);
    }

    public OffsetDateTime getApplyStart() {
        return applyStart;
    }

    public OffsetDateTime getFirstSubmitDeadline() {
        return firstSubmitDeadline;
    }

    public OffsetDateTime getResubmitDeadline() {
        return resubmitDeadline;
    }

    public OffsetDateTime getCommitteeDeadline() {
        return committeeDeadline;
    }

    public LocalDate getDeptReviewStart() {
        return deptReviewStart;
    }

    public LocalDate getDeptReviewEnd() {
        return deptReviewEnd;
    }

    /** Equal when every time denotes the same instant (the database may return another offset). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ActivitySchedule other
                && applyStart.isEqual(other.applyStart)
                && firstSubmitDeadline.isEqual(other.firstSubmitDeadline)
                && resubmitDeadline.isEqual(other.resubmitDeadline)
                && committeeDeadline.isEqual(other.committeeDeadline)
                && Objects.equals(deptReviewStart, other.deptReviewStart)
                && Objects.equals(deptReviewEnd, other.deptReviewEnd));
    }

    @Override
    public int hashCode() {
        return Objects.hash(applyStart.toInstant(), firstSubmitDeadline.toInstant(), resubmitDeadline.toInstant(),
                committeeDeadline.toInstant());
    }
}
