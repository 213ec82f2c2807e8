package cn.zhicheng.it.committee;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeDetails;
import cn.zhicheng.committee.CommitteeFilingReviews;
import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeForm;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.CommitteeSetups;
import cn.zhicheng.committee.CreatedCommittee;
import cn.zhicheng.committee.OperatorRow;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.committee.FilingStatus;
import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.expert.CommitteePost;
import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.Expert;
import cn.zhicheng.expert.ExpertDetails;
import cn.zhicheng.expert.IdDocumentType;
import cn.zhicheng.expert.ProfileEntry;
import cn.zhicheng.expert.ProfileSection;
import cn.zhicheng.expert.PoolMember;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.MultiPostConfigService;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Committee filing and its review (SPEC §3.5.1, §3.5.2, §3.3, §4.1, §5) inside the real server against PostgreSQL:
 * the chain formation unit → authorising unit (two multi-post levels) → filing unit → 已备案, rejection and
 * resubmission, the minimum pool size, the document requirement, expiry, data scoping and the filing history. Each test
 * seeds its own units, accounts, series and experts.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeIT {

    private static final String PASSWORD = "Right@2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommitteeIT.class, SignIn.class, TestData.class);
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
    private CommitteeFilings filings;

    @EJB
    private Messages messages;

    @EJB
    private CommitteeFilingReviews reviews;

    @EJB
    private MultiPostConfigService multiPostConfigs;

    @EJB
    private CommitteeSetups setups;

    @EJB
    private cn.zhicheng.committee.CommitteeAccounts committeeAccounts;

    @EJB
    private ProvinceSettings settings;

    private String hashed;

    /** A formation unit (主管部门), its authorising unit (city 人社局) and filing unit (province 人社厅), with staff. */
    private final class World {
        String tag;
        Long seriesId;
        Unit province;
        Unit city;
        Unit department;
        Unit stranger;
        Account former;
        Account cityAdmin;
        Account cityFirst;
        Account citySecond;
        Account provinceReviewer;
        Account strangerStaff;
    }

    private World world() throws Exception {
        String tag = "cm" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            TitleSeries series = new TitleSeries(tag + "卫生技术");
            em.persist(series);
            w.seriesId = series.getId();
            w.province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            w.city = unit(tag + "市人社局", UnitType.HRSS, HrssLevel.CITY, w.province);
            w.department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, w.province);
            w.stranger = unit(tag + "外单位", UnitType.COMPETENT_DEPARTMENT, null, w.province);
            w.former = account(tag + "_f", "组建经办", Role.UNIT_HANDLER, w.department,
                    role(w.department, EnumSet.of(Permission.COMMITTEE_FILING, Permission.COMMITTEE_HISTORY)));
            UnitRole cityReview = role(w.city, EnumSet.of(Permission.COMMITTEE_FILING_REVIEW));
            w.cityAdmin = account(tag + "_ca", "市管理员", Role.UNIT_ADMIN, w.city, null);
            w.cityFirst = account(tag + "_c1", "市初审", Role.UNIT_HANDLER, w.city, cityReview);
            w.citySecond = account(tag + "_c2", "市复审", Role.UNIT_LEADER, w.city, cityReview);
            w.provinceReviewer = account(tag + "_p", "省经办", Role.UNIT_HANDLER, w.province,
                    role(w.province, EnumSet.of(Permission.COMMITTEE_FILING_REVIEW)));
            w.strangerStaff = account(tag + "_x", "外单位经办", Role.UNIT_HANDLER, w.stranger,
                    role(w.stranger, EnumSet.of(Permission.COMMITTEE_FILING, Permission.COMMITTEE_FILING_REVIEW)));
            return w;
        });
    }

    private CommitteeForm form(World w, String name, CommitteeFormation formation, List<String> specialties) {
        return new CommitteeForm(new CommitteeProfile(name, w.tag + "人事处", "评委会办公室",
                CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.INTERMEDIATE, TitleLevel.ASSISTANT), "张联系",
                "028-86130000", "成都市人民南路1号", false, false, EnumSet.of(UnitNature.PUBLIC_INSTITUTION),
                formation, specialties, Set.of("510000")), w.seriesId, w.city.getId(), w.province.getId());
    }

    @Test
    void aFilingPassesTwoLevelsOfTheAuthorisingUnitThenTheFilingUnitAfterARejectionAndResubmission()
            throws Exception {
        World w = world();
        signIn(w.cityAdmin);
        multiPostConfigs.addLevel(ReviewItemType.COMMITTEE_FILING, 1, Set.of(w.cityFirst.getId()));
        multiPostConfigs.addLevel(ReviewItemType.COMMITTEE_FILING, 2, Set.of(w.citySecond.getId()));
        assertTrue(reviews.isMultiPostConfigured());

        signIn(w.former);
        Long id = filings.create(form(w, w.tag + "卫生系列中级职称评审委员会", CommitteeFormation.BY_SERIES, List.of()));
        assertEquals(FilingStatus.DRAFT, filings.details(id).status());

        BusinessException tooFew = assertRejected(() -> filings.submit(id), "committee.submit.tooFewMembers.series");
        assertArrayEquals(new Object[]{25, 0L}, tooFew.getArguments());
        seedPool(id, 24, w.tag);
        assertArrayEquals(new Object[]{25, 24L},
                assertRejected(() -> filings.submit(id), "committee.submit.tooFewMembers.series").getArguments());
        Long sketchy = seedSketchyMember(id);
        assertArrayEquals(new Object[]{1L},
                assertRejected(() -> filings.submit(id), "committee.submit.incompleteExperts").getArguments(),
                "专家各项信息需完善，未完善不可提交");
        assertEquals(1, filings.details(id).incompleteMembers());
        assertFalse(filings.poolMembers(id, 0, 30).stream().filter(m -> m.id().equals(sketchy)).findFirst()
                .orElseThrow().complete());
        completeMember(sketchy);
        assertEquals(0, filings.details(id).incompleteMembers());
        assertRejected(() -> filings.submit(id), "committee.submit.documentMissing");
        CommitteeDetails uploaded = filings.uploadRequestDocument(id, new ByteArrayInputStream(PDF), "核准备案请示.pdf");
        assertEquals("核准备案请示.pdf", uploaded.requestDocumentName());
        assertEquals(25, uploaded.poolMembers());
        assertEquals(25, filings.countPoolMembers(id));
        filings.submit(id);

        CommitteeRow waiting = ownRow(id);
        assertEquals(FilingStatus.AUTHORISING_REVIEW, waiting.status());
        assertEquals(w.city.getName(), waiting.waitingUnitName(), "XXX核准中 names the authorising unit");
        assertRejected(() -> filings.update(id, form(w, "改名", CommitteeFormation.BY_SERIES, List.of())),
                "committee.notEditable");

        signIn(w.citySecond);
        assertEquals(0, reviews.count(ReviewTab.PENDING, null), "level 2 does not see a level-1 item");
        assertRejected(() -> reviews.pass(List.of(id), null), "committee.review.notWaiting");
        signIn(w.cityFirst);
        assertEquals(1, reviews.count(ReviewTab.PENDING, null));
        assertEquals(List.of(id), reviews.list(ReviewTab.PENDING, w.tag, 0, 10).stream().map(CommitteeRow::id).toList());
        assertTrue(toDoCount("todo.committeeFiling") >= 1, "the to-do list counts the waiting filing");
        assertEquals(w.department.getName(), reviews.pendingDetails(id).formationUnitName());
        reviews.pass(List.of(id), "材料齐全");
        assertEquals(0, reviews.count(ReviewTab.PENDING, null));
        assertEquals(2, em.find(Committee.class, id).getPosition().getLevel());

        signIn(w.provinceReviewer);
        assertEquals(0, reviews.count(ReviewTab.PENDING, null), "not yet at the filing unit");
        assertThrows(AccessDeniedException.class, () -> filings.details(id),
                "the filing unit sees a filing only once it reached it");

        signIn(w.citySecond);
        assertEquals(1, reviews.count(ReviewTab.PENDING, null));
        reviews.pass(List.of(id), null);
        assertEquals(1, reviews.count(ReviewTab.PASSED, null));

        signIn(w.provinceReviewer);
        assertEquals(1, reviews.count(ReviewTab.PENDING, null));
        assertRejected(() -> reviews.reject(List.of(id), " "), "committee.opinion.required");
        reviews.reject(List.of(id), "请补充专家名单说明");
        assertEquals(1, reviews.count(ReviewTab.REJECTED, null));
        assertEquals(0, reviews.count(ReviewTab.PENDING, null));

        signIn(w.former);
        assertTrue(messages.received(0, 10).stream().anyMatch(m -> m.getTitle().equals("评委会备案未通过")
                && m.getBody().contains("请补充专家名单说明")), "the submitter is told why the filing was returned");
        CommitteeRow rejected = ownRow(id);
        assertEquals(FilingStatus.REJECTED, rejected.status());
        assertEquals("请补充专家名单说明", rejected.lastOpinion());
        assertTrue(rejected.editable());
        filings.update(id, form(w, w.tag + "卫生系列中级职称评审委员会（修订）", CommitteeFormation.BY_SERIES, List.of()));
        filings.submit(id);

        signIn(w.cityFirst);
        reviews.pass(List.of(id), null);
        signIn(w.citySecond);
        reviews.pass(List.of(id), null);
        signIn(w.provinceReviewer);
        reviews.pass(List.of(id), "同意备案");

        signIn(w.former);
        CommitteeRow filed = ownRow(id);
        LocalDate today = Times.now().toLocalDate();
        assertEquals(FilingStatus.FILED, filed.status());
        assertEquals(today, filed.validFrom());
        assertEquals(today.plusYears(3), filed.validUntil());
        assertFalse(filed.expired());
        assertNull(filed.waitingUnitName());
        assertTrue(em.find(Committee.class, id).isFiledOn(today));
        assertTrue(messages.received(0, 10).stream().anyMatch(m -> m.getTitle().equals("评委会备案已核准通过")
                && m.getBody().contains(today.plusYears(3).toString())), "the submitter learns the filing passed");

        List<String> actions = new java.util.ArrayList<>(filings.history(id, 0, 50).stream()
                .map(AuditRecord::getAction).toList());
        java.util.Collections.reverse(actions);
        assertEquals(List.of("CREATED", "DOCUMENT_UPLOADED", "SUBMITTED", "LEVEL_PASSED", "PASSED", "REJECTED",
                "EDITED", "SUBMITTED", "LEVEL_PASSED", "PASSED", "FILED"), actions);
        assertEquals(actions.size(), filings.historySize(id));
        AuditRecord rejection = filings.history(id, 0, 50).stream()
                .filter(r -> r.getAction().equals("REJECTED")).findFirst().orElseThrow();
        assertEquals("FILING_REVIEW", rejection.getFromStatus());
        assertEquals("REJECTED", rejection.getToStatus());
        assertEquals("请补充专家名单说明", rejection.getOpinion());
        assertEquals(w.provinceReviewer.getLoginName(), rejection.getActorLogin());

        signIn(w.provinceReviewer);
        assertEquals(FilingStatus.FILED, filings.details(id).status(), "the filing unit reads what it filed");
    }

    @Test
    void aCommitteeBySpecialtyNeedsElevenMembersAndItsSpecialties() throws Exception {
        World w = world();
        signIn(w.former);
        assertRejected(() -> filings.create(form(w, w.tag + "专业评委会", CommitteeFormation.BY_SPECIALTY, List.of())),
                "committee.specialties.required");
        Long id = filings.create(form(w, w.tag + "专业评委会", CommitteeFormation.BY_SPECIALTY, List.of("内科", "外科")));
        filings.uploadRequestDocument(id, new ByteArrayInputStream(PDF), "请示.pdf");
        seedPool(id, 10, w.tag);
        assertArrayEquals(new Object[]{11, 10L},
                assertRejected(() -> filings.submit(id), "committee.submit.tooFewMembers.specialty").getArguments());
        seedPool(id, 1, w.tag + "b");
        filings.submit(id);
        assertEquals(List.of("内科", "外科"), filings.details(id).specialties());
        assertEquals(11, filings.details(id).requiredMembers());
    }

    @Test
    void badInputIsRefusedWithItsOwnMessageAndNothingIsSaved() throws Exception {
        World w = world();
        signIn(w.former);
        CommitteeForm good = form(w, w.tag + "电话评委会", CommitteeFormation.BY_SERIES, List.of());
        CommitteeProfile p = good.profile();
        CommitteeForm badPhone = new CommitteeForm(new CommitteeProfile(p.name(), p.agency(), p.office(),
                p.reviewType(), p.levels(), p.contactPerson(), "86130000", p.address(), false, false, Set.of(),
                p.formation(), List.of(), p.regionCodes()), good.seriesId(), good.authorisingUnitId(),
                good.filingUnitId());
        assertRejected(() -> filings.create(badPhone), "committee.phone.format");
        assertRejected(() -> filings.create(new CommitteeForm(p, good.seriesId(), null, good.filingUnitId())),
                "committee.authorisingUnit.required");
        assertRejected(() -> filings.create(new CommitteeForm(p, good.seriesId(), w.former.getId() + 999_999_999L,
                good.filingUnitId())), "committee.reviewingUnit.invalid");
        assertEquals(0, filings.countOwn(w.tag + "电话评委会"), "nothing saved");
        filings.create(good);
        assertEquals(1, filings.countOwn(w.tag + "电话评委会"));
    }

    @Test
    void batchRejectionWritesOneRecordPerCommitteeAndScopingRefusesOtherUnits() throws Exception {
        World w = world();
        signIn(w.former);
        Long first = filings.create(form(w, w.tag + "甲评委会", CommitteeFormation.BY_SERIES, List.of()));
        Long second = filings.create(form(w, w.tag + "乙评委会", CommitteeFormation.BY_SERIES, List.of()));
        for (Long id : List.of(first, second)) {
            seedPool(id, 25, w.tag + id);
            filings.uploadRequestDocument(id, new ByteArrayInputStream(PDF), "请示.pdf");
            filings.submit(id);
        }

        signIn(w.strangerStaff);
        assertThrows(AccessDeniedException.class, () -> filings.details(first));
        assertThrows(AccessDeniedException.class, () -> filings.update(first,
                form(w, "抢改", CommitteeFormation.BY_SERIES, List.of())));
        assertThrows(AccessDeniedException.class, () -> filings.submit(first));
        assertThrows(AccessDeniedException.class, () -> reviews.pass(List.of(first), null));
        assertThrows(AccessDeniedException.class, () -> filings.history(first, 0, 10));
        assertEquals(0, reviews.count(ReviewTab.PENDING, null));
        signIn(w.former);
        assertThrows(AccessDeniedException.class, () -> reviews.count(ReviewTab.PENDING, null),
                "the formation unit's staff lack 评委会备案审核");

        signIn(w.cityAdmin);
        assertEquals(2, reviews.count(ReviewTab.PENDING, w.tag), "no levels configured: any reviewer, one step");
        assertFalse(reviews.isMultiPostConfigured());
        reviews.reject(List.of(first, second), "人员结构不合理");
        for (Long id : List.of(first, second)) {
            List<AuditRecord> rejections = em.createQuery("select r from AuditRecord r where r.entityType = "
                            + "'COMMITTEE' and r.entityId = :id and r.action = 'REJECTED'", AuditRecord.class)
                    .setParameter("id", id).getResultList();
            assertEquals(1, rejections.size());
            assertEquals("人员结构不合理", rejections.get(0).getOpinion());
            assertEquals("AUTHORISING_REVIEW", rejections.get(0).getFromStatus());
        }
        assertEquals(2, reviews.count(ReviewTab.REJECTED, w.tag));

        signIn(w.former);
        assertEquals(2, filings.countHistorical(w.tag), "rejected and never filed: historical");
    }

    @Test
    void anExpiredFilingIsNoLongerFiledAndShowsAsHistorical() throws Exception {
        World w = world();
        signIn(w.former);
        Long id = filings.create(form(w, w.tag + "过期评委会", CommitteeFormation.BY_SERIES, List.of()));
        seedPool(id, 25, w.tag);
        filings.uploadRequestDocument(id, new ByteArrayInputStream(PDF), "请示.pdf");
        filings.submit(id);
        signIn(w.cityFirst);
        reviews.pass(List.of(id), null);
        signIn(w.provinceReviewer);
        reviews.pass(List.of(id), null);

        LocalDate today = Times.now().toLocalDate();
        inTransaction(() -> em.createNativeQuery("update committee set approved_at = approved_at - interval '3 years 2 days', "
                + "valid_until = ?1 where id = ?2").setParameter(1, today.minusDays(2)).setParameter(2, id)
                .executeUpdate());
        em.clear();
        Committee expired = em.find(Committee.class, id);
        assertFalse(expired.isFiledOn(today));
        assertTrue(expired.isExpiredOn(today));
        assertTrue(expired.isFiledOn(today.minusDays(2)), "the last day of the validity still counts");

        signIn(w.former);
        CommitteeRow row = ownRow(id);
        assertTrue(row.expired());
        assertEquals(today.minusDays(2), row.validUntil());
        assertEquals(1, filings.countHistorical(w.tag));
        assertEquals(List.of(id), filings.historical(w.tag, 0, 10).stream().map(CommitteeRow::id).toList());
        signIn(w.provinceReviewer);
        assertThrows(AccessDeniedException.class, () -> filings.countHistorical(null),
                "历史评委会 needs its own permission");

        signIn(w.former);
        filings.submit(id);
        assertEquals(FilingStatus.AUTHORISING_REVIEW, ownRow(id).status(), "an expired committee files again");
    }

    @Test
    void inTheShanxiModelTheDepartmentCreatesTheCommitteeAndItsAdministratorWhoFilesIt() throws Exception {
        World w = world();
        switchSetupModel("DEPT_CREATES_COMMITTEE_ADMIN_FILES");
        try {
            signIn(w.former);
            assertRejected(() -> filings.create(form(w, w.tag + "不可直接创建", CommitteeFormation.BY_SERIES, List.of())),
                    "committee.setupModel.other");
            CreatedCommittee created = setups.createWithAdmin(w.tag + "山西模式评委会", w.seriesId, "评委会管理员",
                    TestData.idNumber(), w.tag + "_cadm");
            Long id = created.committeeId();
            Account admin = em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                    .setParameter("loginName", created.accountLogin()).getSingleResult();
            assertTrue(admin.isMustChangePassword(), "the initial password is changed at the first sign-in");
            assertTrue(admin.roles().contains(Role.COMMITTEE_ADMIN));
            assertThrows(AccessDeniedException.class, () -> filings.update(id,
                    form(w, w.tag + "山西模式评委会", CommitteeFormation.BY_SERIES, List.of())),
                    "only the committee administrator files (SPEC §3.5.3)");

            SignIn.as(securityContext, request, created.accountLogin(), "888888");
            CommitteeDetails mine = filings.mine();
            assertEquals(id, mine.id());
            assertEquals(FilingStatus.DRAFT, mine.status());
            assertRejected(() -> filings.submit(id), "committee.submit.incomplete");
            filings.update(id, form(w, w.tag + "山西模式评委会", CommitteeFormation.BY_SERIES, List.of()));
            filings.uploadRequestDocument(id, new ByteArrayInputStream(PDF), "评委会备案文件.pdf");
            seedPool(id, 25, w.tag);
            filings.submit(id);
            assertEquals(FilingStatus.AUTHORISING_REVIEW, filings.mine().status());
            assertEquals(w.city.getName(), filings.mine().waitingUnitName());
            assertThrows(AccessDeniedException.class, () -> filings.own(null, 0, 10),
                    "the committee administrator has no unit list");

            signIn(w.cityFirst);
            reviews.pass(List.of(id), null);
            signIn(w.provinceReviewer);
            reviews.pass(List.of(id), null);
            SignIn.as(securityContext, request, created.accountLogin(), "888888");
            assertEquals(FilingStatus.FILED, filings.mine().status());
            assertTrue(filings.history(id, 0, 50).stream().anyMatch(r -> r.getAction().equals("ACCOUNT_CREATED")));

            // 评委会账号管理 (SPEC §3.5.6): the administrator's operators
            String operatorIdNumber = TestData.idNumber();
            String operatorLogin = committeeAccounts.create("操作员甲", operatorIdNumber);
            assertEquals(operatorIdNumber, operatorLogin, "the identity is the ID number");
            assertRejected(() -> committeeAccounts.create("操作员乙", operatorIdNumber), "account.login.taken");
            assertEquals(1, committeeAccounts.countOperators());
            OperatorRow operator = committeeAccounts.operators(0, 10).get(0);
            committeeAccounts.rename(operator.id(), "操作员丙");
            committeeAccounts.disable(operator.id());
            assertEquals(AccountStatus.DISABLED, committeeAccounts.operators(0, 10).get(0).status());
            committeeAccounts.enable(operator.id());
            committeeAccounts.retire(operator.id());
            assertEquals(0, committeeAccounts.countOperators(), "a retired operator leaves the list");
            assertRejected(() -> committeeAccounts.enable(operator.id()), "account.status.retired");
            assertThrows(AccessDeniedException.class, () -> committeeAccounts.disable(w.former.getId()),
                    "only the committee's own operators");
            signIn(w.former);
            assertThrows(jakarta.ejb.EJBAccessException.class, () -> committeeAccounts.countOperators(),
                    "unit staff do not manage committee accounts");
        } finally {
            switchSetupModel(null);
        }
    }

    @Test
    void inTheHebeiModelTheReformOfficeCreatesAnAuthorisedCommitteeWithItsCodeAccount() throws Exception {
        World w = world();
        Account office = inTransaction(() -> account(w.tag + "_zgb", "职改办", Role.UNIT_HANDLER, em.find(Unit.class,
                w.province.getId()), role(em.find(Unit.class, w.province.getId()),
                EnumSet.of(Permission.COMMITTEE_FILING))));
        switchSetupModel("REFORM_OFFICE_CREATES");
        try {
            String code = "HB" + System.nanoTime();
            signIn(w.former);
            assertThrows(AccessDeniedException.class, () -> setups.createAuthorised(
                    form(w, w.tag + "河北模式评委会", CommitteeFormation.BY_SERIES, List.of()), code),
                    "only the root 人社部门 (职改办) creates committees");
            signIn(office);
            CreatedCommittee created = setups.createAuthorised(
                    form(w, w.tag + "河北模式评委会", CommitteeFormation.BY_SERIES, List.of()), code);
            CommitteeDetails details = filings.details(created.committeeId());
            assertEquals(FilingStatus.FILED, details.status(), "created = authorised, no review");
            assertEquals(code, details.code());
            assertEquals(Times.now().toLocalDate().plusYears(3), details.validUntil());
            assertTrue(em.find(Committee.class, created.committeeId()).isFiledOn(Times.now().toLocalDate()));
            assertRejected(() -> setups.createAuthorised(
                    form(w, w.tag + "重复代码", CommitteeFormation.BY_SERIES, List.of()), code), "committee.code.taken");

            assertRejected(() -> filings.update(created.committeeId(), form(w, w.tag + "改名",
                    CommitteeFormation.BY_SERIES, List.of())), "committee.notEditable");
            setups.updateAuthorised(created.committeeId(),
                    form(w, w.tag + "河北模式评委会（更名）", CommitteeFormation.BY_SERIES, List.of()));
            CommitteeDetails edited = filings.details(created.committeeId());
            assertEquals(w.tag + "河北模式评委会（更名）", edited.name(), "编辑评委会 by the 职改办");
            assertEquals(FilingStatus.FILED, edited.status(), "still authorised, no review");
            assertEquals("EDITED", filings.history(created.committeeId(), 0, 1).get(0).getAction());

            SignIn.as(securityContext, request, created.accountLogin(), "888888");
            assertEquals(created.committeeId(), filings.mine().id(), "the code account signs in with the code");
            assertThrows(jakarta.ejb.EJBAccessException.class, () -> setups.updateAuthorised(created.committeeId(),
                    form(w, w.tag + "自改", CommitteeFormation.BY_SERIES, List.of())), "only the 职改办 edits it");
            signIn(office);
            setups.resetCodePassword(created.committeeId());
            SignIn.as(securityContext, request, created.accountLogin(), "888888");
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

    // --- helpers ------------------------------------------------------------------------------------------------

    private CommitteeRow ownRow(Long id) {
        return filings.own(null, 0, 100).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private long toDoCount(String key) {
        return toDoSources.stream().flatMap(s -> s.toDosOfCaller().stream())
                .filter(t -> t.labelKey().equals(key)).mapToLong(ToDo::count).sum();
    }

    private void seedPool(Long committeeId, int count, String tag) throws Exception {
        inTransaction(() -> {
            Committee committee = em.find(Committee.class, committeeId);
            for (int i = 0; i < count; i++) {
                Expert expert = completeExpert("专家" + i, committee.getSeries());
                em.persist(expert);
                em.persist(new PoolMember(committee, expert, CommitteePost.MEMBER, Times.now()));
            }
            return null;
        });
    }

    /** A member whose expert is known only by name and ID number: 信息是否完整 = 否. */
    private Long seedSketchyMember(Long committeeId) throws Exception {
        return inTransaction(() -> {
            Committee committee = em.find(Committee.class, committeeId);
            Expert expert = new Expert("待完善专家", IdNumber.of(TestData.idNumber()), Times.now());
            em.persist(expert);
            PoolMember member = new PoolMember(committee, expert, CommitteePost.MEMBER, Times.now());
            em.persist(member);
            em.flush();
            return member.getId();
        });
    }

    private void completeMember(Long memberId) throws Exception {
        inTransaction(() -> {
            PoolMember member = em.find(PoolMember.class, memberId);
            complete(member.getExpert(), member.getCommittee().getSeries());
            return null;
        });
    }

    /** An expert whose 信息是否完整 is true: every 新增专家信息 field and the 学习经历 and 工作履历 sections. */
    static Expert completeExpert(String name, TitleSeries series) {
        return complete(new Expert(name, IdNumber.of(TestData.idNumber()), Times.now()), series);
    }

    static Expert complete(Expert expert, TitleSeries series) {
        IdNumber idNumber = expert.getIdNumber();
        expert.describe(new ExpertDetails("中国", expert.getName(), IdDocumentType.RESIDENT_ID, idNumber,
                idNumber.sex(), YearMonth.from(idNumber.birthDate()), false, "四川省人民医院", null, "科室主任",
                AdminPostLevel.NONE, "13900001111", null, "省学术技术带头人", series.getName(), "临床医学", "主任医师",
                CommitteePost.MEMBER), series);
        expert.replaceSection(ProfileSection.EDUCATION, List.of(new ProfileEntry(ProfileSection.EDUCATION, "199009",
                "199507", "临床医学本科", "四川大学", null)));
        expert.replaceSection(ProfileSection.WORK, List.of(new ProfileEntry(ProfileSection.WORK, "199508", null,
                "主任医师", "四川省人民医院", null)));
        return expert;
    }

    private static BusinessException assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertFalse(e instanceof AccessDeniedException, "a business refusal, not a 403: " + e);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
        assertEquals(account.getLoginName(), callers.current().getLoginName());
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private UnitRole role(Unit unit, Set<Permission> permissions) {
        UnitRole role = new UnitRole(unit, "角色" + System.nanoTime(), null, permissions, Times.now());
        em.persist(role);
        return role;
    }

    private Account account(String login, String name, Role role, Unit unit, UnitRole unitRole) {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        Account account = Account.selfRegistered(login, name, null, null, hashed, Times.now());
        account.grant(role, unit);
        if (unitRole != null) {
            account.assignStaffRoles(Set.of(unitRole));
        }
        em.persist(account);
        return account;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
