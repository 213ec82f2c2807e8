package cn.zhicheng.config;

/** Whether a review activity must be approved before publication (SPEC §3.7.10, {@code activity.publishApproval}). */
public enum ActivityPublishApproval {
    /** The formation unit submits the activity and the authorising unit reviews it (SC). */
    AUTH_UNIT_REVIEW,
    /** The committee administrator publishes directly with 【确认发布】 (SX). */
    NONE
}
