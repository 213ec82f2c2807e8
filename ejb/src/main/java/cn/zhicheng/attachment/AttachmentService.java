package cn.zhicheng.attachment;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The one way files enter and leave the system. Checks the type by content and the size per purpose, stores the
 * bytes content-addressed, and hands them out only to callers allowed to see them.
 */
@Stateless
@PermitAll
public class AttachmentService {

    private static final int SNIFF_BYTES = 4096;
    private static final List<String> PERSONAL_REQUESTS = List.of("CertificateVerificationRequest",
            "TalentStatisticsEntry", "OutOfProvinceTitleConfirmation");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    private AttachmentStore store;

    @EJB
    private Callers callers;

    @EJB
    private UnitScope unitScope;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private UnitRegistrations unitRegistrations;

    /**
     * Stores an upload for the signed-in user (and their unit). Refuses, with a message naming the limit, files of
     * the wrong type or too large; nothing is stored then.
     */
    public Attachment store(InputStream content, String originalName, AttachmentPurpose purpose) {
        Account owner = callers.current();
        Long unitId = owner.primaryUnit().map(Unit::getId).orElse(null);
        return store(content, originalName, purpose, owner.getId(), unitId);
    }

    /**
     * Stores a file the system itself provides (seed data), owned by a unit and nobody signed in; the same type and
     * size checks as an upload.
     */
    public Attachment storeForSystem(InputStream content, String originalName, AttachmentPurpose purpose,
                                     Long ownerUnitId) {
        return store(content, originalName, purpose, null, ownerUnitId);
    }

    Attachment store(InputStream content, String originalName, AttachmentPurpose purpose, Long ownerAccountId,
                     Long ownerUnitId) {
        String name = originalName == null || originalName.isBlank() ? "attachment" : originalName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long maxBytes = maxBytesOf(purpose);
        Path temporary = null;
        try {
            temporary = store.newTemporaryFile();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[SNIFF_BYTES];
            int headLength;
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                headLength = content.readNBytes(head, 0, SNIFF_BYTES);
                out.write(head, 0, headLength);
                size = headLength + copyLimited(content, out, maxBytes - headLength);
            }
            if (size == 0) {
                throw new BusinessException("attachment.empty");
            }
            if (size > maxBytes) {
                throw new BusinessException("attachment.tooLarge", maxBytes / 1024);
            }
            FileKind kind = FileKind.detect(Arrays.copyOf(head, headLength), name)
                    .filter(purpose::accepts)
                    .orElseThrow(() -> new BusinessException("attachment.type.notAccepted",
                            String.join("/", purpose.acceptedKinds().stream().map(FileKind::extension).toList())));
            String sha256 = HexFormat.of().formatHex(digest.digest());
            store.commit(temporary, sha256);
            temporary = null;
            Attachment attachment = new Attachment(sha256, size, kind, name, purpose, ownerAccountId, ownerUnitId,
                    Times.now());
            em.persist(attachment);
            // callers keep the id in plain columns (no JPA relationship), so EclipseLink cannot order that UPDATE
            // after this INSERT: write the row now, before anything refers to it
            em.flush();
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The photo limit is a province setting (upload.photoMaxKB); the others are fixed per purpose. */
    private long maxBytesOf(AttachmentPurpose purpose) {
        return purpose == AttachmentPurpose.APPLICANT_PHOTO
                ? settings.get(SettingKeys.UPLOAD_PHOTO_MAX_KB) * 1024L
                : purpose.maxBytes();
    }

    /** Copies at most {@code limit + 1} bytes, enough to tell that a file is too large without reading it all. */
    private static long copyLimited(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while (copied <= limit && (read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a stale temporary file is harmless; the store's tmp folder can be cleaned by ops
            }
        }
    }

    /** The metadata, if the signed-in user may see the file. */
    public Attachment get(Long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !mayRead(attachment)) {
            // the same answer for "absent" and "not yours": ids must not be probed
            throw new BusinessException("attachment.notFound");
        }
        return attachment;
    }

    /** Opens the bytes of a file the signed-in user may see; the caller closes the stream. */
    public InputStream open(Long attachmentId) {
        Attachment attachment = get(attachmentId);
        try {
            return store.open(attachment.getSha256());
        } catch (IOException e) {
            throw new BusinessException("attachment.missingOnDisk");
        }
    }

    /**
     * Owners read their own files; unit staff read files of units in their scope; system administrators read all.
     * Capabilities that share files more widely (committees, experts) add their rules here.
     */
    private boolean mayRead(Attachment attachment) {
        Account caller = callers.current();
        if (caller.roles().contains(Role.SYSTEM_ADMIN) || caller.getId().equals(attachment.getOwnerAccountId())) {
            return true;
        }
        if (attachment.getOwnerUnitId() != null && unitScope.isVisible(attachment.getOwnerUnitId())) {
            return true;
        }
        // a submitted application's files, for the units whose scope holds the employer (the review chain)
        if (isInSubmittedApplicationInScope(attachment.getId())) {
            return true;
        }
        // an application's files, for the staff of its committee once it reached the committee (资格审核, SPEC §3.9.5)
        if (isInApplicationAtCallersCommittee(caller, attachment.getId())) {
            return true;
        }
        // a registration's business licence, for the unit asked to approve it (SPEC §3.1.3 预览)
        if (attachment.getPurpose() == AttachmentPurpose.UNIT_DOCUMENT) {
            return unitRegistrations.isLicenceUnderCallersReview(attachment.getId());
        }
        // an applicant's own request (证书核验, 专技人才统计, 外省职称确认), for the unit it waits at: a verification goes
        // to a committee's formation unit outside the applicant's employer's scope (SPEC §3.8.7, §3.15.5)
        return attachment.getPurpose() == AttachmentPurpose.GENERAL_DOCUMENT
                && isPersonalRequestAtCallersUnit(caller, attachment.getId());
    }

    private boolean isPersonalRequestAtCallersUnit(Account caller, Long attachmentId) {
        Long own = caller.staffUnit().map(Unit::getId).orElse(null);
        if (own == null) {
            return false;
        }
        for (String type : PERSONAL_REQUESTS) {
            boolean waiting = !em.createQuery("select r.id from " + type + " r join r.attachmentIds a"
                            + " where a = :attachment and r.reviewUnitId = :unit", Long.class)
                    .setParameter("attachment", attachmentId).setParameter("unit", own)
                    .setMaxResults(1).getResultList().isEmpty();
            if (waiting) {
                return true;
            }
        }
        return false;
    }

    private boolean isInApplicationAtCallersCommittee(Account caller, Long attachmentId) {
        Committee committee = QualificationReviews.committeeOf(em, caller).orElse(null);
        return committee != null && em.createQuery("select a from ApplicationEntry e join e.files f, Application a"
                        + " where a.id = e.applicationId and f.attachmentId = :id and a.committee = :c",
                        Application.class)
                .setParameter("id", attachmentId).setParameter("c", committee).getResultStream()
                .anyMatch(a -> QualificationReviews.reachedCommitteeOf(a, committee));
    }

    private boolean isInSubmittedApplicationInScope(Long attachmentId) {
        return em.createQuery("select a.employer.id from ApplicationEntry e join e.files f, Application a"
                        + " where a.id = e.applicationId and f.attachmentId = :id and a.status <> :draft", Long.class)
                .setParameter("id", attachmentId).setParameter("draft", ApplicationStatus.DRAFT)
                .getResultStream().anyMatch(unitScope::isVisible);
    }
}
