package cn.zhicheng.it.review;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.Specialty;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Sex;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.CommitteeCountRow;
import cn.zhicheng.review.RosterSheets;
import cn.zhicheng.review.StatusGroup;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.review.RosterWorkbook;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Application queries (SPEC §3.15.1–3.15.3, §4.7, §2.6) inside the real server against PostgreSQL: the 花名表's
 * filters and counts, the scope of unit staff (employer in their subtree, never drafts) and of committee staff
 * (their committee, only what reached it), 申报材料综合查询's counts for the formation unit, 评审人员统计's audited
 * change and its refusals, and the 职称申报人员信息表 export opened with POI (a sheet per second-level specialty,
 * header, rows). One world is seeded per test: a 主管部门 with a committee and its specialty tree, a hospital under it
 * and one outside it, applications in every status (inserted as the review chain would leave them).
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationQueriesIT {

    private static final String PASSWORD = "Right@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ApplicationQueriesIT.class);
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
    private ApplicationQueries queries;

    @EJB
    private AuditLog auditLog;

    private String hashed;

    private static final class World {
        String tag;
        Long committeeId;
        Long deputyId;
        Long fullId;
        String department;
        String deptAdmin;
        String hospitalStaff;
        String otherAdmin;
        String committeeAdmin;
        String clerk;
        Long a1;
        Long a2;
        Long b1;
        String a1Id;
    }

    private World world() throws Exception {
        String tag = "aq" + System.nanoTime();
        return InTransaction.call(tx, () -> {
            World w = new World();
            w.tag = tag;
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            TitleQualification full = new TitleQualification(series, TitleLevel.SENIOR_FULL, tag + "主任医师");
            TitleQualification deputy = new TitleQualification(series, TitleLevel.SENIOR_DEPUTY, tag + "副主任医师");
            em.persist(full);
            em.persist(deputy);
            w.fullId = full.getId();
            w.deputyId = deputy.getId();
            Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            Unit department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
            Unit hospital = unit(tag + "医院甲", UnitType.APPLYING_UNIT, null, department);
            Unit other = unit(tag + "医院乙", UnitType.APPLYING_UNIT, null, province);
            w.department = department.getName();
            Committee committee = Committee.draft(new CommitteeProfile(tag + "高评委", "人事处", "评委会办公室",
                            CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                            "张联系", "028-86130000", "成都市人民南路1号", false, false, Set.of(),
                            CommitteeFormation.BY_SERIES, List.of(), Set.of("510000")),
                    department, series, province, province, Times.now());
            em.persist(committee);
            committee.authoriseAtCreation(Times.now());
            w.committeeId = committee.getId();
            Specialty clinical = specialty(committee, null, "临床医学");
            Specialty internal = specialty(committee, clinical, "内科学");
            specialty(committee, clinical, "外科学");
            specialty(committee, internal, "心血管内科");
            Activity activity = activity(committee, tag + "年度评审");

            w.deptAdmin = staff(tag + "dept", Role.UNIT_ADMIN, department, null);
            w.hospitalStaff = staff(tag + "hosp", Role.UNIT_HANDLER, hospital, role(hospital,
                    EnumSet.of(Permission.APPLICATION_ROSTER, Permission.EVALUATION_CHANGE)));
            w.clerk = staff(tag + "clerk", Role.UNIT_HANDLER, hospital, role(hospital,
                    EnumSet.of(Permission.OWN_UNIT_INFO)));
            w.otherAdmin = staff(tag + "other", Role.UNIT_ADMIN, other, null);
            Account committeeAdmin = Account.selfRegistered(tag + "cadm", "评委会管理员", null, null, hashed(),
                    Times.now());
            committeeAdmin.grant(Role.COMMITTEE_ADMIN, department);
            em.persist(committeeAdmin);
            em.persist(new CommitteeAccount(committeeAdmin, committee, Role.COMMITTEE_ADMIN, Times.now()));
            w.committeeAdmin = committeeAdmin.getLoginName();

            String a1Id = idNumber(Sex.FEMALE);
            w.a1Id = a1Id;
            w.a1 = application(hospital, activity, deputy, "张一", a1Id, "心血管内科", ApplicationRoute.NORMAL,
                    ApplicationStatus.AT_COMMITTEE);
            w.a2 = application(hospital, activity, full, "张二", idNumber(Sex.MALE), "外科学", ApplicationRoute.NORMAL,
                    ApplicationStatus.ACCEPTED);
            application(hospital, activity, deputy, "李三", idNumber(Sex.MALE), "口腔医学",
                    ApplicationRoute.EXCEPTIONAL, ApplicationStatus.ACCEPTED);
            application(hospital, activity, deputy, "王四", idNumber(Sex.MALE), "内科学", ApplicationRoute.NORMAL,
                    ApplicationStatus.IN_REVIEW);
            application(hospital, activity, deputy, "赵五", idNumber(Sex.FEMALE), "内科学", ApplicationRoute.NORMAL,
                    ApplicationStatus.DRAFT);
            w.b1 = application(other, activity, deputy, "张六", idNumber(Sex.MALE), "内科学", ApplicationRoute.NORMAL,
                    ApplicationStatus.AT_COMMITTEE);
            application(other, activity, full, "孙七", idNumber(Sex.FEMALE), "心血管内科", ApplicationRoute.NORMAL,
                    ApplicationStatus.ACCEPTED);
            return w;
        });
    }

    // --- filters, scope and counts -----------------------------------------------------------------------------------

    @Test
    void unitStaffSeeTheirSubtreeFilteredCountedAndMasked() throws Exception {
        World w = world();
        signIn(w.hospitalStaff);
        ApplicationQuery roster = committeeQuery(w).withGroup(StatusGroup.PASSED_DEPARTMENT);

        List<ApplicationQueryRow> rows = queries.page(roster, 0, 50);
        assertEquals(List.of("李三", "张二", "张一"), names(rows), "newest first, only what passed the 主管部门");
        assertEquals(3, queries.count(roster));
        ApplicationQueryRow first = rows.get(2);
        assertEquals(w.a1Id.substring(0, 4) + "**********" + w.a1Id.substring(14), first.idNumber());
        assertEquals(Sex.FEMALE, first.sex());
        assertEquals(w.department, first.department());
        assertEquals(4, queries.count(committeeQuery(w)), "every status but drafts");
        assertEquals(List.of("张一"), names(queries.page(roster, 2, 50)), "paged in the database");

        assertEquals(List.of("张二", "张一"), names(queries.page(filtered(w, "张", null, null, null, null), 0, 50)));
        assertEquals(2, queries.count(filtered(w, "张", null, null, null, null)));
        assertEquals(List.of("张一"), names(queries.page(filtered(w, null, Sex.FEMALE, null, null, null), 0, 50)));
        assertEquals(List.of("张二"), names(queries.page(filtered(w, null, null, "外科", null, null), 0, 50)));
        assertEquals(List.of("李三"), names(queries.page(filtered(w, null, null, null, ApplicationRoute.EXCEPTIONAL,
                null), 0, 50)));
        assertEquals(List.of("张二"), names(queries.page(filtered(w, null, null, null, null, TitleLevel.SENIOR_FULL),
                0, 50)));
        assertEquals(List.of("张一"), names(queries.page(new ApplicationQuery(null, null, w.a1Id, null, null, null,
                null, null, null, w.committeeId, null, StatusGroup.ALL), 0, 50)), "身份证号 exactly");
        assertEquals(0, queries.count(new ApplicationQuery(Times.now().getYear() + 1, null, null, null, null, null,
                null, null, null, w.committeeId, null, StatusGroup.ALL)), "another year");

        signIn(w.deptAdmin);
        assertEquals(3, queries.count(committeeQuery(w).withGroup(StatusGroup.PASSED_DEPARTMENT)),
                "the 主管部门 sees its subtree only, not the hospital outside it");
        signIn(w.otherAdmin);
        assertEquals(List.of("孙七", "张六"), names(queries.page(committeeQuery(w), 0, 50)));
        signIn(w.clerk);
        assertThrows(BusinessException.class, () -> queries.count(committeeQuery(w)), "no 花名表 function");
    }

    @Test
    void committeeStaffSeeTheirCommitteeOnlyWhatReachedIt() throws Exception {
        World w = world();
        signIn(w.committeeAdmin);
        assertEquals(List.of("孙七", "张六", "李三", "张二", "张一"), names(queries.page(ApplicationQuery.ALL, 0, 50)));
        assertEquals(5, queries.count(ApplicationQuery.ALL));
        assertEquals(0, queries.count(ApplicationQuery.ALL.withGroup(StatusGroup.IN_CHAIN)));
        assertEquals(3, queries.count(ApplicationQuery.ALL.withGroup(StatusGroup.ACCEPTED)));
        assertEquals(List.of(w.committeeId), queries.rosterCommittees().stream().map(c -> c.id()).toList());
        assertThrows(BusinessException.class, () -> queries.changeEvaluation(w.a1, w.fullId,
                ApplicationRoute.NORMAL), "committee staff do not change evaluations");
    }

    @Test
    void theFormationUnitCountsDeclaredReceivedAndPassedPerActivity() throws Exception {
        World w = world();
        signIn(w.deptAdmin);
        List<CommitteeCountRow> rows = queries.committeeCounts(null, w.committeeId, null, null);
        assertEquals(1, rows.size());
        CommitteeCountRow row = rows.get(0);
        assertEquals(6, row.declared(), "submitted at least once (the draft does not count)");
        assertEquals(5, row.received());
        assertEquals(3, row.passed());
        assertEquals(2, queries.committeeCounts(null, w.committeeId, null, TitleLevel.SENIOR_FULL).get(0).declared());
        signIn(w.hospitalStaff);
        assertThrows(BusinessException.class, () -> queries.committeeCounts(null, null, null, null),
                "an applying unit forms no committee");
    }

    @Test
    void evaluationChangesAreAuditedAndOnlyBeforeAcceptanceWithinScope() throws Exception {
        World w = world();
        signIn(w.otherAdmin);
        assertThrows(BusinessException.class, () -> queries.changeEvaluation(w.a1, w.fullId,
                ApplicationRoute.EXCEPTIONAL), "another unit's applicant");
        signIn(w.hospitalStaff);
        assertEquals(2, queries.evaluationChoices(w.a1).size());
        ApplicationQueryRow changed = queries.changeEvaluation(w.a1, w.fullId, ApplicationRoute.EXCEPTIONAL);
        assertEquals(TitleLevel.SENIOR_FULL, changed.level());
        assertEquals(ApplicationRoute.EXCEPTIONAL, changed.route());
        AuditRecord last = auditLog.history(Applications.AUDIT_TYPE, w.a1).stream()
                .filter(r -> r.getAction().equals("application.evaluationChanged")).findFirst().orElseThrow();
        assertTrue(last.getOpinion().contains("SENIOR_DEPUTY") && last.getOpinion().contains("SENIOR_FULL"),
                last.getOpinion());
        BusinessException unchanged = assertThrows(BusinessException.class,
                () -> queries.changeEvaluation(w.a1, w.fullId, ApplicationRoute.EXCEPTIONAL));
        assertEquals("application.evaluation.unchanged", unchanged.getMessageKey());
        BusinessException accepted = assertThrows(BusinessException.class,
                () -> queries.changeEvaluation(w.a2, w.deputyId, ApplicationRoute.NORMAL));
        assertEquals("application.evaluation.notChangeable", accepted.getMessageKey());
    }

    // --- the export ---------------------------------------------------------------------------------------------------

    @Test
    void theExportHasASheetPerSecondLevelSpecialtyWithTheRosterColumns() throws Exception {
        World w = world();
        signIn(w.committeeAdmin);
        ApplicationQuery passed = committeeQuery(w).withGroup(StatusGroup.PASSED_DEPARTMENT);
        try (XSSFWorkbook book = export(passed, w)) {
            assertEquals(List.of("内科学", "外科学", RosterSheets.OTHER), sheetNames(book));
            assertEquals(List.of("序号", "年度", "姓名", "身份证号", "性别", "主管部门", "申报系列", "申报层级", "申报专业",
                    "申报职称名称", "申报方式"), cells(book.getSheet("内科学"), 0));
            assertEquals(3, book.getSheet("内科学").getLastRowNum(), "张一, 张六, 孙七");
            List<String> first = cells(book.getSheet("内科学"), 1);
            assertEquals(List.of("1", String.valueOf(Times.now().getYear()), "张一", w.a1Id, "女", w.department,
                    w.tag + "卫生", "高级（副高）", "心血管内科", w.tag + "副主任医师", "正常申报"), first,
                    "the export carries the complete ID number");
            assertEquals(1, book.getSheet("外科学").getLastRowNum());
            assertEquals(1, book.getSheet(RosterSheets.OTHER).getLastRowNum());
        }
        try (XSSFWorkbook book = export(committeeQuery(w).withGroup(StatusGroup.ACCEPTED), w)) {
            assertEquals(List.of("内科学", "外科学", RosterSheets.OTHER), sheetNames(book), "已接收: 孙七, 张二, 李三");
            assertEquals(1, book.getSheet("内科学").getLastRowNum());
        }
        signIn(w.hospitalStaff);
        try (XSSFWorkbook book = export(passed, w)) {
            assertEquals(List.of("外科学", "内科学", RosterSheets.OTHER).size(), book.getNumberOfSheets());
            assertEquals(1, book.getSheet("内科学").getLastRowNum(), "the hospital's own applicant only");
        }
    }

    private XSSFWorkbook export(ApplicationQuery query, World w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSheets sheets = queries.rosterSheets(w.committeeId);
        RosterWorkbook.write(out, sheets, "全部", after -> queries.chunkAfter(query, after, 2),
                RosterWorkbook.Labels.of(Locale.SIMPLIFIED_CHINESE));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            names.add(book.getSheetName(i));
        }
        return names;
    }

    private static List<String> cells(Sheet sheet, int row) {
        DataFormatter f = new DataFormatter();
        List<String> cells = new ArrayList<>();
        sheet.getRow(row).forEach(c -> cells.add(f.formatCellValue(c)));
        return cells;
    }

    // --- seeding --------------------------------------------------------------------------------------------------------

    private static ApplicationQuery committeeQuery(World w) {
        return ApplicationQuery.ALL.withCommittee(w.committeeId);
    }

    private static ApplicationQuery filtered(World w, String name, Sex sex, String specialty, ApplicationRoute route,
                                             TitleLevel level) {
        return new ApplicationQuery(null, name, null, sex, null, level, specialty, route, null, w.committeeId, null,
                StatusGroup.PASSED_DEPARTMENT);
    }

    private static List<String> names(List<ApplicationQueryRow> rows) {
        return rows.stream().map(ApplicationQueryRow::name).toList();
    }

    private static String idNumber(Sex sex) {
        while (true) {
            String id = TestData.idNumber();
            if (IdNumber.of(id).sex() == sex) {
                return id;
            }
        }
    }

    /** An application as the chain leaves it (the chain's own transitions are the review helpers' work). */
    private Long application(Unit employer, Activity activity, TitleQualification qualification, String name,
                             String idNumber, String specialty, ApplicationRoute route, ApplicationStatus status) {
        Account applicant = Account.selfRegistered(idNumber, name, IdNumber.of(idNumber), "13800138000", hashed(),
                Times.now());
        applicant.grant(Role.APPLICANT, null);
        em.persist(applicant);
        em.flush();
        Long id = ((Number) em.createNativeQuery("select nextval('application_seq')").getSingleResult()).longValue();
        OffsetDateTime now = Times.now();
        jakarta.persistence.Query insert = em.createNativeQuery("insert into application (id, applicant_id, applicant_name, id_number, employer_id, kind, "
                        + "activity_id, committee_id, series_id, title_level, specialty, qualification_id, route, "
                        + "review_year, status, created_at, first_submitted_at, submitted_at) values (?, ?, ?, ?, ?, "
                        + "'REVIEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + (status == ApplicationStatus.DRAFT ? "null, null" : "?, ?") + ")")
                .setParameter(1, id).setParameter(2, applicant.getId()).setParameter(3, name)
                .setParameter(4, idNumber).setParameter(5, employer.getId()).setParameter(6, activity.getId())
                .setParameter(7, activity.getCommittee().getId()).setParameter(8, qualification.getSeries().getId())
                .setParameter(9, qualification.getLevel().name()).setParameter(10, specialty)
                .setParameter(11, qualification.getId()).setParameter(12, route.name())
                .setParameter(13, activity.getYear()).setParameter(14, status.name()).setParameter(15, now);
        if (status != ApplicationStatus.DRAFT) {
            insert.setParameter(16, now).setParameter(17, now);
        }
        insert.executeUpdate();
        return id;
    }

    private Specialty specialty(Committee committee, Specialty parent, String name) {
        Specialty specialty = new Specialty(committee, parent, name, Times.now());
        em.persist(specialty);
        return specialty;
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private UnitRole role(Unit unit, Set<Permission> permissions) {
        UnitRole role = new UnitRole(unit, "查询" + System.nanoTime(), null, permissions, Times.now());
        em.persist(role);
        return role;
    }

    private String staff(String login, Role role, Unit unit, UnitRole unitRole) {
        Account account = Account.selfRegistered(login, login, null, null, hashed(), Times.now());
        account.grant(role, unit);
        if (unitRole != null) {
            account.assignStaffRoles(Set.of(unitRole));
        }
        em.persist(account);
        return login;
    }

    private Activity activity(Committee committee, String name) {
        OffsetDateTime start = Times.now().minusDays(1);
        Activity activity = new Activity(committee, new ActivityBasics(name, "全省在岗卫生专业技术人员",
                Times.now().getYear(), ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, false, WrittenExam.NONE,
                Defense.NONE, false, null, ReviewMode.ONLINE_VOTE,
                ActivitySchedule.of(start, start.plusDays(31), start.plusDays(41), start.plusDays(51), null, null),
                false, false, false, null, true), Times.now().toLocalDate(), Times.now());
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD), "取得现职称后的业绩")));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG))));
        em.persist(activity);
        activity.publishDirectly(Times.now().toLocalDate(), Times.now());
        return activity;
    }

    private String hashed() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private void signIn(String login) throws Exception {
        SignIn.as(securityContext, request, login, PASSWORD);
    }
}
