package cn.zhicheng.review;

import cn.zhicheng.application.OutOfProvinceTitleConfirmation;
import cn.zhicheng.application.TalentStatisticsEntry;
import cn.zhicheng.certificate.CertificateVerificationRequest;
import cn.zhicheng.org.Permission;

import java.util.Arrays;

/**
 * The kinds of the applicant's own requests a unit reviews (SPEC §3.15.4 专技人才审核, §3.15.5 职称确认审核 with
 * 外省职称确认 and 证书核验): the entity, its table for the reviewers' list queries and its flow-log type (the same
 * strings the kinds' services write) and the permission its reviewers hold: 专技人才审核 for talent entries,
 * 职称确认审核 for 外省职称确认 and 证书核验 (SPEC §3.15.5 covers both). Labels: {@code RequestKind.NAME}.
 */
public enum RequestKind {
    CERTIFICATE_VERIFICATION(CertificateVerificationRequest.class, "certificate_verification",
            "CERTIFICATE_VERIFICATION", Permission.TITLE_CONFIRMATION_REVIEW),
    TALENT_STATISTICS(TalentStatisticsEntry.class, "talent_statistics_entry", "TALENT_STATISTICS_ENTRY",
            Permission.TALENT_REVIEW),
    OUT_OF_PROVINCE_TITLE(OutOfProvinceTitleConfirmation.class, "out_of_province_title", "OUT_OF_PROVINCE_TITLE",
            Permission.TITLE_CONFIRMATION_REVIEW);

    private final Class<? extends PersonalRequest> entity;
    private final String table;
    private final String auditType;
    private final Permission permission;

    RequestKind(Class<? extends PersonalRequest> entity, String table, String auditType, Permission permission) {
        this.entity = entity;
        this.table = table;
        this.auditType = auditType;
        this.permission = permission;
    }

    /** The kind of a request entity class. */
    public static RequestKind of(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.entity.isAssignableFrom(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName()));
    }

    /** The permission of the kind's reviewers. */
    public Permission permission() {
        return permission;
    }

    public Class<? extends PersonalRequest> entity() {
        return entity;
    }

    /** The table, a constant of this enum (never user input) for native queries. */
    String table() {
        return table;
    }

    public String auditType() {
        return auditType;
    }
}
