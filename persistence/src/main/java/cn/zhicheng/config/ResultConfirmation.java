package cn.zhicheng.config;

/** The path results take after publicity (SPEC §3.11.3–3.11.5, setting {@code results.confirmation}). */
public enum ResultConfirmation {
    /** The authorising unit reviews materials and confirms each person (SC). */
    AUTH_UNIT_CONFIRM,
    /** The committee files the results with the competent department (SX). */
    FILING_TO_COMPETENT_DEPT,
    /** The results are reported upward and reviewed by the unit's handler (HB). */
    REPORT_AND_STAFF_REVIEW
}
