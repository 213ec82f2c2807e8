package cn.zhicheng.application;

/**
 * 评价方式 (SPEC §3.8.2): 申报评审 goes to a committee's published activity; 职称初定 has no committee and goes to the
 * employer and then the issuing authority. Labels: {@code ApplicationKind.NAME}.
 */
public enum ApplicationKind {
    /** 申报评审 */
    REVIEW,
    /** 职称初定 */
    INITIAL
}
