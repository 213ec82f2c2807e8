package cn.zhicheng.review;

/**
 * The tabs of a request review list (SPEC §3.15.4, §3.15.5): 待审核 (waiting at the caller's unit) and 已审核 (the
 * caller's unit passed, returned or rejected it and it waits there no more). Labels: {@code RequestReviewTab.NAME}.
 */
public enum RequestReviewTab {
    PENDING,
    DONE
}
