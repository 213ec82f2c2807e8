package cn.zhicheng.config;

/** How committees come into existence and are filed (SPEC §3.5, setting {@code committee.setupModel}). */
public enum CommitteeSetupModel {
    /** The formation unit files the committee to its authorising unit and then its filing unit (SC, §3.5.1). */
    FORMATION_UNIT_FILING,
    /** The competent department creates the committee and its administrator, who files it (SX, §3.5.3). */
    DEPT_CREATES_COMMITTEE_ADMIN_FILES,
    /** The title reform office creates the committee, authorised at once, with a code account (HB, §3.5.4). */
    REFORM_OFFICE_CREATES
}
