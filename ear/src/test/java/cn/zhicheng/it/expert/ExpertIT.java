package cn.zhicheng.it.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.expert.Expert;
import cn.zhicheng.expert.ExpertField;
import cn.zhicheng.expert.ExpertImportJobs;
import cn.zhicheng.expert.ExpertInput;
import cn.zhicheng.expert.ExpertPool;
import cn.zhicheng.expert.ExpertPoolReviews;
import cn.zhicheng.expert.ExpertProfiles;
import cn.zhicheng.expert.ExpertTemplate;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.ImportFailureRow;
import cn.zhicheng.expert.ImportMode;
import cn.zhicheng.expert.PoolRow;
import cn.zhicheng.expert.PoolStatus;
import cn.zhicheng.expert.PoolSummary;
import cn.zhicheng.expert.PoolTab;
import cn.zhicheng.expert.ExpertRecommendations;
import cn.zhicheng.expert.CommitteePool;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.expert.RecommendationRow;
import cn.zhicheng.expert.ProfileSection;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expert pool inside the real server against PostgreSQL (SPEC §3.6): single add and reuse of a person across
 * two committees, submit / return / resubmit / approve with the expert account, the expert's own profile and
 * 提交审批, scoping (403), audit, and the expertImport job: check run, import run, nothing half-written, restart after
 * a failed chunk. Each test seeds its own units, accounts, series and committees.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertIT {

    private static final String PASSWORD = "Right@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ExpertIT.class, SignIn.class, TestData.class);
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

    @Inject
    private Instance<ToDoSource> toDoSources;

    @EJB
    private Callers callers;

    @EJB
    private ExpertPool pool;

    @EJB
    private ExpertPoolReviews reviews;

    @EJB
    private ExpertRecommendations recommendations;

    @EJB
    private CommitteePool committeePool;

    @EJB
    private ExpertProfiles profiles;

    @EJB
    private ExpertImportJobs imports;

    @EJB
    private BatchJobs jobs;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    private String hashed;

    /** A province HRSS (the reviewer) over a health department that formed two committees, and a stranger. */
    private final class World {
        String tag;
        Unit province;
        Unit department;
        Unit otherDepartment;
        Account reviewer;
        Account admin;
        Account stranger;
        Account otherProvince;
        TitleSeries series;
        Committee first;
        Committee second;
    }

    private World world() throws Exception {
        String tag = "ex" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            w.province = unit(tag + "省人社厅", UnitType.HRSS, null);
            Unit otherProvince = unit(tag + "外省人社厅", UnitType.HRSS, null);
            w.department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, w.province);
            w.otherDepartment = unit(tag + "教育厅", UnitType.COMPETENT_DEPARTMENT, w.province);
            w.reviewer = account(tag + "_rv", "审核人", Role.UNIT_ADMIN, w.province);
            w.admin = account(tag + "_ad", "专家库管理员", Role.UNIT_ADMIN, w.department);
            w.stranger = account(tag + "_st", "外单位", Role.UNIT_ADMIN, w.otherDepartment);
            w.otherProvince = account(tag + "_op", "外省", Role.UNIT_ADMIN, otherProvince);
            w.series = new TitleSeries(tag + "卫生");
            em.persist(w.series);
            w.first = committee(tag + "卫生高评委", w.department, w.series);
            w.second = committee(tag + "卫生中评委", w.department, w.series);
            return w;
        });
    }

    @Test
    void aUnitBelowRecommendsExpertsThatTheFormationUnitApprovesOrReturns() throws Exception {
        World w = world();
        Account hospitalAdmin = inTransaction(() -> {
            Unit hospital = unit(w.tag + "医院", UnitType.APPLYING_UNIT, em.find(Unit.class, w.department.getId()));
            em.find(Committee.class, w.first.getId()).authoriseAtCreation(Times.now());
            return account(w.tag + "_hp", "医院管理员", Role.UNIT_ADMIN, hospital);
        });
        signIn(hospitalAdmin);
        assertEquals(List.of(w.first.getId()), recommendations.committees().stream().map(CommitteeChoice::id)
                .toList(), "only filed committees formed by a unit above");
        assertRejected(() -> recommendations.recommend(w.second.getId(), input("未备案", TestData.idNumber(), null)),
                "expert.recommend.committeeNotFiled");
        Long approved = recommendations.recommend(w.first.getId(), input("推荐甲", TestData.idNumber(), null));
        Long returned = recommendations.recommend(w.first.getId(), input("推荐乙", TestData.idNumber(), null));
        assertRejected(() -> recommendations.recommend(w.first.getId(), input("坏号", "5101071980", null)),
                "idNumber.length");
        assertEquals(2L, recommendations.countMine());
        assertTrue(recommendations.mine(0, 10).stream().allMatch(r -> r.status() == PoolStatus.PENDING));
        assertRejected(() -> recommendations.recommendAgain(approved), "expert.recommend.notReturned");

        signIn(w.stranger);
        assertDenied(() -> recommendations.recommend(w.first.getId(), input("旁门", TestData.idNumber(), null)));
        assertDenied(() -> pool.approveRecommended(w.first.getId(), List.of(approved)));

        signIn(w.admin);
        assertEquals(2L, pool.count(w.first.getId(), PoolTab.RECOMMENDED, null, null), "下级单位推荐待审核专家");
        assertDenied(() -> pool.approveRecommended(w.second.getId(), List.of(approved)));
        pool.approveRecommended(w.first.getId(), List.of(approved));
        assertRejected(() -> pool.returnRecommended(w.first.getId(), List.of(returned), " "),
                "expert.return.reasonRequired");
        pool.returnRecommended(w.first.getId(), List.of(returned), "请补充荣誉称号");
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.IN_POOL, null, null));
        assertEquals(0L, pool.count(w.first.getId(), PoolTab.RECOMMENDED, null, null));
        assertEquals(0L, pool.count(w.first.getId(), PoolTab.RETURNED, null, null),
                "a returned recommendation goes back to the recommending unit, not to the formation unit's list");

        signIn(hospitalAdmin);
        RecommendationRow back = recommendations.mine(0, 10).stream().filter(r -> r.memberId().equals(returned))
                .findFirst().orElseThrow();
        assertEquals(PoolStatus.RETURNED, back.status());
        assertEquals("请补充荣誉称号", back.returnReason());
        recommendations.recommendAgain(returned);
        assertEquals(List.of("RECOMMENDED", "RETURNED", "RECOMMENDED"), auditLog.history("POOL_MEMBER", returned)
                .stream().map(AuditRecord::getAction).filter(a -> !a.equals("ADDED")).toList());
        signIn(w.admin);
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.RECOMMENDED, null, null));
    }

    @Test
    void inTheHebeiModelTheCommitteeAccountAddsAnExpertToCompleteWhomTheRootUnitApproves() throws Exception {
        World w = world();
        Object[] hb = inTransaction(() -> {
            Unit root = em.find(Unit.class, w.province.getId());
            Committee committee = committee(w.tag + "河北评委会", root, em.find(TitleSeries.class, w.series.getId()));
            Account code = account(w.tag + "_code", "河北评委会", Role.COMMITTEE_ADMIN, root);
            em.persist(new CommitteeAccount(code, committee, Role.COMMITTEE_ADMIN, Times.now()));
            return new Object[]{committee.getId(), code};
        });
        Long committeeId = (Long) hb[0];
        Account code = (Account) hb[1];
        String idNumber = TestData.idNumber();

        signIn(code);
        assertEquals(committeeId, committeePool.committee().id());
        assertRejected(() -> committeePool.add(input("冀专家", idNumber, null)),
                "expert.committeePool.formationUnitAdds");
        switchSetupModel("REFORM_OFFICE_CREATES");
        try {
            signIn(code);
            Long member = committeePool.add(input("冀专家", idNumber, null));
            assertEquals(PoolStatus.TO_COMPLETE, committeePool.list("冀", 0, 10).get(0).status(), "待完善");
            assertEquals(1L, committeePool.count(null));
            assertRejected(() -> committeePool.add(input("冀专家", idNumber, null)), "expert.pool.duplicate");

            // 批量新增 by the code account: the same job; valid rows become 待完善 members with a sign-in
            Path file = Files.createTempFile("hb-experts", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                ExpertTemplate.writeRows(out, List.of(row("冀批量甲", TestData.idNumber()), row("冀专家", idNumber)),
                        List.of());
            }
            JobView hbImport = await(imports.start(committeeId, file, ImportMode.IMPORT, new Properties()));
            assertEquals(BatchStatus.COMPLETED, hbImport.status());
            assertEquals(1L, hbImport.processedItems());
            assertEquals(1L, hbImport.failedItems(), "冀专家 is in the pool already");
            assertEquals(List.of(PoolStatus.TO_COMPLETE), committeePool.list("冀批量", 0, 10).stream()
                    .map(PoolRow::status).toList());
            Files.deleteIfExists(file);
            signIn(w.admin);
            assertDenied(() -> imports.start(committeeId, Path.of("/nonexistent.xlsx"), ImportMode.CHECK,
                    new Properties()));
            assertThrows(EJBAccessException.class, () -> committeePool.committee(), "unit staff have no committee");

            SignIn.as(securityContext, request, idNumber, settings.get(SettingKeys.PASSWORD_INITIAL));
            assertRejected(() -> profiles.submitForApproval(), "expert.profile.incomplete");
            profiles.saveSection(ProfileSection.EDUCATION, List.of(new ExpertView.Entry(ProfileSection.EDUCATION,
                    "198709", "199207", "医学学士", "河北医科大学", null)));
            profiles.saveSection(ProfileSection.WORK, List.of(new ExpertView.Entry(ProfileSection.WORK, "199207",
                    null, "主任医师", "河北医科大学第二医院", null)));
            assertEquals(1, profiles.submitForApproval(), "提交审批");

            signIn(w.reviewer);
            assertEquals(1L, reviews.countPending(committeeId, null), "the 职改办 reviews its own committee's pool");
            reviews.approve(List.of(member));
            signIn(code);
            assertEquals(PoolStatus.IN_POOL, committeePool.list("冀专家", 0, 10).get(0).status());
            assertEquals(List.of("ADDED", "EXPERT_SUBMITTED", "APPROVED"), auditLog.history("POOL_MEMBER", member)
                    .stream().map(AuditRecord::getAction).toList());
        } finally {
            switchSetupModel(null);
        }
    }

    private void switchSetupModel(String model) throws ServletException {
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        if (model == null) {
            settings.resetToDefault("committee.setupModel");
        } else {
            settings.change("committee.setupModel", model);
        }
    }

    private ExpertInput input(String name, String idNumber, String seriesName) {
        return new ExpertInput("", name, "", idNumber, "", "", "否", "华西医院", "卫健委", "科主任", "正处级",
                "13812345678", "", "省学术技术带头人", seriesName, "心血管内科", "主任医师", "委员");
    }

    @Test
    void aPersonIsAddedToTwoPoolsOnceAndWalksSubmitReturnResubmitApprove() throws Exception {
        World w = world();
        String idNumber = TestData.idNumber();
        signIn(w.admin);
        assertEquals(List.of(w.second.getId(), w.first.getId()),
                pool.committeesOfCaller().stream().map(CommitteeChoice::id).toList(), "own committees, by name");

        Long m1 = pool.add(w.first.getId(), input("张医生", idNumber, w.series.getName()));
        Long m2 = pool.add(w.second.getId(), input("张医生", idNumber, null));
        assertRejected(() -> pool.add(w.first.getId(), input("张医生", idNumber, null)), "expert.pool.duplicate");
        assertRejected(() -> pool.add(w.first.getId(), input("李医生", "31010119970101", null)), "idNumber.length");
        assertRejected(() -> pool.add(w.first.getId(), input("李医生", TestData.idNumber(), "没有的系列")),
                "expert.series.unknown");
        assertEquals(1L, countExperts(idNumber), "one person, one expert");
        assertEquals(1L, pool.counts(w.first.getId()).get(PoolTab.DRAFTS));

        ExpertInput draft = pool.draft(m1);
        assertEquals("中国", draft.country());
        pool.edit(m1, new ExpertInput(draft.country(), draft.name(), draft.idType(), draft.idNumber(), draft.sex(),
                draft.birthMonth(), draft.retired(), "四川大学华西医院", draft.competentUnit(), draft.adminPost(),
                draft.adminPostLevel(), draft.phone1(), draft.phone2(), draft.honours(), draft.series(),
                draft.specialty(), draft.currentTitle(), "主任委员"));
        assertRejected(() -> pool.submit(w.first.getId(), List.of()), "expert.pool.selectionEmpty");
        assertTrue(toDo("todo.expertDrafts") >= 2, "评审会专家待提交 counts the drafts");

        pool.submit(w.first.getId(), List.of(m1));
        pool.submit(w.second.getId(), List.of(m2));
        Account account = inTransaction(() -> em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", idNumber).getSingleResult());
        assertTrue(account.isMustChangePassword(), "the initial password must be changed");
        assertTrue(account.roles().contains(Role.EXPERT));
        assertEquals(1L, inTransaction(() -> em.createQuery("select count(a) from Account a where a.idNumber = :id",
                Long.class).setParameter("id", IdNumber.of(idNumber)).getSingleResult()), "one account");
        assertRejected(() -> pool.edit(m1, draft), "expert.pool.transition");
        assertRejected(() -> pool.delete(m1), "expert.pool.transition");

        signIn(w.reviewer);
        assertTrue(toDo("todo.expertPending") >= 2, "专家待审核 counts the pending experts");
        PoolSummary summary = reviews.summary(w.first.getId());
        assertEquals("张医生", summary.chairs());
        assertEquals(1L, summary.pending());
        assertEquals(0L, summary.inPool());
        assertTrue(reviews.committees(0, 100).stream().anyMatch(s -> s.committeeId().equals(w.first.getId())));
        assertEquals(List.of(m1), reviews.pending(w.first.getId(), "张", 0, 10).stream().map(PoolRow::memberId)
                .toList());
        assertRejected(() -> reviews.returnWith(List.of(m1), " "), "expert.return.reasonRequired");
        reviews.returnWith(List.of(m1), "工作单位填写不规范");

        signIn(w.admin);
        PoolRow returned = pool.list(w.first.getId(), PoolTab.RETURNED, null, null, 0, 10).get(0);
        assertEquals(PoolStatus.RETURNED, returned.status());
        assertEquals("工作单位填写不规范", returned.returnReason());
        pool.edit(m1, pool.draft(m1));
        pool.submit(w.first.getId(), List.of(m1));

        signIn(w.reviewer);
        reviews.approve(List.of(m1, m2));
        assertEquals(1L, reviews.summary(w.first.getId()).inPool());
        signIn(w.admin);
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.IN_POOL, "张医", null));
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.IN_POOL, null, idNumber));
        assertEquals(0L, pool.count(w.first.getId(), PoolTab.IN_POOL, "王", null));

        List<String> actions = auditLog.history("POOL_MEMBER", m1).stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("ADDED", "EDITED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED"), actions);
        AuditRecord returnedRecord = auditLog.history("POOL_MEMBER", m1).get(3);
        assertEquals(w.reviewer.getLoginName(), returnedRecord.getActorLogin());
        assertEquals("工作单位填写不规范", returnedRecord.getOpinion());
        ExpertView view = pool.view(m1);
        assertEquals(7, view.log().size());
        assertEquals("四川大学华西医院", view.workUnit());

        // the expert logs in with the ID number and the initial password; they see only their own entries
        SignIn.as(securityContext, request, idNumber, settings.get(SettingKeys.PASSWORD_INITIAL));
        assertEquals(2, profiles.memberships().size());
        assertThrows(EJBAccessException.class, () -> pool.committeesOfCaller(), "an expert is no unit staff");
        assertRejected(() -> profiles.submitForApproval(), "expert.profile.nothingToSubmit");
        profiles.saveSection(ProfileSection.PAPER, List.of(new ExpertView.Entry(ProfileSection.PAPER, "202001", null,
                "冠心病介入治疗进展", "中华心血管病杂志", "第一作者")));
        assertEquals(1, profiles.mine().profile().size());
    }

    @Test
    void aReturnedExpertCompletesTheProfileAndSubmitsItThemself() throws Exception {
        World w = world();
        String idNumber = TestData.idNumber();
        signIn(w.admin);
        Long m = pool.add(w.first.getId(), input("王专家", idNumber, null));
        pool.submit(w.first.getId(), List.of(m));
        signIn(w.reviewer);
        reviews.returnWith(List.of(m), "请专家本人补充学习经历和工作履历");

        SignIn.as(securityContext, request, idNumber, settings.get(SettingKeys.PASSWORD_INITIAL));
        assertRejected(() -> profiles.submitForApproval(), "expert.profile.incomplete");
        profiles.saveSection(ProfileSection.EDUCATION, List.of(new ExpertView.Entry(ProfileSection.EDUCATION,
                "198709", "199207", "医学学士", "华西医科大学", "临床医学")));
        profiles.saveSection(ProfileSection.WORK, List.of(new ExpertView.Entry(ProfileSection.WORK, "199207", null,
                "主任医师", "华西医院", null)));
        assertRejected(() -> profiles.saveSection(ProfileSection.AWARD, List.of(new ExpertView.Entry(
                ProfileSection.AWARD, "2020", null, "科技进步奖", null, null))), "expert.profile.period.format");
        assertEquals(1, profiles.submitForApproval());
        assertTrue(profiles.mine().complete());

        signIn(w.reviewer);
        reviews.approve(List.of(m));
        assertEquals(List.of("ADDED", "SUBMITTED", "RETURNED", "EXPERT_SUBMITTED", "APPROVED"),
                auditLog.history("POOL_MEMBER", m).stream().map(AuditRecord::getAction).toList());
    }

    @Test
    void anotherUnitsCommitteeOrMemberIsOutOfReach() throws Exception {
        World w = world();
        signIn(w.admin);
        Long m = pool.add(w.first.getId(), input("赵专家", TestData.idNumber(), null));

        signIn(w.stranger);
        assertTrue(pool.committeesOfCaller().isEmpty());
        assertDenied(() -> pool.list(w.first.getId(), PoolTab.DRAFTS, null, null, 0, 10));
        assertDenied(() -> pool.add(w.first.getId(), input("钱专家", TestData.idNumber(), null)));
        assertDenied(() -> pool.view(m));
        assertDenied(() -> pool.delete(m));
        assertDenied(() -> pool.submit(w.first.getId(), List.of(m)));
        assertDenied(() -> imports.check(w.first.getId(), Path.of("/nonexistent.xlsx")));

        signIn(w.admin);
        pool.submit(w.first.getId(), List.of(m));
        signIn(w.otherProvince);
        assertDenied(() -> reviews.approve(List.of(m)));
        assertDenied(() -> reviews.summary(w.first.getId()));
        assertDenied(() -> reviews.pending(w.first.getId(), null, 0, 10));
        signIn(w.admin);
        assertDenied(() -> reviews.approve(List.of(m)));

        Long draft = pool.add(w.first.getId(), input("孙专家", TestData.idNumber(), null));
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.DRAFTS, null, null));
        pool.delete(draft);
        assertEquals(0L, pool.count(w.first.getId(), PoolTab.DRAFTS, null, null));
    }

    @Test
    void theImportChecksEveryRowImportsTheValidOnesAndARestartContinuesAfterAFailedChunk() throws Exception {
        World w = world();
        signIn(w.admin);
        String already = TestData.idNumber();
        pool.add(w.first.getId(), input("已在库", already, null));

        Set<String> ids = new HashSet<>(Set.of(already));
        List<List<String>> rows = new ArrayList<>();
        String repeated = uniqueId(ids);
        rows.add(row("重复甲", repeated));                                  // row 4
        rows.add(row("错号", "999995593"));                                 // row 5: invalid ID
        rows.add(row("重复甲", repeated));                                  // row 6: repeats row 4
        rows.add(row("已在库", already));                                   // row 7: already in the pool
        List<String> badPhone = row("错电话", uniqueId(ids));
        badPhone.set(ExpertField.PHONE1.ordinal(), "028-8613");
        rows.add(badPhone);                                                // row 8
        int valid = 1;
        for (int i = 0; i < 195; i++) {
            rows.add(row("专家" + i, uniqueId(ids)));
            valid++;
        }
        Path file = Files.createTempFile("experts", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ExpertTemplate.writeRows(out, rows, List.of());
        }

        Properties small = new Properties();
        small.setProperty("chunkSize", "20");
        JobView check = await(imports.start(w.first.getId(), file, ImportMode.CHECK, small));
        assertEquals(BatchStatus.COMPLETED, check.status());
        assertEquals(200L, check.totalItems());
        assertEquals(valid, check.processedItems(), "成功数据");
        assertEquals(4L, check.failedItems(), "失败数据");
        List<ImportFailureRow> failures = imports.failures(w.first.getId(), check.executionId(), 0, 100);
        assertEquals(List.of(5L, 6L, 7L, 8L), failures.stream().map(ImportFailureRow::rowNumber).toList());
        assertEquals(List.of("idNumber.length", "expert.import.duplicateInFile", "expert.pool.duplicate",
                "phone.mobile.format"), failures.stream().map(ImportFailureRow::messageKey).toList());
        assertEquals(ExpertField.PHONE1, failures.get(3).field());
        assertEquals("4", String.valueOf(failures.get(1).arguments()[0]));
        assertEquals("错号", failures.get(0).cells().get(ExpertField.NAME.ordinal()));
        assertEquals(1L, pool.count(w.first.getId(), PoolTab.DRAFTS, null, null), "a check writes no expert");

        Properties failing = new Properties();
        failing.putAll(small);
        failing.setProperty("failOnceAtRow", "150");
        JobView failed = await(imports.start(w.first.getId(), file, ImportMode.IMPORT, failing));
        assertEquals(BatchStatus.FAILED, failed.status());
        long committed = pool.count(w.first.getId(), PoolTab.DRAFTS, null, null) - 1;
        assertTrue(committed > 0 && committed < valid, "whole chunks before the failure: " + committed);
        assertEquals(committed, failed.processedItems(), "progress commits with the rows");
        assertEquals(0, (committed + 4) % 20, "only whole chunks were written (nothing half-written)");

        JobView restarted = await(imports.restart(w.first.getId(), failed.executionId()));
        assertEquals(BatchStatus.COMPLETED, restarted.status());
        assertNotEquals(failed.executionId(), restarted.executionId());
        assertEquals(valid + 1L, pool.count(w.first.getId(), PoolTab.DRAFTS, null, null), "every valid row, once");
        assertEquals(4L, imports.countFailures(w.first.getId(), restarted.executionId()), "failures written once");
        assertEquals(valid, restarted.processedItems());
        long distinctExperts = inTransaction(() -> em.createQuery("select count(distinct m.expert) from PoolMember m"
                + " where m.committee.id = :c", Long.class).setParameter("c", w.first.getId()).getSingleResult());
        assertEquals(valid + 1L, distinctExperts);

        signIn(w.stranger);
        assertDenied(() -> imports.view(w.first.getId(), restarted.executionId()));
        Files.deleteIfExists(file);
    }

    // ---- helpers ----

    private List<String> row(String name, String idNumber) {
        List<String> cells = new ArrayList<>(ExpertTemplate.EXAMPLE);
        cells.set(ExpertField.NAME.ordinal(), name);
        cells.set(ExpertField.ID_NUMBER.ordinal(), idNumber);
        cells.set(ExpertField.SEX.ordinal(), "");
        cells.set(ExpertField.BIRTH_MONTH.ordinal(), "");
        cells.set(ExpertField.SERIES.ordinal(), "");
        return cells;
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

    private long toDo(String key) {
        return toDoSources.stream().flatMap(s -> s.toDosOfCaller().stream()).filter(t -> t.labelKey().equals(key))
                .mapToLong(ToDo::count).sum();
    }

    private long countExperts(String idNumber) throws Exception {
        return inTransaction(() -> em.createQuery("select count(e) from Expert e where e.idNumber = :id", Long.class)
                .setParameter("id", IdNumber.of(idNumber)).getSingleResult());
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

    private Committee committee(String name, Unit unit, TitleSeries series) {
        Committee committee = new Committee(name, unit, series, false, Times.now());
        em.persist(committee);
        return committee;
    }

    private Account account(String login, String name, Role role, Unit unit) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, name, null, null, hashed, Times.now());
        account.grant(role, unit);
        em.persist(account);
        return account;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
