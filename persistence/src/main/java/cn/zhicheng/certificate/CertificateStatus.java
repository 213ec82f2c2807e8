package cn.zhicheng.certificate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an electronic certificate (SPEC §3.12, issue 9), and the one place its transitions are decided:
 * 待发证 in an open batch → 发放中 while the generation job runs → 已发放; 取消发证 takes a 待发证 one out of its
 * batch (the person returns to the 未发放 list); an issued certificate can only be revoked (已撤销). Labels:
 * {@code CertificateStatus.NAME}.
 */
public enum CertificateStatus {
    PENDING, ISSUING, ISSUED, CANCELLED, REVOKED;

    public Set<CertificateStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(ISSUING, CANCELLED);
            case ISSUING -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(REVOKED);
            case CANCELLED, REVOKED -> EnumSet.noneOf(CertificateStatus.class);
        };
    }

    public boolean canMoveTo(CertificateStatus next) {
        return successors().contains(next);
    }

    /** Whether the public verification page reports the certificate as existing (valid or revoked). */
    public boolean isPublic() {
        return this == ISSUED || this == REVOKED;
    }
}
