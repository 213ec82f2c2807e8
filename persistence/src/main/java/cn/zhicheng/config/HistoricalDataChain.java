package cn.zhicheng.config;

/** The approval path of historical-title uploads (SPEC §3.13.3, setting {@code history.chain}). */
public enum HistoricalDataChain {
    /** Level by level along the unit hierarchy from the collecting unit to the chosen issuer (SC). */
    PATH_TO_ISSUER,
    /** The committee reports, the competent department reviews, then the provincial HRSS department (SX). */
    COMMITTEE_DEPT_PROVINCE
}
