package cn.zhicheng.review;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of a request an individual files with a reviewing unit (证书核验, 专技人才统计, 外省职称确认; SPEC §3.8.7,
 * §3.8.9, §3.8.10, §3.15.4, §3.15.5). All transitions live here. Labels: {@code PersonalRequestStatus.NAME}.
 * <pre>
 * 草稿 ──提交──▶ 审核中 (one unit of the review path after the other) ──最后一级通过──▶ 审核通过
 *  ▲             │撤回 (no unit has acted)  │退回 (reason)        │不通过 (reason, final)
 *  └─────────────┘                         ▼                      ▼
 *                                        已退回 ──修改, 提交──▶ 审核中      不通过
 * </pre>
 */
public enum PersonalRequestStatus {
    /** 草稿: being filled in by the applicant; may be discarded. */
    DRAFT,
    /** 审核中: waiting at one unit of the review path. */
    SUBMITTED,
    /** 已退回: back at the applicant with the reviewer's reason; edited and submitted again. */
    RETURNED,
    /** 审核通过: the last unit of the path passed it. */
    PASSED,
    /** 不通过: final; the record stays (SPEC §4.2: a rejected confirmation cannot be deleted). */
    REJECTED;

    private static final Map<PersonalRequestStatus, Set<PersonalRequestStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(DRAFT, SUBMITTED, RETURNED, PASSED, REJECTED),
            RETURNED, EnumSet.of(SUBMITTED),
            PASSED, EnumSet.noneOf(PersonalRequestStatus.class),
            REJECTED, EnumSet.noneOf(PersonalRequestStatus.class));

    public boolean canBecome(PersonalRequestStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The applicant may change the data and the attachments. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** 提交 is offered (a draft, or a returned request after correction). */
    public boolean canSubmit() {
        return canBecome(SUBMITTED) && this != SUBMITTED;
    }

    /** Decided for good: nothing more happens to the request. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
