package cn.zhicheng.committee;

/**
 * 组建方式 (SPEC §3.5.1): by series or by specialty; it fixes the minimum pool size (SPEC §5) and whether 评审专业 are
 * required. Labels: {@code CommitteeFormation.NAME}.
 */
public enum CommitteeFormation {
    /** 按系列创建: at least {@code committee.minMembers.series} (25) members. */
    BY_SERIES,
    /** 按专业创建: at least {@code committee.minMembers.specialty} (11) members; 评审专业 required. */
    BY_SPECIALTY
}
