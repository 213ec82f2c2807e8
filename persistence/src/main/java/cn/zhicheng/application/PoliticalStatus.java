package cn.zhicheng.application;

/** 政治面貌 (SPEC §3.8.9); the statistics count 中共党员 (members and probationary members). Labels: {@code PoliticalStatus.NAME}. */
public enum PoliticalStatus {
    CPC_MEMBER,
    CPC_PROBATIONARY,
    CYL_MEMBER,
    DEMOCRATIC_PARTY,
    NON_PARTISAN,
    MASSES;

    /** Counted in the 中共党员 column. */
    public boolean isPartyMember() {
        return this == CPC_MEMBER || this == CPC_PROBATIONARY;
    }
}
