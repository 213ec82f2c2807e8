package cn.zhicheng.it.certificate;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.AttachmentStore;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.certificate.Certificate;
import cn.zhicheng.certificate.CertificateBatchStatus;
import cn.zhicheng.certificate.CertificateFiles;
import cn.zhicheng.certificate.CertificateIssuance;
import cn.zhicheng.certificate.CertificateJobs;
import cn.zhicheng.certificate.CertificateSource;
import cn.zhicheng.certificate.CertificateStatus;
import cn.zhicheng.certificate.CertificateVerification;
import cn.zhicheng.certificate.IssuanceRows;
import cn.zhicheng.certificate.MyCertificates;
import cn.zhicheng.certificate.PublicCertificate;
import cn.zhicheng.certificate.PublicLookups;
import cn.zhicheng.certificate.SerialNumber;
import cn.zhicheng.certificate.SerialNumbers;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.HistoryBatchStatus;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryDetails;
import cn.zhicheng.history.HistoryRecord;
import cn.zhicheng.notice.Message;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ApplicationChains;
import cn.zhicheng.review.ApplicationReviews;
import cn.zhicheng.review.ReviewDecision;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Electronic certificates (SPEC §3.12, issue 9) in the real server against PostgreSQL: 职称初定 applications that
 * passed their chain at a 主管部门 are batched, one is cancelled (back to 未发放), the batch needs 批准时间/文号 and the
 * stamped 汇总表, then the {@code certificateGeneration} job issues PDFs whose text (pdftotext) holds the holder,
 * qualification and serial; the holder downloads, nobody else does. A run failing mid-batch finishes on restart
 * without duplicates; serial numbers stay unique and dense under concurrent draws; historical groups become batches;
 * the public verification answers valid, revoked and unknown, and is rate-limited.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String PASSWORD = "Right@2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CertificateIT.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private AttachmentStore store;

    @EJB
    private ApplicationReviews reviews;

    @EJB
    private ApplicationChains chains;

    @EJB
    private CertificateIssuance issuance;

    @EJB
    private CertificateJobs jobs;

    @EJB
    private BatchJobs batchJobs;

    @EJB
    private CertificateFiles files;

    @EJB
    private MyCertificates mine;

    @EJB
    private CertificateVerification verification;

    @EJB
    private PublicLookups lookups;

    @EJB
    private SerialNumbers serials;

    @EJB
    private AttachmentService attachments;

    @EJB
    private AuditLog audit;

    private String hashed;

    /** 卫健委 (主管部门, issuer of 初定) ⊃ 医院 (employer); staff of both; one 中级 qualification. */
    private static final class World {
        String tag;
        Long department;
        Long hospital;
        Long qualificationId;
        Account hospitalStaff;
        Account issuer;
    }

    private World world() throws Exception {
        String tag = "ce" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            TitleQualification qualification = new TitleQualification(series, TitleLevel.INTERMEDIATE,
                    tag + "主治医师");
            em.persist(qualification);
            w.qualificationId = qualification.getId();
            Unit department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null);
            Unit hospital = unit(tag + "医院", UnitType.APPLYING_UNIT, department);
            w.department = department.getId();
            w.hospital = hospital.getId();
            w.hospitalStaff = staff(tag + "_h", "医院经办", hospital, EnumSet.of(Permission.APPLICATION_REVIEW));
            w.issuer = staff(tag + "_d", "卫健委经办", department,
                    EnumSet.of(Permission.APPLICATION_REVIEW, Permission.CERTIFICATE_ISSUE));
            return w;
        });
    }

    /** A 职称初定 application of a fresh applicant that passes the hospital and the 卫健委: ACCEPTED there. */
    private Account acceptedInitial(World w, String name) throws Exception {
        Object[] created = inTransaction(() -> {
            Account applicant = applicant(name);
            em.flush();
            Application application = new Application(new Application.Applicant(applicant.getId(), name,
                    applicant.getIdNumber().value()), em.find(Unit.class, w.hospital), ApplicationKind.INITIAL,
                    null, em.find(TitleQualification.class, w.qualificationId), "内科", ApplicationRoute.NORMAL,
                    false, Times.now());
            em.persist(application);
            em.flush();
            application.submit(Times.now(), ResubmitRoute.FROM_START);
            application.routeThrough(chains.unitPath(application));
            return new Object[]{applicant, application.getId()};
        });
        Long id = (Long) created[1];
        signIn(w.hospitalStaff);
        reviews.attachEmployerFile(id, version(id), Application.EmployerFile.PUBLICITY, pdf(), "公示证明.pdf");
        reviews.attachEmployerFile(id, version(id), Application.EmployerFile.RECOMMENDATION, pdf(), "推荐意见.pdf");
        reviews.pass(ReviewDecision.of(id, version(id), "同意"));
        signIn(w.issuer);
        reviews.pass(ReviewDecision.of(id, version(id), "同意初定"));
        assertEquals(ApplicationStatus.ACCEPTED, inTransaction(() -> em.find(Application.class, id)).getStatus());
        return (Account) created[0];
    }

    // --- 初定发证 ----------------------------------------------------------------------------------------------------

    @Test
    void initialApplicationsAreBatchedCancelledCompletedAndIssued() throws Exception {
        World w = world();
        Account first = acceptedInitial(w, "甲" + w.tag.substring(2, 6));
        Account second = acceptedInitial(w, "乙" + w.tag.substring(2, 6));
        Account third = acceptedInitial(w, "丙" + w.tag.substring(2, 6));

        signIn(w.issuer);
        assertEquals(3, issuance.countPendingInitial(null));
        List<IssuanceRows.PendingPerson> pending = issuance.pendingInitial(null, 0, 10);
        assertTrue(pending.stream().allMatch(p -> p.maskedIdNumber().contains("**********")),
                "ID numbers are masked in the list");
        assertRejected(() -> issuance.createInitialBatch(List.of()), "certificate.batch.selectPersons");
        Long batchId = issuance.createInitialBatch(pending.stream().map(IssuanceRows.PendingPerson::applicationId)
                .toList());
        assertEquals(0, issuance.countPendingInitial(null), "batched persons leave 未发放");
        assertRejected(() -> issuance.createInitialBatch(List.of(pending.get(0).applicationId())),
                "certificate.batch.personNotPending");

        // 取消发证: the third person returns to 未发放
        IssuanceRows.CertificateLine thirdLine = issuance.certificatesOf(batchId, 0, 10).stream()
                .filter(c -> c.holderName().equals(third.getDisplayName())).findFirst().orElseThrow();
        assertRejected(() -> issuance.cancel(thirdLine.id(), " "), "certificate.cancel.reasonRequired");
        issuance.cancel(thirdLine.id(), "学历证书待核实");
        assertEquals(1, issuance.countPendingInitial(null));
        assertEquals(2, issuance.batch(batchId).persons());

        // 发证 needs 批准时间/文号 and the stamped 汇总表; nothing changes on refusal
        assertRejected(() -> jobs.issue(batchId), "certificate.batch.approvalMissing");
        assertRejected(() -> issuance.setApproval(batchId, LocalDate.now().plusDays(3), "川卫职〔2026〕8号"),
                "certificate.batch.approvalDateFuture");
        assertRejected(() -> issuance.setApproval(batchId, LocalDate.now(), "川卫职[2026]8号"),
                "documentNumber.brackets");
        issuance.setApproval(batchId, LocalDate.now().minusDays(1), "川卫职〔2026〕8号");
        assertRejected(() -> jobs.issue(batchId), "certificate.batch.summaryMissing");
        assertEquals(CertificateBatchStatus.OPEN, issuance.batch(batchId).status());
        Attachment stamped = attachments.store(pdf(), "汇总表.pdf", AttachmentPurpose.STAMPED_PDF);
        issuance.attachStampedSummary(batchId, stamped.getId());

        JobView run = awaitEnd(jobs.issue(batchId));
        assertEquals(BatchStatus.COMPLETED, run.status());
        IssuanceRows.BatchRow issued = issuance.batch(batchId);
        assertEquals(CertificateBatchStatus.ISSUED, issued.status());
        assertRejected(() -> issuance.cancel(thirdLine.id(), "x"), "certificate.batch.notOpen");

        List<IssuanceRows.CertificateLine> lines = issuance.issued(CertificateSource.INITIAL_APPLICATION, null, 0, 10);
        assertEquals(2, lines.size());
        int year = Times.now().getYear();
        for (IssuanceRows.CertificateLine line : lines) {
            assertTrue(line.serialNo().matches("51" + year + "\\d{7}"), line.serialNo());
            assertEquals(CertificateStatus.ISSUED, line.status());
            assertEquals("川卫职〔2026〕8号", line.documentNumber());
            assertEquals(AcquisitionType.INITIAL, line.acquisitionType());
        }
        assertEquals(1, issuance.countIssued(CertificateSource.INITIAL_APPLICATION, first.getDisplayName()));

        // the holder downloads; the PDF's text holds name, qualification and serial
        IssuanceRows.CertificateLine firstLine = lines.stream()
                .filter(c -> c.holderName().equals(first.getDisplayName())).findFirst().orElseThrow();
        signIn(first);
        assertEquals(List.of(firstLine.serialNo()),
                mine.electronic().stream().map(IssuanceRows.CertificateLine::serialNo).toList());
        String text = pdfText(files.open(firstLine.id(), CertificateFiles.Kind.CERTIFICATE).content());
        assertTrue(text.contains(first.getDisplayName()) && text.contains(w.tag + "主治医师")
                && text.contains(firstLine.serialNo()), text);
        String form = pdfText(files.open(firstLine.id(), CertificateFiles.Kind.EVALUATION_FORM).content());
        assertTrue(form.contains("评审表") && form.contains(first.getDisplayName()), form);
        long messages = inTransaction(() -> em.createQuery("select count(m) from Message m where m.recipientId = :r"
                + " and m.title = '电子职称证书已发放'", Long.class).setParameter("r", first.getId()).getSingleResult());
        assertEquals(1, messages);

        // another applicant, and another unit's issuer, get "not found"
        signIn(second);
        assertRejected(() -> files.open(firstLine.id(), CertificateFiles.Kind.CERTIFICATE), "certificate.notFound");
        World other = world();
        signIn(other.issuer);
        assertRejected(() -> issuance.detail(firstLine.id()), "certificate.notFound");
        assertRejected(() -> issuance.batch(batchId), "certificate.batch.notFound");
        assertEquals(0, issuance.countIssued(CertificateSource.INITIAL_APPLICATION, null));

        // the flow log of the batch and of a certificate
        List<String> batchLog = inTransaction(() -> audit.history("CertificateBatch", batchId)).stream()
                .map(AuditRecord::getAction).toList();
        assertEquals(List.of("certificate.batch.create", "certificate.batch.approval", "certificate.batch.summary",
                "certificate.batch.issue", "certificate.batch.finish"), batchLog);
        assertTrue(inTransaction(() -> audit.history(Certificate.ENTITY_TYPE, firstLine.id())).stream()
                .anyMatch(r -> r.getAction().equals("certificate.issue")));
    }

    // --- restart without duplicates ---------------------------------------------------------------------------

    @Test
    void aRunFailingMidBatchFinishesOnRestartWithoutDuplicates() throws Exception {
        World w = world();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acceptedInitial(w, "重启" + i);
        }
        signIn(w.issuer);
        issuance.pendingInitial(null, 0, 10).forEach(p -> ids.add(p.applicationId()));
        Long batchId = issuance.createInitialBatch(ids);
        issuance.setApproval(batchId, LocalDate.now(), "川卫职〔2026〕9号");
        issuance.attachStampedSummary(batchId,
                attachments.store(pdf(), "汇总表.pdf", AttachmentPurpose.STAMPED_PDF).getId());
        Properties drill = new Properties();
        drill.setProperty("chunkSize", "2");
        drill.setProperty("failAtItem", "3");

        JobView failed = awaitEnd(jobs.issue(batchId, drill));
        assertEquals(BatchStatus.FAILED, failed.status());
        assertEquals(2, countIssued(batchId), "the first chunk committed, the failing one rolled back");
        assertEquals(CertificateBatchStatus.GENERATING, issuance.batch(batchId).status());

        JobView restarted = awaitEnd(jobs.restart(batchId));
        assertEquals(BatchStatus.COMPLETED, restarted.status());
        assertEquals(CertificateBatchStatus.ISSUED, issuance.batch(batchId).status());
        List<Certificate> certificates = inTransaction(() -> em.createQuery(
                "select c from Certificate c where c.batchId = :b order by c.serialNo", Certificate.class)
                .setParameter("b", batchId).getResultList());
        assertEquals(5, certificates.size());
        assertTrue(certificates.stream().allMatch(c -> c.getStatus() == CertificateStatus.ISSUED));
        assertEquals(5, certificates.stream().map(Certificate::getSerialNo).distinct().count());
        assertEquals(5, certificates.stream().map(Certificate::getPdfFileId).filter(java.util.Objects::nonNull)
                .distinct().count());
        long firstSequence = Long.parseLong(certificates.get(0).getSerialNo().substring(6));
        long lastSequence = Long.parseLong(certificates.get(4).getSerialNo().substring(6));
        assertEquals(4, lastSequence - firstSequence, "the rolled-back chunk gave its numbers back");
        long logged = inTransaction(() -> em.createQuery("select count(a) from AuditRecord a where a.entityType = :t"
                        + " and a.action = 'certificate.issue' and a.entityId in :ids", Long.class)
                .setParameter("t", Certificate.ENTITY_TYPE)
                .setParameter("ids", certificates.stream().map(Certificate::getId).toList()).getSingleResult());
        assertEquals(5, logged, "one issue entry per certificate");
    }

    private long countIssued(Long batchId) throws Exception {
        return inTransaction(() -> em.createQuery("select count(c) from Certificate c where c.batchId = :b"
                + " and c.status = :s", Long.class).setParameter("b", batchId)
                .setParameter("s", CertificateStatus.ISSUED).getSingleResult());
    }

    // --- serial numbers -----------------------------------------------------------------------------------------

    @Test
    void serialNumbersStayUniqueAndDenseUnderConcurrentDraws() throws Exception {
        int year = 3000 + ThreadLocalRandom.current().nextInt(6000);
        int threads = 8;
        int draws = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(executor.submit(() -> {
                start.await();
                List<String> drawn = new ArrayList<>();
                for (int i = 0; i < draws; i++) {
                    drawn.add(InTransaction.call(tx, () -> serials.next("98", year)).value());
                }
                return drawn;
            }));
        }
        start.countDown();
        Set<String> all = new HashSet<>();
        for (Future<List<String>> future : futures) {
            all.addAll(future.get(60, TimeUnit.SECONDS));
        }
        assertEquals(threads * draws, all.size(), "no number drawn twice");
        for (int n = 1; n <= threads * draws; n++) {
            assertTrue(all.contains(new SerialNumber("98", year, n).value()), "dense: " + n);
        }
    }

    // --- 历史证书生成 ------------------------------------------------------------------------------------------------

    @Test
    void approvedHistoricalRecordsBecomeABatchOfCertificates() throws Exception {
        World w = world();
        String number = "川卫职〔2015〕" + (100 + ThreadLocalRandom.current().nextInt(800)) + "号";
        inTransaction(() -> {
            Unit department = em.find(Unit.class, w.department);
            Unit hospital = em.find(Unit.class, w.hospital);
            HistoryBatch batch = new HistoryBatch(hospital, AcquisitionType.REVIEW, DocumentNumber.of(number),
                    w.tag + "_h", "医院经办", Times.now());
            em.persist(batch);
            em.flush();
            for (int i = 0; i < 4; i++) {
                IdNumber id = IdNumber.of(TestData.idNumber());
                em.persist(new HistoryRecord(batch.getId(), i + 3, new HistoryDetails("510107", "居民身份证",
                        id.value(), "历史" + i, id.sex(), id.birthDate(), null, "卫生技术人员",
                        TitleLevel.INTERMEDIATE, "主治医师", "内科", w.tag + "原评委会", LocalDate.of(2015, 10, 20),
                        LocalDate.of(2015, 12, 1), number, w.tag + "医院"), false, Times.now()));
            }
            Attachment file = attachments.storeForSystem(pdf(), "任职资格文件.pdf", AttachmentPurpose.STAMPED_PDF,
                    department.getId());
            batch.submit(department, List.of(department.getId()), file.getId(), Times.now());
            batch.pass(department.getId(), Times.now());
            return null;
        });
        signIn(w.issuer);
        List<IssuanceRows.HistoryGroup> groups = issuance.historyGroups();
        assertEquals(1, groups.size());
        IssuanceRows.HistoryGroup group = groups.get(0);
        assertEquals(4, group.persons());
        assertEquals(number, group.documentNumber());
        assertEquals(4, issuance.countGroupRecords(group.groupKey()));
        List<IssuanceRows.GroupRecord> listed = issuance.groupRecords(group.groupKey(), 2, 10);
        assertEquals(2, listed.size(), "the 证书列表 pages");
        assertEquals("历史2", listed.get(0).name());
        assertTrue(listed.get(0).maskedIdNumber().contains("**********"), listed.get(0).maskedIdNumber());
        assertEquals(w.tag + "医院 → " + w.tag + "卫健委", listed.get(0).reviewPath());
        Long batchId = issuance.createHistoryBatch(group.collectingUnitId(), group.documentNumber(),
                group.institution(), group.approvedOn());
        assertTrue(issuance.historyGroups().isEmpty());
        assertEquals(number, issuance.batch(batchId).documentNumber());
        assertEquals(LocalDate.of(2015, 12, 1), issuance.batch(batchId).approvalDate());
        IssuanceRows.CertificateLine problem = issuance.certificatesOf(batchId, 0, 10).get(2);
        issuance.cancel(problem.id(), "姓名与任职资格文件不符");
        assertEquals(1, issuance.historyGroups().get(0).persons(), "the cancelled record waits again");

        // 退回 of a problem row: the record goes back to the hospital in a returned upload, to be corrected
        IssuanceRows.CertificateLine wrong = issuance.certificatesOf(batchId, 0, 10).get(2);
        Long wrongRecord = inTransaction(() -> em.find(Certificate.class, wrong.id()).getHistoryRecordId());
        Long approvedUpload = inTransaction(() -> em.find(HistoryRecord.class, wrongRecord).getBatchId());
        assertRejected(() -> issuance.returnToCollector(List.of(), "x"), "certificate.return.selectionEmpty");
        assertRejected(() -> issuance.returnToCollector(List.of(wrong.id()), "  "), "history.return.reasonRequired");
        assertEquals(approvedUpload, inTransaction(() -> em.find(HistoryRecord.class, wrongRecord).getBatchId()),
                "a refused return changes nothing");
        assertEquals(3, issuance.batch(batchId).persons());
        assertEquals(1, issuance.returnToCollector(List.of(wrong.id()), "出生日期与证书不符"));
        assertEquals(2, issuance.batch(batchId).persons());
        assertEquals(1, issuance.historyGroups().get(0).persons(), "a returned record does not wait here");
        HistoryBatch returned = inTransaction(() -> em.find(HistoryBatch.class,
                em.find(HistoryRecord.class, wrongRecord).getBatchId()));
        assertNotEquals(approvedUpload, returned.getId());
        assertEquals(HistoryBatchStatus.RETURNED, returned.getStatus());
        assertEquals("出生日期与证书不符", returned.getReturnReason());
        assertEquals(w.hospital, inTransaction(() -> em.find(HistoryBatch.class, returned.getId())
                .getCollectingUnit().getId()));
        assertEquals(HistoryBatchStatus.APPROVED, inTransaction(() -> em.find(HistoryBatch.class, approvedUpload))
                .getStatus(), "the other records stay approved");
        AuditRecord returnedLog = audit.history(Certificate.ENTITY_TYPE, wrong.id()).get(
                audit.history(Certificate.ENTITY_TYPE, wrong.id()).size() - 1);
        assertEquals("certificate.return", returnedLog.getAction());
        assertEquals("出生日期与证书不符", returnedLog.getOpinion());
        assertEquals("RETURNED", audit.history(HistoryUploads.ENTITY, returned.getId()).get(0).getToStatus());
        List<Message> told = inTransaction(() -> em.createQuery("select m from Message m where m.recipientId = :r",
                Message.class).setParameter("r", w.hospitalStaff.getId()).getResultList());
        assertEquals(1, told.size());
        assertTrue(told.get(0).getBody().contains("出生日期与证书不符"), told.get(0).getBody());
        // corrected and approved again, it waits for a certificate with the cancelled one
        inTransaction(() -> {
            HistoryBatch again = em.find(HistoryBatch.class, returned.getId());
            again.submit(em.find(Unit.class, w.department), List.of(w.department), again.getQualificationFileId(),
                    Times.now());
            again.pass(w.department, Times.now());
            return null;
        });
        assertEquals(2, issuance.historyGroups().get(0).persons());
        issuance.attachStampedSummary(batchId,
                attachments.store(pdf(), "汇总表.pdf", AttachmentPurpose.STAMPED_PDF).getId());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(jobs.issue(batchId)).status());
        assertEquals(2, issuance.countIssued(CertificateSource.HISTORY_RECORD, null));
        assertEquals(2, issuance.historyGroups().get(0).persons(), "the cancelled and the returned one still wait");
        List<IssuanceRows.CertificateLine> issued = issuance.issued(CertificateSource.HISTORY_RECORD, null, 0, 10);
        assertTrue(issued.stream().allMatch(c -> c.evaluationBody().equals(w.tag + "原评委会")));
        assertEquals(w.tag + "医院 → " + w.tag + "卫健委", issuance.reviewPathOf(issued.get(0).id()));
    }

    // --- public verification --------------------------------------------------------------------------------------

    @Test
    void thePublicPageAnswersValidRevokedAndUnknownAndLimitsLookups() throws Exception {
        World w = world();
        Account holder = acceptedInitial(w, "验证" + w.tag.substring(2, 6));
        signIn(w.issuer);
        Long batchId = issuance.createInitialBatch(List.of(issuance.pendingInitial(null, 0, 1).get(0)
                .applicationId()));
        issuance.setApproval(batchId, LocalDate.now(), "川卫职〔2026〕10号");
        issuance.attachStampedSummary(batchId,
                attachments.store(pdf(), "汇总表.pdf", AttachmentPurpose.STAMPED_PDF).getId());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(jobs.issue(batchId)).status());
        IssuanceRows.CertificateLine line = issuance.issued(CertificateSource.INITIAL_APPLICATION, null, 0, 1).get(0);
        String code = inTransaction(() -> em.find(Certificate.class, line.id()).getVerificationCode());
        String client = "it-" + w.tag;

        PublicCertificate valid = verification.bySerial(line.serialNo(), holder.getDisplayName(), client)
                .orElseThrow();
        assertFalse(valid.revoked());
        assertTrue(valid.maskedIdNumber().contains("*")
                && !valid.maskedIdNumber().contains(holder.getIdNumber().value()));
        assertEquals(w.tag + "主治医师", valid.qualification());
        assertTrue(verification.bySerial(line.serialNo(), "别人", client).isEmpty());
        assertTrue(verification.bySerial("512026" + "9999999", holder.getDisplayName(), client).isEmpty());
        assertEquals(line.serialNo(), verification.byCode(code, client).orElseThrow().serialNo());
        assertTrue(verification.byCode("NOT-A-CODE", client).isEmpty());

        issuance.revoke(line.id(), "发现学历造假");
        assertTrue(verification.byCode(code, client).orElseThrow().revoked());
        assertTrue(verification.bySerial(line.serialNo(), holder.getDisplayName(), client).orElseThrow().revoked());

        // 7 lookups so far; the 11th within the minute is refused, another client is not affected
        for (int i = 0; i < 3; i++) {
            verification.byCode(code, client);
        }
        assertRejected(() -> verification.byCode(code, client), "certificate.verify.tooMany");
        assertTrue(verification.byCode(code, client + "-other").isPresent());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private JobView awaitEnd(long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        JobView view = batchJobs.view(executionId);
        while (view.isRunning() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            view = batchJobs.view(executionId);
        }
        return view;
    }

    private static String pdfText(InputStream content) throws Exception {
        Path file = Files.createTempFile("certificate-", ".pdf");
        try (InputStream in = content) {
            Files.write(file, in.readAllBytes());
        }
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        Files.deleteIfExists(file);
        return text.replaceAll("\\s+", "");
    }

    private long version(Long id) throws Exception {
        return inTransaction(() -> em.find(Application.class, id)).getVersion();
    }

    private static BusinessException assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream(PDF);
    }

    private Account applicant(String name) {
        String id = TestData.idNumber();
        Account account = Account.selfRegistered(id, name, IdNumber.of(id), "13800138000", hashed(), Times.now());
        account.grant(Role.APPLICANT, null);
        em.persist(account);
        return account;
    }

    private Account staff(String login, String name, Unit unit, Set<Permission> permissions) {
        UnitRole role = new UnitRole(unit, login + "角色", null, EnumSet.copyOf(permissions), Times.now());
        em.persist(role);
        Account account = Account.selfRegistered(login, name, null, null, hashed(), Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(role));
        em.persist(account);
        return account;
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, null, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private String hashed() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
