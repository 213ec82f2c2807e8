package cn.zhicheng.review;

import cn.zhicheng.application.ApplicationStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status groups the application queries filter by (SPEC §3.15): drafts are never listed (they are the
 * applicant's own). {@link #PASSED_DEPARTMENT} is the 花名表's set (SPEC §3.15.3: passed by the 主管部门, i.e. at or
 * accepted by the committee). Labels: {@code StatusGroup.NAME}.
 */
public enum StatusGroup {
    /** 全部: everything submitted at least once. */
    ALL(EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT))),
    /** 审核中: along the unit chain. */
    IN_CHAIN(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW)),
    /** 已退回 */
    RETURNED(EnumSet.of(ApplicationStatus.RETURNED)),
    /** 主管部门审核通过: at the committee or accepted by it. */
    PASSED_DEPARTMENT(EnumSet.of(ApplicationStatus.AT_COMMITTEE, ApplicationStatus.ACCEPTED)),
    /** 待资格审核 */
    AT_COMMITTEE(EnumSet.of(ApplicationStatus.AT_COMMITTEE)),
    /** 已接收 */
    ACCEPTED(EnumSet.of(ApplicationStatus.ACCEPTED)),
    /** 审核不通过 */
    REJECTED(EnumSet.of(ApplicationStatus.REJECTED));

    private final Set<ApplicationStatus> statuses;

    StatusGroup(Set<ApplicationStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ApplicationStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }
}
