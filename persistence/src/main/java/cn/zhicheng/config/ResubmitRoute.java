package cn.zhicheng.config;

/** Where a corrected application goes after 退回修改 (SPEC §3.9.6, §4.10 item 3, {@code application.resubmitRoute}). */
public enum ResubmitRoute {
    /** Back to the first node of the chain (SC, HB). */
    FROM_START,
    /** Straight back to the node that returned it, shown there as 复审 / 二次申报 (SX). */
    TO_RETURNING_NODE
}
