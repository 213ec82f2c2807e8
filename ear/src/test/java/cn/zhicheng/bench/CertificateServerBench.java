package cn.zhicheng.bench;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.certificate.CertificateIssuance;
import cn.zhicheng.certificate.CertificateJobs;
import cn.zhicheng.certificate.IssuanceRows;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryDetails;
import cn.zhicheng.history.HistoryRecord;
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
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Issue 9's certificate generation inside the real server: {@code bench.certificates} (default 2,000) approved
 * historical records of one group become one batch; the real {@code certificateGeneration} job draws the serial
 * numbers, renders certificate and 评审表, stores both and marks each issued. Prints certificates/s end to end (two
 * PDFs, the database and the attachment store per certificate), the average certificate PDF size and the heap pools'
 * peak; asserts nothing. Not part of the suite: {@code mvn -B -pl ear verify -Dit.test=CertificateServerBench
 * -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateServerBench {

    private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 2_000);
    private static final String PASSWORD = "Bench@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CertificateServerBench.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private CertificateIssuance issuance;

    @EJB
    private CertificateJobs jobs;

    @EJB
    private BatchJobs batchJobs;

    @EJB
    private AttachmentService attachments;

    @Test
    void generateCertificates() throws Exception {
        String tag = "cb" + System.nanoTime();
        String number = "川人社职〔2016〕" + (1000 + (int) (System.nanoTime() % 8000)) + "号";
        String login = InTransaction.call(tx, () -> {
            Unit issuer = new Unit(tag + "人社局", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", Times.now());
            em.persist(issuer);
            issuer.placeUnder(null);
            UnitRole role = new UnitRole(issuer, tag + "发证", null, EnumSet.of(Permission.CERTIFICATE_ISSUE),
                    Times.now());
            em.persist(role);
            Account staff = Account.selfRegistered(tag + "_i", "发证经办", null, null, hasher.hash(PASSWORD),
                    Times.now());
            staff.grant(Role.UNIT_HANDLER, issuer);
            staff.assignStaffRoles(Set.of(role));
            em.persist(staff);
            HistoryBatch batch = new HistoryBatch(issuer, AcquisitionType.REVIEW, DocumentNumber.of(number),
                    tag + "_i", "发证经办", Times.now());
            em.persist(batch);
            em.flush();
            for (int i = 0; i < CERTIFICATES; i++) {
                IdNumber id = IdNumber.of(TestData.idNumber());
                em.persist(new HistoryRecord(batch.getId(), i + 3, new HistoryDetails("510107", "居民身份证",
                        id.value(), "证书" + i, id.sex(), id.birthDate(), null, "工程技术人员",
                        TitleLevel.INTERMEDIATE, "工程师", "土木工程", tag + "评委会", LocalDate.of(2016, 10, 20),
                        LocalDate.of(2016, 12, 1), number, "四川省建筑设计研究院有限公司第" + (i % 9) + "设计所"),
                        false, Times.now()));
                if (i % 500 == 499) {
                    em.flush();
                    em.clear();
                }
            }
            HistoryBatch reloaded = em.find(HistoryBatch.class, batch.getId());
            Unit again = em.find(Unit.class, issuer.getId());
            Attachment file = attachments.storeForSystem(pdf(), "任职资格文件.pdf", AttachmentPurpose.STAMPED_PDF,
                    again.getId());
            reloaded.submit(again, List.of(again.getId()), file.getId(), Times.now());
            reloaded.pass(again.getId(), Times.now());
            return tag + "_i";
        });
        SignIn.as(securityContext, request, login, PASSWORD);
        IssuanceRows.HistoryGroup group = issuance.historyGroups().get(0);
        Long batchId = issuance.createHistoryBatch(group.collectingUnitId(), group.documentNumber(),
                group.institution(), group.approvedOn());
        issuance.attachStampedSummary(batchId,
                attachments.store(pdf(), "汇总表.pdf", AttachmentPurpose.STAMPED_PDF).getId());
        resetPeaks();
        long started = System.nanoTime();
        long execution = jobs.issue(batchId);
        JobView view = batchJobs.view(execution);
        while (view.isRunning()) {
            Thread.sleep(250);
            view = batchJobs.view(execution);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double averageKb = InTransaction.call(tx, () -> ((Number) em.createNativeQuery(
                        "select avg(a.size_bytes) from certificate c join attachment a on a.id = c.pdf_file_id"
                                + " where c.batch_id = ?1").setParameter(1, batchId).getSingleResult()).doubleValue())
                / 1024.0;
        double averageFormKb = InTransaction.call(tx, () -> ((Number) em.createNativeQuery(
                        "select avg(a.size_bytes) from certificate c join attachment a on a.id = c.form_file_id"
                                + " where c.batch_id = ?1").setParameter(1, batchId).getSingleResult()).doubleValue())
                / 1024.0;
        String report = String.format("certificateGeneration: %d certificates, status %s, %.1f s, %.1f certificates/s"
                        + " (certificate + 评审表 + database + store, %d cores shared), certificate %.1f KB, 评审表 %.1f KB,"
                        + " heap pools' peak %d MB, load average %.1f",
                CERTIFICATES, view.status(), seconds, CERTIFICATES / seconds,
                Runtime.getRuntime().availableProcessors(), averageKb, averageFormKb, peakHeapMb(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(report);
        java.util.logging.Logger.getLogger(CertificateServerBench.class.getName()).info(report);
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("certificate-server.txt"), report + System.lineSeparator());
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
