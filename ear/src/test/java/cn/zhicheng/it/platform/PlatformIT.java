package cn.zhicheng.it.platform;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.certificate.CertificateFacts;
import cn.zhicheng.certificate.CertificatePdf;
import cn.zhicheng.certificate.CertificateSigner;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.insurance.InsurancePeriod;
import cn.zhicheng.insurance.SocialInsuranceRecords;
import cn.zhicheng.config.DeploymentProfile;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobExitStatus;
import cn.zhicheng.job.JobName;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.LoginOutcome;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.platform.ReadinessFacts;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.shared.pdf.CjkFont;
import cn.zhicheng.shared.pdf.FieldGrid;
import cn.zhicheng.shared.pdf.PdfRenderer;
import cn.zhicheng.shared.pdf.PrintedDocument;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation's services inside the real server against PostgreSQL: migrations, unit scoping, the flow log,
 * log-in lock-out and the batch facade with a restart. Each test seeds its own data with unique names.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String PASSWORD = "Right@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PlatformIT.class, SignIn.class, TestData.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    @EJB
    private UnitScope unitScope;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AccountService accounts;

    @EJB
    private ReadinessFacts readiness;

    @EJB
    private BatchJobs batchJobs;

    @EJB
    private SocialInsuranceRecords insurance;

    @EJB
    private AttachmentService attachments;

    @EJB
    private Callers callers;

    @EJB
    private ProvinceSettings settings;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PdfRenderer pdfRenderer;

    /**
     * The PDF renderer is a CDI bean of the EJB module with iText in the EAR's lib/: it loads the configured font in
     * the server (WenQuanYi Micro Hei, embedded, when fonts-wqy-microhei is installed as ./zc test does).
     */
    @Test
    void pdfRendererPrintsChineseInTheServer() {
        byte[] pdf = pdfRenderer.render(PrintedDocument.titled("专业技术职务任职资格评审申报一览表")
                .section(FieldGrid.twoColumns("基本信息").field("姓名", "张三")).build());
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        String font = pdfRenderer.fontDescription();
        if (Files.isReadable(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            assertTrue(font.contains("WenQuanYi") && font.contains("embedded subset"), font);
        } else {
            assertTrue(font.startsWith("STSong-Light"), font);
        }
    }

    @Inject
    private CertificatePdf certificatePdf;

    /**
     * Certificates in the server (issue 9): the CDI bean prints with the shared font, ZXing and iText's sign module
     * with BouncyCastle load from the EAR's lib/, and a PKCS#12 key made here signs a certificate.
     */
    @Test
    void certificatePdfPrintsAndSignsInTheServer() throws Exception {
        CertificateFacts facts = new CertificateFacts("5120260000999", "IT000001", "张三", "男", null, null,
                "四川省某某设计研究院", "工程技术人员", "道路与桥梁", "高级工程师", "高级（副高）", AcquisitionType.INITIAL,
                null, null, "川人社职〔2026〕1号", "四川省人力资源和社会保障厅", null, null,
                "http://localhost/zhicheng/public/verify.xhtml?serial=5120260000999");
        byte[] pdf = certificatePdf.certificate(facts);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertFalse(certificatePdf.signs(), "no zc.certificate.sign.keystore in the test domain");
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(read.getPage(1));
            assertTrue(text.contains("张三") && text.contains("高级工程师") && text.contains("5120260000999"), text);
            assertEquals(842f, read.getPage(1).getPageSize().getWidth(), 1f);
        }

        Path keystore = Files.createTempFile("it-signer", ".p12");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=集成测试签章,C=CN");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, new Date(System.currentTimeMillis() - 60_000),
                            new Date(System.currentTimeMillis() + 86_400_000), subject, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("it", pair.getPrivate(), "it".toCharArray(), new X509Certificate[] {certificate});
            try (var out = Files.newOutputStream(keystore)) {
                store.store(out, "it".toCharArray());
            }
            CertificateSigner signer = CertificateSigner.fromPkcs12(keystore, "it".toCharArray(), null, null, null);
            byte[] signed = CertificatePdf.withFont(CjkFont.DEFAULT_LOCATION, signer).certificate(facts);
            String raw = new String(signed, StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("/adbe.pkcs7.detached") && raw.contains("/ByteRange"), "signature dictionary");
            assertEquals(3, raw.split("%%EOF", -1).length, "the signature is an incremental update");
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    @Test
    void everyMigrationIsAppliedAndReadinessSaysSo() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select count(*), bool_and(success) from flyway_schema_history where version is not null")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 4, "at least the four foundation migrations");
            assertTrue(rs.getBoolean(2), "no failed migration");
        }
        assertTrue(readiness.databaseReachable());
        assertTrue(readiness.migrationsApplied());
    }

    @Test
    void aUnitUserSeesExactlyTheirUnitAndItsDescendants() throws Exception {
        String tag = "T" + System.nanoTime();
        List<Unit> tree = inTransaction(() -> {
            Unit root = unit(tag + "省厅", UnitType.HRSS, null);
            Unit a = unit(tag + "主管部门A", UnitType.COMPETENT_DEPARTMENT, root);
            Unit a1 = unit(tag + "单位A1", UnitType.APPLYING_UNIT, a);
            Unit a1x = unit(tag + "单位A1下级", UnitType.APPLYING_UNIT, a1);
            Unit b = unit(tag + "主管部门B", UnitType.COMPETENT_DEPARTMENT, root);
            Unit b1 = unit(tag + "单位B1", UnitType.APPLYING_UNIT, b);
            return List.of(root, a, a1, a1x, b, b1);
        });
        Unit a = tree.get(1);
        Account handler = inTransaction(() -> {
            Account account = Account.selfRegistered(tag + "_a", "经办人A", null, null, hasher.hash(PASSWORD),
                    Times.now());
            account.grant(Role.UNIT_HANDLER, em.find(Unit.class, a.getId()));
            em.persist(account);
            return account;
        });

        Set<Long> visible = inTransaction(() -> unitScope.visibleUnitIds(em.find(Account.class, handler.getId())));

        assertEquals(Set.of(tree.get(1).getId(), tree.get(2).getId(), tree.get(3).getId()), visible);
        assertEquals(new HashSet<>(List.of(tree.get(3).getId())),
                new HashSet<>(unitScope.subtreeIds(em.find(Unit.class, tree.get(3).getId()))), "a leaf sees itself");
        assertEquals(6, unitScope.subtreeIds(em.find(Unit.class, tree.get(0).getId())).size(), "the root sees all");

        Unit b = tree.get(4);
        signIn("admin", "Demo@2026");
        inTransaction(() -> {
            unitScope.moveUnder(em.find(Unit.class, tree.get(2).getId()), em.find(Unit.class, b.getId()));
            return null;
        });
        em.clear();
        Set<Long> afterMove = inTransaction(() -> unitScope.visibleUnitIds(em.find(Account.class, handler.getId())));
        assertEquals(Set.of(a.getId()), afterMove, "A1 and its child moved to B leave A's scope");
        assertEquals(Set.of(b.getId(), tree.get(2).getId(), tree.get(3).getId(), tree.get(5).getId()),
                new HashSet<>(unitScope.subtreeIds(em.find(Unit.class, b.getId()))), "and enter B's");
        Unit movedGrandchild = em.find(Unit.class, tree.get(3).getId());
        assertEquals(b.getPath() + tree.get(2).getId() + "/" + movedGrandchild.getId() + "/",
                movedGrandchild.getPath());
        assertEquals(3, movedGrandchild.getDepth());
    }

    @Test
    void theFlowLogKeepsEveryChangeInOrderAndCannotBeRewritten() throws Exception {
        long itemId = System.nanoTime();
        AuditRecord.Actor actor = new AuditRecord.Actor(1L, "tester", "测试员", null, null);
        inTransaction(() -> {
            auditLog.record(actor, "TEST_ITEM", itemId, "SUBMIT", "DRAFT", "SUBMITTED", null);
            auditLog.record(actor, "TEST_ITEM", itemId, "RETURN", "SUBMITTED", "RETURNED", "材料不全，请补充学历证书");
            return null;
        });

        List<AuditRecord> history = auditLog.history("TEST_ITEM", itemId);

        assertEquals(2, history.size());
        assertEquals("SUBMIT", history.get(0).getAction());
        assertEquals("RETURNED", history.get(1).getToStatus());
        assertEquals("材料不全，请补充学历证书", history.get(1).getOpinion());
        assertEquals("tester", history.get(1).getActorLogin());
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("update audit_record set opinion = 'forged' where entity_id = " + itemId);
            }
        });
        assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String login = "lock" + System.nanoTime();
        Account account = inTransaction(() -> {
            Account created = Account.selfRegistered(login, "锁定测试", null, null, hasher.hash(PASSWORD), Times.now());
            created.grant(Role.APPLICANT, null);
            em.persist(created);
            return created;
        });

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.Result.INVALID_CREDENTIALS,
                    accounts.authenticate(login, "Wrong@" + attempt, "127.0.0.1").result(), "attempt " + attempt);
        }
        LoginOutcome fifth = accounts.authenticate(login, "Wrong@5", "127.0.0.1");
        LoginOutcome rightButLocked = accounts.authenticate(login, PASSWORD, "127.0.0.1");

        assertEquals(LoginOutcome.Result.LOCKED, fifth.result());
        assertEquals(LoginOutcome.Result.LOCKED, rightButLocked.result());
        Duration lockedFor = Duration.between(Times.now(), fifth.lockedUntil());
        assertTrue(lockedFor.toMinutes() >= 14 && lockedFor.toMinutes() <= 15, "locked for 15 minutes: " + lockedFor);
        assertTrue(auditLog.history("ACCOUNT", account.getId()).stream().anyMatch(r -> "LOCKED".equals(r.getAction())));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update account set locked_until = now() - interval '1 minute' where id = "
                    + account.getId());
        }
        LoginOutcome afterLock = accounts.authenticate(login, PASSWORD, "127.0.0.1");
        assertTrue(afterLock.succeeded(), "the lock ends after its time");
        assertEquals(Set.of(Role.APPLICANT), afterLock.roles());
    }

    @Test
    void theCatalogImportResumesFromItsCheckpointAfterAFailure() throws Exception {
        signIn("admin", "Demo@2026");
        String series = "测试系列" + System.nanoTime();
        Path file = Files.createTempFile("catalog-", ".csv");
        List<String> good = catalogLines(series, 132);
        List<String> broken = new ArrayList<>(good);
        broken.set(70, series + ",超高级,不存在的层级");
        Files.write(file, broken, StandardCharsets.UTF_8);

        Properties parameters = new Properties();
        parameters.setProperty("file", file.toString());
        parameters.setProperty("chunkSize", "10");
        long first = batchJobs.start(JobName.TITLE_CATALOG_IMPORT, parameters);
        JobView failed = awaitEnd(first);

        assertEquals(BatchStatus.FAILED, failed.status());
        assertEquals("第 71 行：无法识别的层级“超高级”：应为正高级、副高级、中级、助理级或员级。",
                JobExitStatus.describe(failed.exitStatus(), Locale.SIMPLIFIED_CHINESE));
        assertTrue(JobExitStatus.describe(failed.exitStatus(), Locale.ENGLISH).startsWith("Line 71: "),
                "the same failure in English");
        assertEquals(60, qualificationsOf(series), "the six chunks before the bad line are committed");

        Files.write(file, good, StandardCharsets.UTF_8);
        long second = batchJobs.restart(first);
        JobView completed = awaitEnd(second);

        assertEquals(BatchStatus.COMPLETED, completed.status());
        assertEquals(132, qualificationsOf(series), "every line once, none twice");
        assertEquals(132, completed.processedItems());
        assertEquals(100, completed.percent());
        Files.deleteIfExists(file);
    }

    @Test
    void theSocialInsuranceImportLoadsTheLocalSourceAndReplacesAPeriodOnReload() throws Exception {
        signIn("admin", "Demo@2026");
        String person = TestData.idNumber();
        String other = TestData.idNumber();
        Path file = Files.createTempFile("insurance-", ".csv");
        Files.write(file, List.of("身份证号,单位统一社会信用代码,参保开始日期,参保结束日期",
                person + ",12510000MB00000066,2012-07-01,",
                other + ",12510000MB00000066,2008-01-01,2011-12-31"), StandardCharsets.UTF_8);
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toString());
        assertEquals(BatchStatus.COMPLETED, awaitEnd(batchJobs.start(JobName.INSURANCE_IMPORT, parameters)).status());
        List<InsurancePeriod> periods = insurance.periodsOf(person);
        assertEquals(1, periods.size());
        assertEquals(LocalDate.of(2012, 7, 1), periods.get(0).from());
        assertTrue(periods.get(0).activeOn(LocalDate.now()));
        assertFalse(insurance.periodsOf(other).get(0).activeOn(LocalDate.now()));

        // a new delivery replaces the person's period at that unit; a bad line stops the job, naming it
        Files.write(file, List.of("身份证号,单位统一社会信用代码,参保开始日期,参保结束日期",
                person + ",12510000MB00000066,2013-01-01,2020-06-30",
                person + ",12510000MB00000066,2013-02-30,"), StandardCharsets.UTF_8);
        JobView failed = awaitEnd(batchJobs.start(JobName.INSURANCE_IMPORT, parameters));
        assertEquals(BatchStatus.FAILED, failed.status());
        assertTrue(JobExitStatus.describe(failed.exitStatus(), Locale.SIMPLIFIED_CHINESE).startsWith("第 3 行"),
                failed.exitStatus());
        Files.write(file, List.of("身份证号,单位统一社会信用代码,参保开始日期,参保结束日期",
                person + ",12510000MB00000066,2013-01-01,2020-06-30"), StandardCharsets.UTF_8);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(batchJobs.start(JobName.INSURANCE_IMPORT, parameters)).status());
        periods = insurance.periodsOf(person);
        assertEquals(1, periods.size(), "replaced, not added");
        assertEquals(LocalDate.of(2020, 6, 30), periods.get(0).to());
        Files.deleteIfExists(file);
    }

    @Test
    void attachmentsAreCheckedByContentStoredOnceAndReadableOnlyWithinScope() throws Exception {
        signIn("hospital_handler", "Demo@2026");
        byte[] png = pngBytes(System.nanoTime());

        Attachment licence = attachments.store(new ByteArrayInputStream(png), "营业执照.png",
                AttachmentPurpose.UNIT_DOCUMENT);
        Attachment again = attachments.store(new ByteArrayInputStream(png), "副本.png", AttachmentPurpose.UNIT_DOCUMENT);

        assertEquals(FileKind.PNG, licence.getKind());
        assertEquals("image/png", licence.getContentType());
        assertEquals(licence.getSha256(), again.getSha256(), "identical content, one address");
        assertTrue(licence.getId() < again.getId());
        assertEquals(png.length, attachments.open(licence.getId()).readAllBytes().length);

        BusinessException disguised = assertThrows(BusinessException.class, () -> attachments.store(
                new ByteArrayInputStream("这不是PDF".getBytes(StandardCharsets.UTF_8)), "伪装.pdf",
                AttachmentPurpose.GENERAL_DOCUMENT));
        assertEquals("attachment.type.notAccepted", disguised.getMessageKey());
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> attachments.store(
                new ByteArrayInputStream(pngBytesOfSize(501 * 1024)), "照片.png", AttachmentPurpose.APPLICANT_PHOTO));
        assertEquals("attachment.tooLarge", tooLarge.getMessageKey());
        BusinessException empty = assertThrows(BusinessException.class, () -> attachments.store(
                new ByteArrayInputStream(new byte[0]), "空.pdf", AttachmentPurpose.GENERAL_DOCUMENT));
        assertEquals("attachment.empty", empty.getMessageKey());

        signIn("health_dept", "Demo@2026");
        assertEquals(licence.getId(), attachments.get(licence.getId()).getId(), "the parent unit sees it");

        signIn("school_handler", "Demo@2026");
        BusinessException outside = assertThrows(BusinessException.class, () -> attachments.get(licence.getId()));
        assertEquals("attachment.notFound", outside.getMessageKey(), "another subtree does not");
    }

    @Test
    void provinceSettingsStartFromTheProfileAndEveryChangeIsValidatedAndAudited() throws Exception {
        signIn("admin", "Demo@2026");
        assertEquals(DeploymentProfile.SC, settings.profile());
        assertEquals(CommitteeSetupModel.FORMATION_UNIT_FILING, settings.get(SettingKeys.COMMITTEE_SETUP_MODEL));
        assertEquals(500, settings.get(SettingKeys.UPLOAD_PHOTO_MAX_KB));

        BusinessException invalid = assertThrows(BusinessException.class,
                () -> settings.change("upload.photoMaxKB", "五百"));
        assertEquals("setting.value.invalid", invalid.getMessageKey());
        settings.change("committee.setupModel", "REFORM_OFFICE_CREATES");
        try {
            assertEquals(CommitteeSetupModel.REFORM_OFFICE_CREATES, settings.get(SettingKeys.COMMITTEE_SETUP_MODEL));
            assertTrue(settings.list().stream().anyMatch(v -> v.key().equals("committee.setupModel") && v.overridden()));
            assertTrue(auditLog.history("SETTING", 0L).stream().anyMatch(r -> "REFORM_OFFICE_CREATES".equals(r.getToStatus())
                    && "admin".equals(r.getActorLogin())), "the change is in the flow log with who made it");
        } finally {
            settings.resetToDefault("committee.setupModel");
        }
        assertEquals(CommitteeSetupModel.FORMATION_UNIT_FILING, settings.get(SettingKeys.COMMITTEE_SETUP_MODEL));

        signIn("hospital_admin", "Demo@2026");
        assertThrows(EJBAccessException.class, () -> settings.change("upload.photoMaxKB", "900"),
                "only the system administrator changes settings");
        assertEquals(500, settings.get(SettingKeys.UPLOAD_PHOTO_MAX_KB), "every service may read them");
    }

    /** A valid PNG header followed by filler; a distinct seed gives distinct content. */
    private static byte[] pngBytes(long seed) {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        buffer.put(new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});
        buffer.putLong(seed);
        return buffer.array();
    }

    private static byte[] pngBytesOfSize(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(pngBytes(1), 0, bytes, 0, 16);
        return bytes;
    }

    private static List<String> catalogLines(String series, int count) {
        List<String> lines = new ArrayList<>();
        lines.add("series,level,qualification");
        String[] levels = {"正高级", "副高级", "中级", "助理级", "员级"};
        for (int i = 1; i <= count; i++) {
            lines.add(series + "," + levels[i % levels.length] + ",资格" + i);
        }
        return lines;
    }

    private long qualificationsOf(String series) {
        return em.createQuery("select count(q) from TitleQualification q where q.series.name = :series", Long.class)
                .setParameter("series", series).getSingleResult();
    }

    private JobView awaitEnd(long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JobView view = batchJobs.view(executionId);
        while (view.isRunning() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            view = batchJobs.view(executionId);
        }
        return view;
    }

    private void signIn(String login, String password) throws ServletException {
        SignIn.as(securityContext, request, login, password);
        assertEquals(login, callers.current().getLoginName(), "the services see the new caller");
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, type == UnitType.HRSS ? cn.zhicheng.org.HrssLevel.PROVINCE : null,
                "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }

}
