package cn.zhicheng.certificate;

import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * 证书查验 without log-in (issue 9): by 证书编号 and the holder's name, or by the verification code of the QR code.
 * Only issued or revoked certificates are found; every lookup counts against the client's rate limit, answered or
 * not, so serial numbers cannot be probed.
 */
@Stateless
@PermitAll
public class CertificateVerification {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private PublicLookups limits;

    public Optional<PublicCertificate> bySerial(String serialNo, String holderName, String client) {
        String serial = serialNo == null ? "" : serialNo.strip();
        String name = holderName == null ? "" : holderName.strip();
        if (serial.isEmpty() || name.isEmpty()) {
            throw new BusinessException("certificate.verify.serialAndName");
        }
        limits.acquire(client, System.currentTimeMillis());
        return first(em.createQuery("select c from Certificate c where c.serialNo = :serial and c.status in :shown",
                        Certificate.class)
                .setParameter("serial", serial)
                .setParameter("shown", List.of(CertificateStatus.ISSUED, CertificateStatus.REVOKED))
                .getResultList())
                .filter(c -> c.getHolderName().equals(name))
                .map(PublicCertificate::of);
    }

    public Optional<PublicCertificate> byCode(String code, String client) {
        limits.acquire(client, System.currentTimeMillis());
        String text = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!VerificationCode.isWellFormed(text)) {
            return Optional.empty();
        }
        return first(em.createQuery("select c from Certificate c where c.verificationCode = :code"
                        + " and c.status in :shown", Certificate.class)
                .setParameter("code", text)
                .setParameter("shown", List.of(CertificateStatus.ISSUED, CertificateStatus.REVOKED))
                .getResultList())
                .map(PublicCertificate::of);
    }

    private static Optional<Certificate> first(List<Certificate> found) {
        return found.stream().findFirst();
    }
}
