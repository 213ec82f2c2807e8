package cn.zhicheng.config;

/** How unit staff sign in (SPEC §2.3, setting {@code auth.unit}); the login screen offers only the chosen way. */
public enum UnitAuthentication {
    /** 法人登录 on the provincial unified identity platform (SC). */
    SSO_LEGAL_PERSON,
    /** 单位登录 with login name and password (HB). */
    PASSWORD,
    /** 电子社保卡登录 by scanning a QR code with the e-social-security-card mini-program (SX committee users). */
    E_SSC_QR
}
