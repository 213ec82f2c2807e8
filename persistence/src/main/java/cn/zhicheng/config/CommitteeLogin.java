package cn.zhicheng.config;

/** Whether a committee has its own sign-in principals (SPEC §2.2, §3.5.6, setting {@code committee.ownLogin}). */
public enum CommitteeLogin {
    /** A committee administrator created by the competent department, plus operators it creates (SX). */
    COMMITTEE_ACCOUNTS,
    /** One account per committee whose login is the 评委会代码 (HB). */
    COMMITTEE_CODE,
    /** No committee accounts: the formation unit's staff do the committee's work (SC). */
    NONE
}
