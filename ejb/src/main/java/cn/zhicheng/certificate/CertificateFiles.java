package cn.zhicheng.certificate;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;

/**
 * Downloads of an issued certificate and its 评审表 (SPEC §3.12 证书详情/下载评审表, §3.8.7 证书下载): for the holder
 * (the account's ID number is the certificate's) and for the staff of the issuing unit and the units above it.
 * Anyone else gets "not found", the same answer as for an unknown id.
 */
@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER,
        Role.Names.SYSTEM_ADMIN})
public class CertificateFiles {

    public enum Kind { CERTIFICATE, EVALUATION_FORM }

    /** An open file: its download name and bytes; the caller closes the stream. */
    public record Download(String fileName, long size, InputStream content) {
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private UnitScope unitScope;

    @Inject
    private AttachmentStore store;

    public Download open(Long certificateId, Kind kind) {
        Certificate certificate = certificateId == null ? null : em.find(Certificate.class, certificateId);
        if (certificate == null || !certificate.getStatus().isPublic() || !mayRead(certificate)) {
            throw new BusinessException("certificate.notFound");
        }
        Long fileId = kind == Kind.CERTIFICATE ? certificate.getPdfFileId() : certificate.getFormFileId();
        Attachment attachment = fileId == null ? null : em.find(Attachment.class, fileId);
        if (attachment == null) {
            throw new BusinessException("certificate.notFound");
        }
        try {
            return new Download(attachment.getOriginalName(), attachment.getSizeBytes(),
                    store.open(attachment.getSha256()));
        } catch (IOException e) {
            throw new BusinessException("attachment.missingOnDisk");
        }
    }

    private boolean mayRead(Certificate certificate) {
        Account caller = callers.current();
        if (caller.roles().contains(Role.SYSTEM_ADMIN)) {
            return true;
        }
        if (caller.getIdNumber() != null && caller.getIdNumber().value().equals(certificate.getIdNumber())) {
            return true;
        }
        return caller.staffUnit().isPresent() && unitScope.isVisible(certificate.getIssuerUnitId());
    }
}
