package cn.zhicheng.config;

/** Who creates applicant accounts (SPEC §2.4, setting {@code account.applicantProvisioning}). */
public enum ApplicantProvisioning {
    /** The applicant registers and is real-name verified on the unified identity platform (SC). */
    SELF_REGISTER,
    /** The employer creates accounts for its own staff: login = ID number, one account per person per year (HB). */
    UNIT_CREATED
}
