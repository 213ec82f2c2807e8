package cn.zhicheng.certificate;

import cn.zhicheng.application.Application;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.config.DeploymentProfile;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The work of the {@code certificateGeneration} job (SPEC §3.12, issue 9), one certificate at a time inside the
 * job's chunk transaction: draw the serial number, render the certificate and the 评审表, store both, mark the
 * certificate issued, tell the holder. A certificate that is no longer waiting is skipped, so a restarted run never
 * issues one twice; a rolled-back chunk gives its serial numbers back.
 */
@Stateless
@PermitAll
public class CertificateGeneration {

    /** Where the QR code and the printed link send a reader; the code is appended. */
    static final String VERIFY_PATH = "/public/verify.xhtml?code=";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private SerialNumbers serials;

    @EJB
    private AttachmentService attachments;

    @Inject
    private AttachmentStore store;

    @Inject
    private CertificatePrints prints;

    @EJB
    private AuditLog audit;

    @EJB
    private Messages messages;

    @EJB
    private ProvinceSettings settings;

    @Inject
    @ConfigProperty(name = "zc.public.url", defaultValue = "http://localhost:8080/zhicheng")
    private String publicUrl;

    /** The ids of a batch's certificates still to generate, after {@code afterId}, in id order. */
    public List<Long> awaiting(long batchId, long afterId, int max) {
        return em.createQuery("select c.id from Certificate c where c.batchId = :batch and c.status = :issuing"
                        + " and c.id > :after order by c.id", Long.class)
                .setParameter("batch", batchId)
                .setParameter("issuing", CertificateStatus.ISSUING)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    public long countAwaiting(long batchId) {
        return em.createQuery("select count(c) from Certificate c where c.batchId = :batch and c.status = :issuing",
                        Long.class)
                .setParameter("batch", batchId)
                .setParameter("issuing", CertificateStatus.ISSUING)
                .getSingleResult();
    }

    /** Issues one certificate; false when it was not waiting (already issued by an earlier run). */
    public boolean generate(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null || !certificate.awaitsGeneration()) {
            return false;
        }
        OffsetDateTime now = Times.now();
        Unit issuer = em.find(Unit.class, certificate.getIssuerUnitId());
        SerialNumber serial = serials.next(provinceOf(issuer), now.getYear());
        byte[] pdf = prints.certificate(certificate, serial.value(), photo(certificate.getPhotoFileId()),
                verificationUrl(certificate.getVerificationCode()));
        byte[] form = prints.evaluationForm(certificate, serial.value(), now);
        Attachment pdfFile = attachments.storeForSystem(new ByteArrayInputStream(pdf),
                "证书-" + serial.value() + ".pdf", AttachmentPurpose.ISSUED_CERTIFICATE, issuer.getId());
        Attachment formFile = attachments.storeForSystem(new ByteArrayInputStream(form),
                "评审表-" + serial.value() + ".pdf", AttachmentPurpose.ISSUED_CERTIFICATE, issuer.getId());
        certificate.issue(serial, pdfFile.getId(), formFile.getId(), now);
        audit.record(AuditRecord.Actor.SYSTEM, Certificate.ENTITY_TYPE, certificateId, "certificate.issue",
                CertificateStatus.ISSUING.name(), CertificateStatus.ISSUED.name(), serial.value());
        holderAccount(certificate).ifPresent(account -> messages.sendFromUnit(account.getId(), issuer.getId(),
                issuer.getName(), "电子职称证书已发放",
                "您的" + certificate.getQualificationName() + "电子证书已发放，证书编号 " + serial.value()
                        + "，可在【我的证书】下载。"));
        return true;
    }

    /** The last step of the job: the batch is issued when no certificate waits any more. */
    public boolean finishBatch(long batchId) {
        CertificateBatch batch = em.find(CertificateBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.getStatus() != CertificateBatchStatus.GENERATING || countAwaiting(batchId) > 0) {
            return false;
        }
        batch.finish(Times.now());
        audit.record(AuditRecord.Actor.SYSTEM, CertificateIssuance.BATCH_ENTITY, batchId, "certificate.batch.finish",
                CertificateBatchStatus.GENERATING.name(), CertificateBatchStatus.ISSUED.name(), null);
        return true;
    }

    String verificationUrl(String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + VERIFY_PATH + code;
    }

    /** 省份代码 of the issuer's region, or the deployment's province when the unit has no region code. */
    private String provinceOf(Unit issuer) {
        String region = issuer.getRegionCode();
        if (region != null && region.length() >= 2 && Character.isDigit(region.charAt(0))
                && Character.isDigit(region.charAt(1))) {
            return SerialNumber.provinceOf(region);
        }
        DeploymentProfile profile = settings.profile().defaultsFrom();
        return switch (profile) {
            case HB -> "13";
            case SX -> "14";
            default -> "51";
        };
    }

    private Optional<Account> holderAccount(Certificate certificate) {
        if (certificate.getApplicationId() != null) {
            Application application = em.find(Application.class, certificate.getApplicationId());
            return Optional.ofNullable(application).map(a -> em.find(Account.class, a.getApplicantId()));
        }
        if (!IdNumber.isValid(certificate.getIdNumber())) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_ID_NUMBER, Account.class)
                .setParameter("idNumber", IdNumber.of(certificate.getIdNumber()))
                .getResultStream().findFirst();
    }

    private byte[] photo(Long attachmentId) {
        if (attachmentId == null) {
            return null;
        }
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            return null;
        }
        try (InputStream in = store.open(attachment.getSha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
