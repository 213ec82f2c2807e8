package cn.zhicheng.it.history;

import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.BatchRow;
import cn.zhicheng.history.FailureRow;
import cn.zhicheng.history.HistoryBatch;
import cn.zhicheng.history.HistoryBatchStatus;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.history.HistoryInstitutions;
import cn.zhicheng.history.HistoryReports;
import cn.zhicheng.history.HistoryReviews;
import cn.zhicheng.history.HistoryTemplate;
import cn.zhicheng.history.HistoryUploads;
import cn.zhicheng.history.InstitutionInput;
import cn.zhicheng.history.InstitutionRow;
import cn.zhicheng.history.NameCheck;
import cn.zhicheng.history.RecordRow;
import cn.zhicheng.insurance.InsuranceRecord;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.MultiPostConfig;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Historical title data inside the real server against PostgreSQL (SPEC §3.13): 历史评审机构 CRUD and scoping; the
 * historicalTitleImport job with every validation rule (a failing and a passing row each), the social-insurance
 * warning, a restart after a failed chunk that finishes with exact counts and nothing half-written, re-upload
 * idempotence; failed rows fixed in place, deleted; 提交审核 with a 3-level review path, return and resubmit, the
 * SX chain, name-list verification, the flow log; another unit's batch out of reach; the SX 职称评审信息上报 of a
 * committee (historical activity, import, failures, 上报 to its 主管部门 and the province, a return in between).
 */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

    private static final String PASSWORD = "Right@2026";
    private static final String NUMBER = "川人社职〔2018〕60号";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(HistoryIT.class, SignIn.class, TestData.class);
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
    private Callers callers;

    @Inject
    private Instance<ToDoSource> toDoSources;

    @EJB
    private HistoryInstitutions institutions;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private HistoryReviews reviews;

    @EJB
    private HistoryReports reports;

    @EJB
    private HistoryImportJobs imports;

    @EJB
    private BatchJobs jobs;

    @EJB
    private AuditLog auditLog;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ProvinceSettings settings;

    private String hashed;

    /**
     * 省人社厅 → 市人社局 → 主管部门 → 自主评审单位 (the collector, with a filed committee of its own); the city created a
     * historical institution collected by the collector; a stranger department elsewhere.
     */
    private final class World {
        String tag;
        Unit province;
        Unit city;
        Unit department;
        Unit collector;
        Unit otherDepartment;
        Account provinceAdmin;
        Account cityAdmin;
        Account departmentAdmin;
        Account collectorAdmin;
        Account stranger;
        Account otherProvince;
        TitleSeries series;
        String committee;
        String institution;
    }

    private World world() throws Exception {
        String tag = "hi" + System.nanoTime();
        World w = inTransaction(() -> {
            World x = new World();
            x.tag = tag;
            x.province = unit(tag + "省人社厅", UnitType.HRSS, null);
            Unit otherProvince = unit(tag + "外省人社厅", UnitType.HRSS, null);
            x.city = unit(tag + "市人社局", UnitType.HRSS, x.province);
            x.department = unit(tag + "住建局", UnitType.COMPETENT_DEPARTMENT, x.city);
            x.collector = unit(tag + "设计院", UnitType.SELF_EVALUATING_UNIT, x.department);
            x.otherDepartment = unit(tag + "教育局", UnitType.COMPETENT_DEPARTMENT, x.city);
            x.provinceAdmin = account(tag + "_p", "省审核", x.province);
            x.cityAdmin = account(tag + "_c", "市审核", x.city);
            x.departmentAdmin = account(tag + "_d", "部门审核", x.department);
            x.collectorAdmin = account(tag + "_u", "采集人", x.collector);
            x.stranger = account(tag + "_s", "外单位", x.otherDepartment);
            x.otherProvince = account(tag + "_o", "外省", otherProvince);
            x.series = new TitleSeries(tag + "工程");
            em.persist(x.series);
            em.persist(new TitleQualification(x.series, TitleLevel.SENIOR_DEPUTY, "高级工程师"));
            em.persist(new TitleQualification(x.series, TitleLevel.INTERMEDIATE, "工程师"));
            x.committee = tag + "工程高评委";
            Committee committee = new Committee(x.committee, x.collector, x.series, false, Times.now());
            em.persist(committee);
            committee.authoriseAtCreation(Times.now());
            Committee draft = new Committee(tag + "未备案评委会", x.collector, x.series, false, Times.now());
            em.persist(draft);
            return x;
        });
        signIn(w.cityAdmin);
        w.institution = tag + "老评审机构";
        institutions.save(null, new InstitutionInput(w.institution, List.of(w.series.getId()),
                List.of(TitleLevel.INTERMEDIATE), List.of(w.collector.getId())));
        return w;
    }

    // ---- 历史评审机构 ----

    @Test
    void aCityAddsEditsListsAndDeletesHistoricalInstitutionsOfItsScope() throws Exception {
        World w = world();
        signIn(w.cityAdmin);
        assertEquals(1L, institutions.count(null));
        InstitutionRow row = institutions.list(w.tag, 0, 10).get(0);
        assertEquals(w.institution, row.name());
        assertEquals(List.of(w.series.getName()), row.seriesNames());
        assertEquals(List.of(w.collector.getName()), row.collectorNames());
        assertRejected(() -> institutions.save(null, new InstitutionInput(w.institution, List.of(w.series.getId()),
                List.of(TitleLevel.INTERMEDIATE), List.of(w.collector.getId()))), "history.institution.nameTaken");
        assertRejected(() -> institutions.save(null, new InstitutionInput(w.tag + "空", List.of(w.series.getId()),
                List.of(), List.of(w.collector.getId()))), "history.institution.levelsRequired");
        assertRejected(() -> institutions.save(null, new InstitutionInput(w.tag + "空", List.of(w.series.getId()),
                List.of(TitleLevel.INTERMEDIATE), List.of())), "history.institution.collectorsRequired");
        assertDenied(() -> institutions.save(null, new InstitutionInput(w.tag + "越权", List.of(w.series.getId()),
                List.of(TitleLevel.INTERMEDIATE), List.of(w.province.getId()))));
        assertTrue(institutions.collectingUnits(w.tag + "设计", 10).stream()
                .anyMatch(u -> u.id().equals(w.collector.getId())), "【选择采集单位】 finds units of the scope");
        assertTrue(institutions.collectingUnits(w.tag + "省", 10).isEmpty(), "not the parent");

        Long second = institutions.save(null, new InstitutionInput(w.tag + "旧职改办", List.of(w.series.getId()),
                List.of(TitleLevel.SENIOR_DEPUTY, TitleLevel.INTERMEDIATE), List.of(w.collector.getId(),
                w.department.getId())));
        institutions.save(second, new InstitutionInput(w.tag + "原职改办", List.of(w.series.getId()),
                List.of(TitleLevel.SENIOR_DEPUTY), List.of(w.department.getId())));
        InstitutionRow edited = institutions.get(second);
        assertEquals(w.tag + "原职改办", edited.name());
        assertEquals(List.of(TitleLevel.SENIOR_DEPUTY), edited.levels());
        assertEquals(List.of(w.department.getId()), edited.collectorIds());
        assertEquals(2L, institutions.count(w.tag));

        signIn(w.provinceAdmin);
        assertEquals(0L, institutions.count(w.tag), "the province lists its own institutions only");
        assertDenied(() -> institutions.get(second));
        signIn(w.departmentAdmin);
        assertDenied(() -> institutions.count(null));

        signIn(w.cityAdmin);
        institutions.delete(second);
        assertEquals(1L, institutions.count(w.tag));
    }

    // ---- the import job: every rule, restart, idempotence ----

    @Test
    void theImportChecksEveryRuleWarnsOfMissingInsuranceAndARestartFinishesExactly() throws Exception {
        World w = world();
        List<List<String>> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String first = uniqueId(ids);
        rows.add(good(w, "甲", first));                                              // 4: valid
        bad(rows, expected, w, ids, HistoryColumn.NAME, "", "NAME history.cell.required");
        bad(rows, expected, w, ids, HistoryColumn.NAME, "长".repeat(51), "NAME history.cell.tooLong");
        bad(rows, expected, w, ids, HistoryColumn.ID_NUMBER, "999995593", "ID_NUMBER idNumber.length");
        String wrongCheck = uniqueId(ids);
        bad(rows, expected, w, ids, HistoryColumn.ID_NUMBER, wrongCheck.substring(0, 17)
                + (wrongCheck.charAt(17) == '1' ? '2' : '1'), "ID_NUMBER idNumber.checksum");
        bad(rows, expected, w, ids, HistoryColumn.SEX, "女", "SEX history.sex.mismatch");
        bad(rows, expected, w, ids, HistoryColumn.BIRTH_DATE, "19000101", "BIRTH_DATE history.birthDate.mismatch");
        bad(rows, expected, w, ids, HistoryColumn.SERIES, "没有的系列", "SERIES history.series.unknown");
        bad(rows, expected, w, ids, HistoryColumn.LEVEL, "高级", "LEVEL history.level.unknown");
        bad(rows, expected, w, ids, HistoryColumn.QUALIFICATION, "正高级工程师",
                "QUALIFICATION history.qualification.unknown");
        bad(rows, expected, w, ids, HistoryColumn.INSTITUTION, w.tag + "未备案评委会",
                "INSTITUTION history.institution.notAllowed");
        bad(rows, expected, w, ids, HistoryColumn.INSTITUTION, w.institution, "INSTITUTION history.institution.scope");
        bad(rows, expected, w, ids, HistoryColumn.REVIEWED_ON, "2018-12-16", "REVIEWED_ON history.dates.order");
        bad(rows, expected, w, ids, HistoryColumn.APPROVED_ON, "2018年12月", "APPROVED_ON history.cell.date");
        bad(rows, expected, w, ids, HistoryColumn.DOCUMENT_NUMBER, "川人社职【2018】60号",
                "DOCUMENT_NUMBER documentNumber.brackets");
        bad(rows, expected, w, ids, HistoryColumn.APPROVED_ON, "2019-01-05",
                "DOCUMENT_NUMBER history.documentNumber.year");
        bad(rows, expected, w, ids, HistoryColumn.DOCUMENT_NUMBER, "川人社职〔2018〕61号",
                "DOCUMENT_NUMBER history.documentNumber.batch");
        rows.add(good(w, "甲", first));                                              // repeats row 4
        expected.add("ID_NUMBER history.duplicate.inFile");
        int refused = expected.size();
        // passing variants: the historical institution at its level, 文号 filled in, compact and serial dates
        List<String> institutionRow = good(w, "乙", uniqueId(ids));
        institutionRow.set(HistoryColumn.INSTITUTION.ordinal(), w.institution);
        institutionRow.set(HistoryColumn.LEVEL.ordinal(), "中级");
        institutionRow.set(HistoryColumn.QUALIFICATION.ordinal(), "工程师");
        rows.add(institutionRow);
        List<String> explicit = good(w, "丙", uniqueId(ids));
        explicit.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), NUMBER);
        explicit.set(HistoryColumn.REVIEWED_ON.ordinal(), "20181020");
        explicit.set(HistoryColumn.APPROVED_ON.ordinal(), "43449");
        rows.add(explicit);
        int valid = 3;
        for (int i = 0; i < 117; i++) {
            rows.add(good(w, "人员" + i, uniqueId(ids)));
            valid++;
        }
        Path file = write(rows);
        inTransaction(() -> {
            em.persist(new InsuranceRecord(first, w.collector.getId(), null, null));
            return null;
        });

        signIn(w.collectorAdmin);
        Properties failing = new Properties();
        failing.setProperty("chunkSize", "20");
        failing.setProperty("failOnceAtRow", "100");
        JobView failed = await(imports.upload(AcquisitionType.REVIEW, NUMBER, file, failing));
        assertEquals(BatchStatus.FAILED, failed.status());
        long batch = imports.batchOf(failed.executionId());
        long committedRecords = uploads.countRecords(batch);
        long committedFailures = uploads.countFailures(batch);
        assertEquals(refused, committedFailures, "the refused rows all lie in the first, committed chunks");
        assertTrue(committedRecords > 0 && committedRecords < valid, "whole chunks before the failure");
        assertEquals(0, (committedRecords + committedFailures) % 20, "only whole chunks were written");
        assertEquals(committedRecords, failed.processedItems(), "progress commits with the rows");

        JobView restarted = await(imports.restart(failed.executionId()));
        assertEquals(BatchStatus.COMPLETED, restarted.status());
        assertNotEquals(failed.executionId(), restarted.executionId());
        assertEquals((long) rows.size(), restarted.totalItems());
        assertEquals(valid, restarted.processedItems());
        assertEquals(refused, restarted.failedItems());
        assertEquals(valid, uploads.countRecords(batch), "every valid row, once");
        assertEquals(refused, uploads.countFailures(batch), "failures written once");
        long distinct = inTransaction(() -> em.createQuery("select count(distinct r.idNumber) from HistoryRecord r"
                + " where r.batchId = :b", Long.class).setParameter("b", batch).getSingleResult());
        assertEquals(valid, distinct);

        List<FailureRow> failures = uploads.failures(batch, 0, 100);
        assertEquals(expected, failures.stream().map(f -> f.column() + " " + f.messageKey()).toList());
        assertEquals(List.of("4"), List.of(String.valueOf(failures.get(failures.size() - 1).arguments()[0])),
                "the duplicate names the row it repeats");
        assertEquals(5L, failures.get(0).rowNumber());

        BatchRow row = uploads.batch(batch);
        assertEquals(valid - 1L, row.highRisk(), "everyone but the insured person is 高风险 (a warning only)");
        RecordRow insured = uploads.records(batch, 0, 1).get(0);
        assertEquals(first, insured.idNumber());
        assertFalse(insured.highRisk());

        // the same file again: a new batch, nothing imported twice
        JobView again = await(imports.upload(AcquisitionType.REVIEW, NUMBER, file));
        assertEquals(BatchStatus.COMPLETED, again.status());
        long secondBatch = imports.batchOf(again.executionId());
        assertEquals(0L, uploads.countRecords(secondBatch));
        assertEquals(0L, again.processedItems());
        assertEquals(valid, uploads.failures(secondBatch, 0, 500).stream()
                .filter(f -> f.messageKey().equals("history.duplicate.existing")).count());

        // the failures file carries a reason column
        Path failuresFile = Files.createTempFile("history-failures", ".xlsx");
        try (OutputStream out = Files.newOutputStream(failuresFile)) {
            imports.writeFailures(batch, f -> f.messageKey(), out);
        }
        assertTrue(Files.size(failuresFile) > 0);

        signIn(w.stranger);
        assertDenied(() -> imports.view(restarted.executionId()));
        assertDenied(() -> uploads.failures(batch, 0, 10));
        assertDenied(() -> uploads.batch(batch));
        Files.deleteIfExists(file);
        Files.deleteIfExists(failuresFile);
    }

    @Test
    void aRecordOfAnEditableBatchIsEditedInItsDetailsWithEveryRuleCheckedAgain() throws Exception {
        World w = world();
        Set<String> ids = new HashSet<>();
        String second = uniqueId(ids);
        Path file = write(List.of(good(w, "甲", uniqueId(ids)), good(w, "乙", second)));
        signIn(w.collectorAdmin);
        JobView run = await(imports.upload(AcquisitionType.REVIEW, NUMBER, file));
        long batch = imports.batchOf(run.executionId());
        RecordRow first = uploads.records(batch, 0, 10).get(0);

        List<String> cells = uploads.recordCells(first.id());
        assertEquals(first.idNumber(), cells.get(HistoryColumn.ID_NUMBER.ordinal()));
        cells.set(HistoryColumn.NAME.ordinal(), "甲改");
        assertTrue(uploads.editRecord(first.id(), cells).isEmpty(), "saved");
        assertEquals("甲改", uploads.records(batch, 0, 10).get(0).name());

        List<String> wrongSex = new ArrayList<>(cells);
        wrongSex.set(HistoryColumn.SEX.ordinal(), "男".equals(cells.get(HistoryColumn.SEX.ordinal())) ? "女" : "男");
        FailureRow refused = uploads.editRecord(first.id(), wrongSex).orElseThrow();
        assertEquals(HistoryColumn.SEX, refused.column());
        assertEquals("history.sex.mismatch", refused.messageKey());
        List<String> duplicate = uploads.recordCells(uploads.records(batch, 0, 10).get(1).id());
        assertEquals("history.duplicate.existing", uploads.editRecord(first.id(), duplicate).orElseThrow()
                .messageKey(), "the other record's person, series, level and 文号");
        assertEquals("甲改", uploads.records(batch, 0, 10).get(0).name(), "a refused edit changes nothing");
        assertTrue(uploads.log(batch, 0, 10).stream().anyMatch(a -> a.getAction().equals("RECORD_EDITED")));

        signIn(w.stranger);
        assertDenied(() -> uploads.editRecord(first.id(), cells));
        Files.deleteIfExists(file);
    }

    @Test
    void aZipBombIsRefusedBeforeParsingWithItsOwnMessage() throws Exception {
        World w = world();
        Path template = write(List.of());
        Path bomb = Files.createTempFile("history-bomb", ".xlsx");
        try (ZipFile in = new ZipFile(template.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);                          // 64 MB of blanks after the XML: ~64 KB zipped
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "a small upload");

        signIn(w.collectorAdmin);
        long before = uploads.countBatches(false);
        assertRejected(() -> imports.upload(AcquisitionType.REVIEW, NUMBER, bomb), "xlsx.inflated");
        assertEquals(before, uploads.countBatches(false), "refused before a batch or a run exists");
        Files.deleteIfExists(template);
        Files.deleteIfExists(bomb);
    }

    @Test
    void initialAndConfirmationRowsNameThemselvesAndOnlyTheIssuerUploadsThem() throws Exception {
        World w = world();
        Set<String> ids = new HashSet<>();
        List<String> initial = good(w, "初定甲", uniqueId(ids));
        initial.set(HistoryColumn.INSTITUTION.ordinal(), "初定");
        List<String> notInitial = good(w, "初定乙", uniqueId(ids));
        Path file = write(List.of(initial, notInitial));

        signIn(w.collectorAdmin);
        assertRejected(() -> imports.upload(AcquisitionType.INITIAL, NUMBER, file), "history.upload.issuerOnly");
        assertRejected(() -> imports.upload(AcquisitionType.REVIEW, "川人社职(2018)60号", file),
                "documentNumber.brackets");

        signIn(w.cityAdmin);
        JobView run = await(imports.upload(AcquisitionType.INITIAL, "成人社职〔2018〕7号", file));
        long batch = imports.batchOf(run.executionId());
        assertEquals(1L, uploads.countRecords(batch));
        assertEquals(List.of("history.institution.initial"),
                uploads.failures(batch, 0, 10).stream().map(FailureRow::messageKey).toList());
        assertEquals(List.of(w.city.getId()), uploads.issuers(batch).stream().map(UnitOption::id).toList(),
                "the issuing authority reviews its own upload");

        List<String> confirmed = good(w, "确认甲", uniqueId(ids));
        confirmed.set(HistoryColumn.INSTITUTION.ordinal(), "确认");
        Path second = write(List.of(confirmed, good(w, "确认乙", uniqueId(ids))));
        JobView confirmation = await(imports.upload(AcquisitionType.CONFIRMATION, "成人社职〔2018〕8号", second));
        long confirmationBatch = imports.batchOf(confirmation.executionId());
        assertEquals(1L, uploads.countRecords(confirmationBatch));
        assertEquals(List.of("history.institution.confirmation"),
                uploads.failures(confirmationBatch, 0, 10).stream().map(FailureRow::messageKey).toList());
        Files.deleteIfExists(file);
        Files.deleteIfExists(second);
    }

    /**
     * SPEC §3.13.1 / §3.3: a 初定 batch uploaded by the issuing authority goes through its internal review only, post
     * after post of its 多岗审核配置 (经办人 → 领导), then it is approved (待发证); a return at any post ends the
     * sequence, and the resubmitted batch starts again at the first post.
     */
    @Test
    void anInitialBatchOfTheIssuingAuthorityPassesItsOwnPostsInOrderThenIsApproved() throws Exception {
        World w = world();
        record Posts(Account handler, Account leader) { }
        Posts posts = inTransaction(() -> {
            Unit city = em.find(Unit.class, w.city.getId());
            UnitRole handlerRole = new UnitRole(city, "经办" + w.tag, null,
                    EnumSet.of(Permission.HISTORY_UPLOAD, Permission.HISTORY_REVIEW), Times.now());
            UnitRole leaderRole = new UnitRole(city, "领导" + w.tag, null, EnumSet.of(Permission.HISTORY_REVIEW),
                    Times.now());
            em.persist(handlerRole);
            em.persist(leaderRole);
            Account handler = staff(w.tag + "_jb", "经办人", city, handlerRole);
            Account leader = staff(w.tag + "_ld", "领导", city, leaderRole);
            MultiPostConfig config = new MultiPostConfig(city, ReviewItemType.HISTORY_DATA, Times.now());
            em.persist(config);
            config.addLevel(1, Set.of(handler));
            config.addLevel(2, Set.of(leader));
            return new Posts(handler, leader);
        });
        Set<String> ids = new HashSet<>();
        List<String> first = good(w, "初定丙", uniqueId(ids));
        first.set(HistoryColumn.INSTITUTION.ordinal(), "初定");
        List<String> second = good(w, "初定丁", uniqueId(ids));
        second.set(HistoryColumn.INSTITUTION.ordinal(), "初定");
        Path file = write(List.of(first, second));
        try {
            signIn(posts.handler());
            JobView run = await(imports.upload(AcquisitionType.INITIAL, "成人社职〔2018〕9号", file));
            long batch = imports.batchOf(run.executionId());
            assertEquals(2L, uploads.countRecords(batch));
            assertEquals(List.of(w.city.getId()),
                    uploads.reviewPath(batch, w.city.getId()).stream().map(UnitOption::id).toList(),
                    "its own unit only");
            uploads.submit(batch, w.city.getId(), pdf());
            assertTrue(reviews.isMultiPostConfigured());

            // 第1级 (经办人) acts first; neither the 领导 nor the unit's super administrator may act for it
            assertEquals(List.of(batch), reviews.pending(0, 10).stream().map(BatchRow::id).toList());
            signIn(posts.leader());
            assertEquals(0L, reviews.countPending(), "not yet at the leader's post");
            assertRejected(() -> reviews.pass(List.of(batch)), "history.review.notYourPost");
            signIn(w.cityAdmin);
            assertRejected(() -> reviews.pass(List.of(batch)), "history.review.notYourPost");
            signIn(posts.handler());
            assertEquals(1, reviews.pass(List.of(batch)));
            BatchRow atLeader = uploads.batch(batch);
            assertEquals(HistoryBatchStatus.IN_REVIEW, atLeader.status(), "still inside the issuing authority");
            assertEquals(0L, reviews.countPending());
            assertRejected(() -> reviews.pass(List.of(batch)), "history.review.notYourPost");

            // 第2级 (领导) returns it: back to 待提交 (已退回); resubmitted, it starts at the 经办人 again
            signIn(posts.leader());
            assertEquals(1L, toDoSources.stream().flatMap(t -> t.toDosOfCaller().stream())
                    .filter(t -> t.labelKey().equals("todo.historyPending")).mapToLong(ToDo::count).sum());
            reviews.returnWith(List.of(batch), "名单与任职资格文件不符");
            assertEquals(HistoryBatchStatus.RETURNED, uploads.batch(batch).status());
            signIn(posts.handler());
            uploads.submit(batch, w.city.getId(), pdf());
            signIn(posts.leader());
            assertEquals(0L, reviews.countPending(), "a resubmitted batch enters at level 1");
            signIn(posts.handler());
            reviews.pass(List.of(batch));
            signIn(posts.leader());
            reviews.pass(List.of(batch));
            BatchRow approved = uploads.batch(batch);
            assertEquals(HistoryBatchStatus.APPROVED, approved.status(), "ready for certificates");
            assertEquals(List.of("CREATED", "SUBMITTED", "LEVEL_PASSED", "RETURNED", "SUBMITTED", "LEVEL_PASSED",
                    "APPROVED"), auditLog.history(HistoryUploads.ENTITY, batch).stream()
                    .map(AuditRecord::getAction).toList());
            assertTrue(auditLog.history(HistoryUploads.ENTITY, batch).stream()
                    .anyMatch(r -> "LEVEL_PASSED".equals(r.getAction()) && r.getOpinion() != null
                            && r.getOpinion().contains("第1级审核通过")), "the flow log names the post");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The demo (README): 武侯区人社局's approved batch of the historical institution, with the applicant 李四. */
    @Test
    void theDemoHoldsAnApprovedBatchOfTheHistoricalInstitution() {
        HistoryBatch batch = em.createQuery("select b from HistoryBatch b where b.documentNumber = :n",
                HistoryBatch.class).setParameter("n", "成人社职〔2016〕45号").getSingleResult();
        assertEquals(HistoryBatchStatus.APPROVED, batch.getStatus());
        assertEquals("成都市武侯区人力资源和社会保障局", batch.getCollectingUnit().getName());
        assertEquals("四川省人力资源和社会保障厅", batch.getIssuer().getName());
        assertEquals(2, batch.path().size());
        List<Object[]> records = em.createQuery("select r.name, r.idNumber, r.institution from HistoryRecord r"
                + " where r.batchId = :b order by r.rowNumber", Object[].class).setParameter("b", batch.getId())
                .getResultList();
        assertEquals(3, records.size());
        assertEquals(List.of("李四", "510107198503152345", "成都市工程技术职务评审委员会（原）"),
                Arrays.asList(records.get(0)));
    }

    // ---- failed rows, submit, review up the chain ----

    @Test
    void failedRowsAreFixedOrDeletedAndTheBatchPassesThreeLevelsAfterAReturn() throws Exception {
        World w = world();
        Set<String> ids = new HashSet<>();
        List<String> badSex = good(w, "张一", uniqueId(ids));
        String rightSex = badSex.get(HistoryColumn.SEX.ordinal());
        badSex.set(HistoryColumn.SEX.ordinal(), oppositeSex(badSex));
        List<String> badInstitution = good(w, "张二", uniqueId(ids));
        badInstitution.set(HistoryColumn.INSTITUTION.ordinal(), "别人的评委会");
        List<String> badDate = good(w, "张三", uniqueId(ids));
        badDate.set(HistoryColumn.REVIEWED_ON.ordinal(), "2018-13-01");
        Path file = write(List.of(good(w, "王一", uniqueId(ids)), good(w, "王二", uniqueId(ids)), badSex,
                badInstitution, badDate));

        signIn(w.collectorAdmin);
        JobView run = await(imports.upload(AcquisitionType.REVIEW, NUMBER, file));
        long batch = imports.batchOf(run.executionId());
        assertEquals(2L, run.processedItems());
        assertEquals(3L, run.failedItems());
        List<FailureRow> failures = uploads.failures(batch, 0, 10);

        // 修改: a fixed row becomes a record; a still-wrong one keeps its new reason
        List<String> fixed = new ArrayList<>(failures.get(0).cells());
        fixed.set(HistoryColumn.SEX.ordinal(), rightSex);
        assertTrue(uploads.fix(failures.get(0).id(), fixed).isEmpty());
        assertEquals(3L, uploads.countRecords(batch));
        List<String> stillWrong = new ArrayList<>(failures.get(1).cells());
        stillWrong.set(HistoryColumn.INSTITUTION.ordinal(), w.tag + "未备案评委会");
        FailureRow again = uploads.fix(failures.get(1).id(), stillWrong).orElseThrow();
        assertEquals(HistoryColumn.INSTITUTION, again.column());
        assertEquals(w.tag + "未备案评委会", again.cell(HistoryColumn.INSTITUTION));
        assertRejected(() -> uploads.deleteFailures(batch, List.of()), "history.failures.selectionEmpty");
        assertEquals(1, uploads.deleteFailures(batch, List.of(failures.get(1).id())));
        assertEquals(1, uploads.deleteAllFailures(batch));
        assertEquals(0L, uploads.countFailures(batch));

        // 提交审核: 发证机构 above the unit, the path of three levels
        assertEquals(List.of(w.city.getId(), w.province.getId()),
                uploads.issuers(batch).stream().map(UnitOption::id).toList());
        assertEquals(List.of(w.department.getName(), w.city.getName(), w.province.getName()),
                uploads.reviewPath(batch, w.province.getId()).stream().map(UnitOption::name).toList());
        assertEquals(List.of(w.department.getName(), w.city.getName()),
                uploads.reviewPath(batch, w.city.getId()).stream().map(UnitOption::name).toList());
        assertRejected(() -> uploads.submit(batch, w.province.getId(), null), "history.submit.fileRequired");
        assertRejected(() -> uploads.submit(batch, w.department.getId(), pdf()), "history.submit.issuerInvalid");
        BatchRow submitted = uploads.submit(batch, w.province.getId(), pdf());
        assertEquals(HistoryBatchStatus.IN_REVIEW, submitted.status());
        assertEquals(w.department.getName() + "-" + w.city.getName() + "-" + w.province.getName(), submitted.path());
        assertRejected(() -> uploads.deleteRecord(uploads.records(batch, 0, 1).get(0).id()),
                "history.batch.notEditable");

        signIn(w.cityAdmin);
        assertFalse(reviews.pending(0, 100).stream().anyMatch(b -> b.id() == batch), "not yet at the city");
        assertRejected(() -> reviews.pass(List.of(batch)), "history.review.notYours");
        signIn(w.stranger);
        assertDenied(() -> uploads.batch(batch));
        signIn(w.departmentAdmin);
        assertEquals(List.of(batch), reviews.pending(0, 10).stream().map(BatchRow::id).toList());
        assertEquals(1L, toDoSources.stream().flatMap(t -> t.toDosOfCaller().stream())
                .filter(t -> t.labelKey().equals("todo.historyPending")).mapToLong(ToDo::count).sum(),
                "历史职称数据待审核 on the home page");
        reviews.pass(List.of(batch));
        signIn(w.cityAdmin);
        assertRejected(() -> reviews.returnWith(List.of(batch), " "), "history.return.reasonRequired");
        reviews.returnWith(List.of(batch), "证书编号缺失");

        signIn(w.collectorAdmin);
        BatchRow returned = uploads.batch(batch);
        assertEquals(HistoryBatchStatus.RETURNED, returned.status());
        assertEquals("证书编号缺失", returned.returnReason());
        assertEquals(1L, uploads.countBatches(false));
        uploads.submit(batch, w.province.getId(), pdf());

        signIn(w.departmentAdmin);
        reviews.pass(List.of(batch));
        signIn(w.cityAdmin);
        reviews.pass(List.of(batch));
        signIn(w.provinceAdmin);
        List<NameCheck> checks = reviews.verifyNames(batch, "王一 张一\u3000某人");
        Map<String, Boolean> present = checks.stream().collect(Collectors.toMap(NameCheck::name, NameCheck::present));
        assertEquals(Map.of("王一", true, "王二", false, "张一", true), present);
        reviews.pass(List.of(batch));
        assertEquals(HistoryBatchStatus.APPROVED, uploads.batch(batch).status());
        assertRejected(() -> reviews.pass(List.of(batch)), "history.review.notYours");

        List<String> actions = auditLog.history(HistoryUploads.ENTITY, batch).stream().map(AuditRecord::getAction)
                .toList();
        assertEquals(List.of("CREATED", "ROW_FIXED", "SUBMITTED", "LEVEL_PASSED", "RETURNED", "SUBMITTED",
                "LEVEL_PASSED", "LEVEL_PASSED", "APPROVED"), actions);
        AuditRecord returnRecord = auditLog.history(HistoryUploads.ENTITY, batch).get(4);
        assertEquals("证书编号缺失", returnRecord.getOpinion());
        assertEquals(w.cityAdmin.getLoginName(), returnRecord.getActorLogin());
        assertEquals("IN_REVIEW_1", returnRecord.getFromStatus());
        Files.deleteIfExists(file);
    }

    @Test
    void underTheShanxiChainTheCompetentDepartmentThenTheProvinceReview() throws Exception {
        World w = world();
        Set<String> ids = new HashSet<>();
        Path file = write(List.of(good(w, "晋甲", uniqueId(ids))));
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        settings.change("history.chain", "COMMITTEE_DEPT_PROVINCE");
        try {
            signIn(w.collectorAdmin);
            JobView run = await(imports.upload(AcquisitionType.REVIEW, NUMBER, file));
            long batch = imports.batchOf(run.executionId());
            assertEquals(List.of(w.province.getId()), uploads.issuers(batch).stream().map(UnitOption::id).toList());
            assertEquals(List.of(w.department.getId(), w.province.getId()),
                    uploads.reviewPath(batch, w.province.getId()).stream().map(UnitOption::id).toList());
            uploads.submit(batch, w.province.getId(), pdf());
            signIn(w.departmentAdmin);
            reviews.pass(List.of(batch));
            signIn(w.provinceAdmin);
            reviews.pass(List.of(batch));
            assertEquals(HistoryBatchStatus.APPROVED, uploads.batch(batch).status());
        } finally {
            SignIn.as(securityContext, request, "admin", "Demo@2026");
            settings.resetToDefault("history.chain");
            Files.deleteIfExists(file);
        }
    }

    // ---- SX 职称评审信息上报: a committee reports its historical activity ----

    @Test
    void aCommitteeImportsItsHistoricalActivityAndReportsItToItsDepartmentThenTheProvince() throws Exception {
        World w = world();
        List<Account> admins = inTransaction(() -> List.of(
                committeeAdmin(w.tag + "_ca", committeeNamed(w.committee)),
                committeeAdmin(w.tag + "_cb", committeeNamed(w.tag + "未备案评委会"))));
        Account admin = admins.get(0);
        Account otherAdmin = admins.get(1);
        Set<String> ids = new HashSet<>();
        List<String> badSex = good(w, "晋错一", uniqueId(ids));
        String rightSex = badSex.get(HistoryColumn.SEX.ordinal());
        badSex.set(HistoryColumn.SEX.ordinal(), oppositeSex(badSex));
        List<String> otherInstitution = good(w, "晋错二", uniqueId(ids));
        otherInstitution.set(HistoryColumn.INSTITUTION.ordinal(), w.institution);
        List<String> otherLevel = good(w, "晋错三", uniqueId(ids));
        otherLevel.set(HistoryColumn.LEVEL.ordinal(), "中级");
        otherLevel.set(HistoryColumn.QUALIFICATION.ordinal(), "工程师");
        Path file = write(List.of(good(w, "晋一", uniqueId(ids)), good(w, "晋二", uniqueId(ids)), badSex,
                otherInstitution, otherLevel));

        signIn(admin);
        assertRejected(() -> reports.createActivity(2018, w.tag + "不可", w.series.getId(), TitleLevel.SENIOR_DEPUTY),
                "history.report.notCommitteeChain");
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        settings.change("history.chain", "COMMITTEE_DEPT_PROVINCE");
        try {
            signIn(admin);
            assertRejected(() -> reports.createActivity(1970, w.tag + "太早", w.series.getId(),
                    TitleLevel.SENIOR_DEPUTY), "history.activity.year");
            assertRejected(() -> reports.createActivity(2018, " ", w.series.getId(), TitleLevel.SENIOR_DEPUTY),
                    "history.activity.nameRequired");
            Long activity = reports.createActivity(2018, w.tag + "2018年度高评", w.series.getId(),
                    TitleLevel.SENIOR_DEPUTY);
            assertRejected(() -> reports.createActivity(2018, w.tag + "2018年度高评", w.series.getId(),
                    TitleLevel.SENIOR_DEPUTY), "history.activity.nameTaken");
            assertEquals(List.of(w.tag + "2018年度高评"), reports.activities(0, 10).stream().map(a -> a.name())
                    .toList());

            // 证书历史数据导入 through the same job: the committee is the 评审机构, within the activity's level
            JobView run = await(imports.uploadReport(activity, NUMBER, file));
            assertEquals(BatchStatus.COMPLETED, run.status());
            long batch = imports.batchOf(run.executionId());
            assertEquals(2L, run.processedItems());
            assertEquals(3L, run.failedItems());
            List<FailureRow> failures = uploads.failures(batch, 0, 10);
            assertEquals(List.of("SEX history.sex.mismatch", "INSTITUTION history.institution.notAllowed",
                    "INSTITUTION history.institution.scope"), failures.stream()
                    .map(f -> f.column() + " " + f.messageKey()).toList());
            List<String> fixed = new ArrayList<>(failures.get(0).cells());
            fixed.set(HistoryColumn.SEX.ordinal(), rightSex);
            assertTrue(uploads.fix(failures.get(0).id(), fixed).isEmpty());
            assertEquals(1, uploads.deleteFailures(batch, List.of(failures.get(1).id())));
            assertEquals(1, uploads.deleteAllFailures(batch));
            BatchRow imported = reports.batches(activity).get(0);
            assertEquals(w.committee, imported.collectingUnitName(), "the committee collected it");
            assertEquals(3L, imported.records());
            assertEquals(1L, reports.activities(0, 10).get(0).batches());

            // 上报: the 主管部门 (the formation unit's, as the 设计院 reviews no historical data), then the province
            assertEquals(List.of(w.department.getId(), w.province.getId()),
                    reports.reportPath(batch).stream().map(UnitOption::id).toList());
            assertRejected(() -> reports.report(batch, null), "history.submit.fileRequired");
            assertEquals(HistoryBatchStatus.IN_REVIEW, reports.report(batch, pdf()).status());

            signIn(otherAdmin);
            assertDenied(() -> reports.batches(activity));
            assertDenied(() -> uploads.failures(batch, 0, 10));
            assertDenied(() -> uploads.batch(batch));
            assertDenied(() -> imports.view(run.executionId()));
            assertDenied(() -> imports.uploadReport(activity, NUMBER, file));
            assertTrue(reports.activities(0, 10).isEmpty());

            signIn(w.collectorAdmin);
            assertEquals(0L, uploads.countBatches(true), "not among the unit's own uploads");
            assertDenied(() -> uploads.failures(batch, 0, 10));
            signIn(w.departmentAdmin);
            assertEquals(List.of(batch), reviews.pending(0, 10).stream().map(BatchRow::id).toList());
            reviews.pass(List.of(batch));
            signIn(w.provinceAdmin);
            reviews.returnWith(List.of(batch), "任职资格文件不清晰");

            signIn(admin);
            BatchRow returned = reports.batches(activity).get(0);
            assertEquals(HistoryBatchStatus.RETURNED, returned.status());
            assertEquals("任职资格文件不清晰", returned.returnReason());
            assertEquals(1L, returnedReports(), "职称评审信息上报已退回 on the committee's home page");
            signIn(otherAdmin);
            assertEquals(0L, returnedReports(), "another committee's return");
            signIn(admin);
            uploads.deleteRecord(uploads.records(batch, 0, 1).get(0).id());
            reports.report(batch, pdf());
            assertEquals(0L, returnedReports(), "reported again, nothing left to do");

            signIn(w.departmentAdmin);
            reviews.pass(List.of(batch));
            signIn(w.provinceAdmin);
            reviews.pass(List.of(batch));
            BatchRow approved = uploads.batch(batch);
            assertEquals(HistoryBatchStatus.APPROVED, approved.status());
            assertEquals("HistoryBatchStatus.APPROVED", approved.statusKey());
            assertEquals(List.of("CREATED", "ROW_FIXED", "SUBMITTED", "LEVEL_PASSED", "RETURNED", "RECORD_DELETED",
                    "SUBMITTED", "LEVEL_PASSED", "APPROVED"), auditLog.history(HistoryUploads.ENTITY, batch).stream()
                    .map(AuditRecord::getAction).toList());
        } finally {
            SignIn.as(securityContext, request, "admin", "Demo@2026");
            settings.resetToDefault("history.chain");
            Files.deleteIfExists(file);
        }
    }

    private long returnedReports() {
        return toDoSources.stream().flatMap(t -> t.toDosOfCaller().stream())
                .filter(t -> t.labelKey().equals("todo.historyReportReturned")).peek(t -> assertEquals(
                        "/committee/history/reports.xhtml", t.page())).mapToLong(ToDo::count).sum();
    }

    private Committee committeeNamed(String name) {
        return em.createQuery("select c from Committee c where c.name = :n", Committee.class).setParameter("n", name)
                .getSingleResult();
    }

    private Account committeeAdmin(String login, Committee committee) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, "评委会管理员", null, null, hashed, Times.now());
        account.grant(Role.COMMITTEE_ADMIN, committee.getFormationUnit());
        em.persist(account);
        em.persist(new CommitteeAccount(account, committee, Role.COMMITTEE_ADMIN, Times.now()));
        return account;
    }

    // ---- helpers ----

    private List<String> good(World w, String name, String idNumber) {
        List<String> cells = new ArrayList<>(HistoryTemplate.EXAMPLE);
        cells.set(HistoryColumn.NAME.ordinal(), name);
        cells.set(HistoryColumn.ID_NUMBER.ordinal(), idNumber);
        boolean male = (idNumber.charAt(16) - '0') % 2 == 1;
        cells.set(HistoryColumn.SEX.ordinal(), male ? "男" : "女");
        cells.set(HistoryColumn.BIRTH_DATE.ordinal(), idNumber.substring(6, 14));
        cells.set(HistoryColumn.SERIES.ordinal(), w.series.getName());
        cells.set(HistoryColumn.INSTITUTION.ordinal(), w.committee);
        cells.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), "");
        return cells;
    }

    private void bad(List<List<String>> rows, List<String> expected, World w, Set<String> ids, HistoryColumn column,
                     String value, String outcome) {
        List<String> cells = good(w, "错" + rows.size(), uniqueId(ids));
        cells.set(column.ordinal(), column == HistoryColumn.SEX ? oppositeSex(cells) : value);
        rows.add(cells);
        expected.add(outcome);
    }

    private static String oppositeSex(List<String> cells) {
        return "男".equals(cells.get(HistoryColumn.SEX.ordinal())) ? "女" : "男";
    }

    private Path write(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("history", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeRows(out, List.of(), rows, List.of());
        }
        return file;
    }

    private Long pdf() {
        byte[] content = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return attachments.store(new ByteArrayInputStream(content), "任职资格文件.pdf", AttachmentPurpose.STAMPED_PDF)
                .getId();
    }

    private static String uniqueId(Set<String> used) {
        String id;
        do {
            id = TestData.idNumber();
        } while (!used.add(id));
        return id;
    }

    private JobView await(long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        JobView view = jobs.view(executionId);
        while (view.isRunning() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            view = jobs.view(executionId);
        }
        return view;
    }

    private static void assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    private static void assertDenied(Executable action) {
        assertThrows(AccessDeniedException.class, action);
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
        assertEquals(account.getLoginName(), callers.current().getLoginName());
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, type == UnitType.HRSS
                ? (parent == null ? HrssLevel.PROVINCE : HrssLevel.CITY) : null, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private Account account(String login, String name, Unit unit) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, name, null, null, hashed, Times.now());
        account.grant(Role.UNIT_ADMIN, unit);
        em.persist(account);
        return account;
    }

    private Account staff(String login, String name, Unit unit, UnitRole role) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, name, null, null, hashed, Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(role));
        em.persist(account);
        return account;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
