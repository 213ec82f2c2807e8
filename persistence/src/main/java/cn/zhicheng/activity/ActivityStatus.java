package cn.zhicheng.activity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An activity's publication state (SPEC §3.7.10). Labels: {@code ActivityStatus.NAME}.
 * <pre>
 * 草稿 ──提交审核 (SC)──▶ 待审核 ──最高岗通过──▶ 已发布
 *   │                     │审核不通过
 *   │                     ▼
 *   │                   已退回 ──编辑, 提交审核──▶ 待审核
 *   └──确认发布 (SX)──▶ 已发布 ◀──确认发布 (SX)── 已退回
 * </pre>
 */
public enum ActivityStatus {
    /** 草稿 */
    DRAFT,
    /** 待审核: waiting at the 授权管理单位 (SC). */
    PENDING_REVIEW,
    /** 已退回: the authorising unit did not pass it; edited and submitted again. */
    RETURNED,
    /** 已发布: applicants may apply; its notice is on the home page. */
    PUBLISHED;

    private static final Map<ActivityStatus, Set<ActivityStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PENDING_REVIEW, PUBLISHED),
            PENDING_REVIEW, EnumSet.of(PUBLISHED, RETURNED),
            RETURNED, EnumSet.of(PENDING_REVIEW, PUBLISHED),
            PUBLISHED, EnumSet.noneOf(ActivityStatus.class));

    public boolean canBecome(ActivityStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Every configuration step may change: only before submission or after a return. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
