package cn.zhicheng.expert;

/**
 * The four tabs of 专家库管理 (SPEC §3.6.1): 本单位新增待提交专家, 下级单位推荐待审核专家, 在库专家, 本单位退回专家.
 * Labels: {@code PoolTab.NAME}.
 */
public enum PoolTab {
    DRAFTS, RECOMMENDED, IN_POOL, RETURNED
}
