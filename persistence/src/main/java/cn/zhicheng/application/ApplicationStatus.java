package cn.zhicheng.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (SPEC §3.8.6, §3.9). The applicant edits only a {@link #DRAFT} or a {@link #RETURNED}
 * one; a {@link #SUBMITTED} one nobody has acted on yet can be withdrawn; {@link #REJECTED} is final for the activity
 * year (SPEC §4.2). A 职称初定 application has no committee: after its chain it is ACCEPTED by the issuing
 * authority. All allowed moves are listed here and nowhere else. Labels: {@code ApplicationStatus.NAME}.
 */
public enum ApplicationStatus {
    /** 草稿 (暂存): being filled. */
    DRAFT,
    /** 已提交: waiting at the employer, untouched — may still be withdrawn. */
    SUBMITTED,
    /** 审核中: a reviewer along the chain has acted. */
    IN_REVIEW,
    /** 退回修改: back with the applicant, to be corrected and resubmitted before the deadline. */
    RETURNED,
    /** 待资格审核: passed by the last unit of the chain, waiting at the committee (SPEC §3.9.5). */
    AT_COMMITTEE,
    /** 评委会已接收: accepted by the committee for the meeting. */
    ACCEPTED,
    /** 审核不通过: final for that activity year. */
    REJECTED;

    private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    /** The moves allowed from this status. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case RETURNED -> EnumSet.of(SUBMITTED, AT_COMMITTEE);
            case SUBMITTED -> EnumSet.of(DRAFT, IN_REVIEW, AT_COMMITTEE, RETURNED, REJECTED, ACCEPTED);
            case IN_REVIEW -> EnumSet.of(IN_REVIEW, AT_COMMITTEE, RETURNED, REJECTED, ACCEPTED);
            case AT_COMMITTEE -> EnumSet.of(RETURNED, REJECTED, ACCEPTED);
            case ACCEPTED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canBecome(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The applicant may change sections and files. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /**
     * 评审人员统计 (SPEC §3.15.2): the units may still change the level and 申报方式 — submitted and on its way, up to
     * the committee's acceptance.
     */
    public boolean allowsEvaluationChange() {
        return this == SUBMITTED || this == IN_REVIEW || this == AT_COMMITTEE;
    }

    /** Waiting at a unit of the review chain (SPEC §3.9.6 待审核@node n). */
    public boolean isUnderUnitReview() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** Counts against "one active application" (SPEC §4.2): everything but a final refusal. */
    public boolean isActive() {
        return this != REJECTED;
    }
}
