package cn.zhicheng.config;

/** Who generates and issues certificates for evaluated applicants (SPEC §3.12, setting {@code certificate.issuer}). */
public enum CertificateIssuer {
    /** The committee's authorising unit (SC). */
    AUTH_UNIT,
    /** The committee itself (SX). */
    COMMITTEE,
    /** The unit's handlers (HB). */
    UNIT_STAFF
}
