package cn.zhicheng.config;

/** The shape of an application's review chain up to the committee (SPEC §3.9.1, setting {@code application.chain}). */
public enum ApplicationChain {
    /** Employer, then each parent unit up to the competent department (and HRSS), then the committee (SC, HB). */
    UNIT_TREE_THEN_COMMITTEE,
    /** The competent department, then the committee (SX). */
    COMPETENT_DEPT_THEN_COMMITTEE
}
