package cn.zhicheng.config;

/** How applicants sign in (SPEC §2.3, setting {@code auth.applicant}); the login screen offers only the chosen way. */
public enum ApplicantAuthentication {
    /** 个人登录 on the provincial unified identity platform (SC). */
    SSO_PERSONAL,
    /** 个人登录 with ID number, password and captcha (HB). */
    PASSWORD
}
