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
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationSheets;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.EntryInput;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.StartRequest;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.Race;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.NamedOption;
import cn.zhicheng.review.QualificationCounters;
import cn.zhicheng.review.QualificationDecision;
import cn.zhicheng.review.QualificationFilter;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.review.QualificationRow;
import cn.zhicheng.review.QualificationTab;
import cn.zhicheng.review.ReviewItem;
import cn.zhicheng.review.ReviewOpinion;
import cn.zhicheng.review.ReviewOpinions;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ContextService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee's 资格审核 (SPEC §3.9.5, §3.9.4, §3.9.6, §4.1–§4.3) inside the real server against PostgreSQL: the
 * counters line and the tabs with counts under filters; 通过 → 已接收; 退回 with a personal deadline, the applicant's
 * resubmission coming back to 二次申报 (application.resubmitRoute = TO_RETURNING_NODE) and refused after the deadline;
 * 不通过 barring the year; 批量审核 with one opinion; a stale version refused; the flow log and the applicant's
 * messages; the 一览表 for the committee's staff; another committee's staff seeing nothing and an applicant refused.
 * Each test seeds its own committee, activity, staff and applicants; applications are put at the committee with a
 * JPQL update (the unit chain is another issue's).
 */
@ExtendWith(ArquillianExtension.class)
class QualificationReviewIT {

    private static final String PASSWORD = "Right@2026";
    private static final String DEMO_EMPLOYER = "四川省人民医院";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(QualificationReviewIT.class, Race.class);
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

    @Resource(lookup = "java:comp/DefaultContextService")
    private ContextService contexts;

    @EJB
    private QualificationReviews reviews;

    @EJB
    private Applications applications;

    @EJB
    private ApplicationSheets sheets;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private ReviewOpinions opinions;

    private String hashed;

    private static final class World {
        String tag;
        int year;
        Long committeeId;
        Long otherCommitteeId;
        Long activityId;
        Long seniorId;
        Long employerId;
        Long healthId;
        Account admin;
        Account operator;
        Account otherAdmin;
    }

    @AfterEach
    void resetClock() {
        Times.reset();
    }

    private World world() throws Exception {
        String tag = "qr" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            w.year = Times.now().getYear();
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            TitleQualification senior = new TitleQualification(series, TitleLevel.SENIOR_FULL, tag + "主任医师");
            em.persist(senior);
            w.seniorId = senior.getId();
            Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            Unit health = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
            w.healthId = health.getId();
            Committee committee = committee(tag + "高评委", health, province, series);
            Committee other = committee(tag + "另一高评委", health, province, series);
            w.committeeId = committee.getId();
            w.otherCommitteeId = other.getId();
            w.activityId = activity(committee, tag + "年度评审", ActivityCategory.ANNUAL, w.year).getId();
            activity(other, tag + "另一评审", ActivityCategory.ANNUAL, w.year);
            w.employerId = em.createQuery("select u.id from Unit u where u.name = :name", Long.class)
                    .setParameter("name", DEMO_EMPLOYER).getSingleResult();
            w.admin = committeeStaff(tag + "adm", committee, Role.COMMITTEE_ADMIN);
            w.operator = committeeStaff(tag + "op", committee, Role.COMMITTEE_OPERATOR);
            w.otherAdmin = committeeStaff(tag + "oth", other, Role.COMMITTEE_ADMIN);
            return w;
        });
    }

    // --- counters, tabs, filters ------------------------------------------------------------------------------------

    @Test
    void theCountersLineAndTheTabsCountByStatusAndFilter() throws Exception {
        World w = world();
        Account a = applicant("资格甲");
        Account b = applicant("资格乙");
        Account c = applicant("资格丙");
        Account d = applicant("资格丁");
        Long atCommittee1 = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        seed(w, b, ApplicationStatus.AT_COMMITTEE);
        seed(w, c, ApplicationStatus.IN_REVIEW);
        seed(w, d, ApplicationStatus.DRAFT);

        signIn(w.operator);
        assertEquals(List.of(w.activityId), reviews.activities().stream().map(NamedOption::id).toList());
        QualificationCounters counters = reviews.counters(w.activityId);
        assertEquals(new QualificationCounters(4, 3, 1, 2, 0, 2, 0, 0), counters);
        Map<QualificationTab, Long> tabs = reviews.tabCounts(w.activityId, QualificationFilter.none());
        assertEquals(2L, tabs.get(QualificationTab.FIRST));
        assertEquals(0L, tabs.get(QualificationTab.SECOND));
        assertEquals(0L, tabs.get(QualificationTab.ACCEPTED));

        List<QualificationRow> first = reviews.list(w.activityId, QualificationTab.FIRST, QualificationFilter.none(),
                0, 10);
        assertEquals(2, first.size());
        QualificationRow row = first.stream().filter(r -> r.id().equals(atCommittee1)).findFirst().orElseThrow();
        assertEquals("资格甲", row.name());
        assertTrue(row.maskedIdNumber().contains("*"), row.maskedIdNumber());
        assertFalse(row.maskedIdNumber().contains(a.getIdNumber().value().substring(6, 14)));
        assertEquals("四川省卫生健康委员会", row.departmentName());
        assertTrue(row.decidable());
        // paged in the database
        assertEquals(1, reviews.list(w.activityId, QualificationTab.FIRST, QualificationFilter.none(), 1, 1).size());

        QualificationFilter byName = new QualificationFilter(null, null, null, null, null, null, null, null, "甲",
                null);
        assertEquals(1L, reviews.count(w.activityId, QualificationTab.FIRST, byName));
        QualificationFilter byId = new QualificationFilter(null, null, null, null, null, null, null,
                b.getIdNumber().value(), null, null);
        assertEquals(List.of("资格乙"), reviews.list(w.activityId, QualificationTab.FIRST, byId, 0, 10).stream()
                .map(QualificationRow::name).toList());
        QualificationFilter filtered = new QualificationFilter(w.year, null, "临床", "主任医师",
                TitleLevel.SENIOR_FULL, ApplicationRoute.NORMAL, EvaluationMethod.EXPERT, null, null,
                departmentOfDemoEmployer());
        assertEquals(2L, reviews.count(w.activityId, QualificationTab.FIRST, filtered));
        QualificationFilter otherLevel = new QualificationFilter(null, null, null, null, TitleLevel.SENIOR_DEPUTY,
                null, null, null, null, null);
        assertEquals(0L, reviews.count(w.activityId, QualificationTab.FIRST, otherLevel));
        QualificationFilter otherDepartment = new QualificationFilter(null, null, null, null, null, null, null, null,
                null, w.healthId);
        assertEquals(0L, reviews.count(w.activityId, QualificationTab.FIRST, otherDepartment));
        assertTrue(reviews.departments(w.activityId).stream().anyMatch(o -> o.name().equals("四川省卫生健康委员会")));
    }

    // --- decisions --------------------------------------------------------------------------------------------------

    @Test
    void acceptingMovesTheApplicationToAcceptedWithFlowLogAndMessage() throws Exception {
        World w = world();
        Account a = applicant("接收甲");
        Long id = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        signIn(w.admin);
        reviews.decide(id, version(id), QualificationDecision.ACCEPT, "材料齐全", null);

        Application stored = find(id);
        assertEquals(ApplicationStatus.ACCEPTED, stored.getStatus());
        assertEquals("材料齐全", stored.getLastOpinion());
        Map<QualificationTab, Long> tabs = reviews.tabCounts(w.activityId, QualificationFilter.none());
        assertEquals(0L, tabs.get(QualificationTab.FIRST));
        assertEquals(1L, tabs.get(QualificationTab.ACCEPTED));
        assertEquals(1L, reviews.counters(w.activityId).committeeAccepted());
        QualificationRow accepted = reviews.list(w.activityId, QualificationTab.ACCEPTED, null, 0, 10).get(0);
        assertFalse(accepted.decidable());

        AuditRecord last = lastOf(reviews.flowLog(id));
        assertEquals("review.qualification.ACCEPT", last.getAction());
        assertEquals("AT_COMMITTEE", last.getFromStatus());
        assertEquals("ACCEPTED", last.getToStatus());
        assertEquals("材料齐全", last.getOpinion());
        assertEquals(1L, messagesOf(a));

        // deciding again (a second tab) is refused with a clear message
        BusinessException again = assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.ACCEPT,
                null, null), "review.qualification.notWaiting.named");
        assertTrue(again.getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE).contains("接收甲"));
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        World w = world();
        Long id = seed(w, applicant("并发甲"), ApplicationStatus.AT_COMMITTEE);
        signIn(w.admin);
        long shown = version(id);
        inTransaction(() -> em.createQuery("update Application a set a.version = a.version + 1 where a.id = :id")
                .setParameter("id", id).executeUpdate());
        assertRejected(() -> reviews.decide(id, shown, QualificationDecision.ACCEPT, null, null),
                "review.qualification.stale");
        assertEquals(ApplicationStatus.AT_COMMITTEE, find(id).getStatus());
    }

    /**
     * SPEC §4.3 for real: the committee's administrator accepts and its operator returns (with a deadline) the same
     * application at the same instant, on two threads released by one start gate, each in their own transaction and
     * identity. Exactly one wins; the other is told "该申报已由 X 于 T 处理" with the winner's name and the time of
     * the winner's flow-log entry; one flow-log entry, one message to the applicant, the application as the winner
     * left it.
     */
    @Test
    void anAcceptAndAReturnAtTheSameInstantOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        World w = world();
        Account a = applicant("同时乙");
        Long id = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        long shown = version(id);
        OffsetDateTime deadline = Times.now().plusDays(5).truncatedTo(ChronoUnit.SECONDS);

        Race race = new Race(contexts);
        signIn(w.admin);
        race.enter(w.admin.getDisplayName(),
                () -> reviews.decide(id, shown, QualificationDecision.ACCEPT, "材料齐全", null));
        SignIn.alsoAs(securityContext, request, w.operator.getLoginName(), PASSWORD);
        race.enter(w.operator.getDisplayName(),
                () -> reviews.decide(id, shown, QualificationDecision.RETURN, "学历证书不清晰", deadline));
        List<Race.Result> results = race.start();

        List<Race.Result> winners = results.stream().filter(Race.Result::won).toList();
        assertEquals(1, winners.size(), "exactly one decision goes through: " + results);
        Race.Result winner = winners.get(0);
        Race.Result loser = results.stream().filter(r -> !r.won()).findFirst().orElseThrow();
        BusinessException refused = loser.failure(BusinessException.class);
        assertNotNull(refused, "the loser gets a business message, not " + loser.failure());
        assertEquals("review.application.alreadyHandled", refused.getMessageKey());

        signIn(w.admin);
        List<AuditRecord> log = reviews.flowLog(id);
        assertEquals(1, log.size(), "exactly one flow-log entry for the decision");
        boolean accepted = winner.entrant().equals(w.admin.getDisplayName());
        AuditRecord decision = log.get(0);
        assertEquals(accepted ? "review.qualification.ACCEPT" : "review.qualification.RETURN", decision.getAction());
        assertEquals(winner.entrant(), decision.getActorName());
        assertEquals(winner.entrant(), refused.getArguments()[0]);
        assertEquals(Times.display(decision.getOccurredAt()), refused.getArguments()[1]);
        assertTrue(refused.getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE).startsWith("该申报已由"
                        + winner.entrant() + "于" + Times.display(decision.getOccurredAt()) + "处理"),
                refused.getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE));

        Application stored = find(id);
        assertEquals(accepted ? ApplicationStatus.ACCEPTED : ApplicationStatus.RETURNED, stored.getStatus());
        assertEquals(accepted ? "材料齐全" : "学历证书不清晰", stored.getLastOpinion());
        assertEquals(accepted ? null : deadline.toInstant(),
                stored.getReturnDeadline() == null ? null : stored.getReturnDeadline().toInstant());
        assertEquals(1L, messagesOf(a), "the applicant is told once, by the winner");

        // in a batch the refusal names the applicant
        Map<Long, Long> stale = Map.of(id, shown);
        BusinessException batch = assertRejected(() -> reviews.decideAll(stale, QualificationDecision.REJECT, "不符",
                null), "review.qualification.alreadyHandled.named");
        assertEquals("同时乙", batch.getArguments()[0]);
    }

    @Test
    void aReturnNeedsAReasonAndAFutureDeadlineAndTheResubmissionComesBackToSecondSubmissions() throws Exception {
        World w = world();
        Account a = applicant("退回甲");
        signIn(a);
        Long id = applications.start(new StartRequest(w.employerId, ApplicationKind.REVIEW, w.seniorId, "临床医学",
                ApplicationRoute.NORMAL, w.activityId));
        complete(id, a);
        applications.submit(id);
        toCommittee(id);

        signIn(w.admin);
        OffsetDateTime deadline = Times.now().plusDays(5).truncatedTo(ChronoUnit.SECONDS);
        assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.RETURN, " ", deadline),
                "application.opinion.required");
        assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.RETURN, "学历证书不清晰", null),
                "review.qualification.deadline.required");
        assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.RETURN, "学历证书不清晰",
                Times.now().minusHours(1)), "application.return.deadlinePast");
        reviews.decide(id, version(id), QualificationDecision.RETURN, "学历证书不清晰", deadline);

        Application returned = find(id);
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        assertEquals(ApplicationStatus.RETURNED, returned.getCommitteeDecision());
        assertEquals(deadline.toInstant(), returned.getReturnDeadline().toInstant());
        assertEquals(1L, reviews.tabCounts(w.activityId, null).get(QualificationTab.RETURNED));
        assertEquals(0L, reviews.tabCounts(w.activityId, null).get(QualificationTab.FIRST));
        assertEquals(1L, messagesOf(a));
        assertEquals("review.qualification.RETURN", lastOf(reviews.flowLog(id)).getAction());

        SignIn.as(securityContext, request, "admin", "Demo@2026");
        settings.change("application.resubmitRoute", "TO_RETURNING_NODE");
        try {
            signIn(a);
            try {
                Times.shift(Duration.ofDays(6));
                assertRejected(() -> applications.submit(id), "application.submit.deadlinePassed");
            } finally {
                Times.reset();
            }
            applications.submit(id);
            Application resubmitted = find(id);
            assertEquals(ApplicationStatus.AT_COMMITTEE, resubmitted.getStatus());
            assertTrue(resubmitted.isResubmittedToCommittee());

            signIn(w.admin);
            Map<QualificationTab, Long> tabs = reviews.tabCounts(w.activityId, null);
            assertEquals(1L, tabs.get(QualificationTab.SECOND));
            assertEquals(0L, tabs.get(QualificationTab.FIRST));
            assertEquals(0L, tabs.get(QualificationTab.RETURNED));
            assertEquals(List.of(id), reviews.list(w.activityId, QualificationTab.SECOND, null, 0, 10).stream()
                    .map(QualificationRow::id).toList());
            reviews.decide(id, version(id), QualificationDecision.ACCEPT, null, null);
            assertEquals(ApplicationStatus.ACCEPTED, find(id).getStatus());
        } finally {
            SignIn.as(securityContext, request, "admin", "Demo@2026");
            settings.resetToDefault("application.resubmitRoute");
        }
    }

    @Test
    void underFromStartTheResubmissionGoesBackToTheEmployer() throws Exception {
        World w = world();
        Account a = applicant("从头甲");
        signIn(a);
        Long id = applications.start(new StartRequest(w.employerId, ApplicationKind.REVIEW, w.seniorId, "临床医学",
                ApplicationRoute.NORMAL, w.activityId));
        complete(id, a);
        applications.submit(id);
        toCommittee(id);
        signIn(w.admin);
        reviews.decide(id, version(id), QualificationDecision.RETURN, "补充材料",
                Times.now().plusDays(3));
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        settings.change("application.resubmitRoute", "FROM_START");
        try {
            signIn(a);
            applications.submit(id);
            Application resubmitted = find(id);
            assertEquals(ApplicationStatus.SUBMITTED, resubmitted.getStatus());
            assertEquals(w.employerId, resubmitted.getPosition().getUnitId());
        } finally {
            SignIn.as(securityContext, request, "admin", "Demo@2026");
            settings.resetToDefault("application.resubmitRoute");
        }
    }

    @Test
    void aRejectionNeedsAReasonAndBarsTheYear() throws Exception {
        World w = world();
        Account a = applicant("不过甲");
        Long id = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        signIn(w.admin);
        assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.REJECT, "", null),
                "application.opinion.required");
        reviews.decide(id, version(id), QualificationDecision.REJECT, "任职年限不足", null);
        assertEquals(ApplicationStatus.REJECTED, find(id).getStatus());
        assertEquals(1L, reviews.tabCounts(w.activityId, null).get(QualificationTab.REJECTED));
        QualificationCounters counters = reviews.counters(w.activityId);
        assertEquals(1L, counters.committeeRejected());
        assertEquals(0L, counters.departmentRejected());
        assertEquals(1L, messagesOf(a));

        // a new application to the same committee in that year is refused (SPEC §4.2)
        Long special = inTransaction(() -> activity(em.find(Committee.class, w.committeeId), w.tag + "专项",
                ActivityCategory.SPECIAL, w.year)
                .getId());
        signIn(a);
        assertRejected(() -> applications.start(new StartRequest(w.employerId, ApplicationKind.REVIEW, w.seniorId,
                "临床医学", ApplicationRoute.NORMAL, special)), "application.rejectedThisYear");
    }

    @Test
    void aBatchDecidesEveryChosenApplicationWithOneOpinionOrNone() throws Exception {
        World w = world();
        Account a = applicant("批量甲");
        Account b = applicant("批量乙");
        Account c = applicant("批量丙");
        Long first = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        Long second = seed(w, b, ApplicationStatus.AT_COMMITTEE);
        Long accepted = seed(w, c, ApplicationStatus.AT_COMMITTEE);
        signIn(w.operator);
        reviews.decide(accepted, version(accepted), QualificationDecision.ACCEPT, null, null);

        assertRejected(() -> reviews.decideAll(Map.of(), QualificationDecision.ACCEPT, null, null),
                "review.qualification.noneChosen");
        // one of them is no longer waiting: nothing changes
        Map<Long, Long> withDecided = new LinkedHashMap<>();
        withDecided.put(first, version(first));
        withDecided.put(accepted, version(accepted));
        assertRejected(() -> reviews.decideAll(withDecided, QualificationDecision.ACCEPT, "同意", null),
                "review.qualification.notWaiting.named");
        assertEquals(ApplicationStatus.AT_COMMITTEE, find(first).getStatus());

        Map<Long, Long> chosen = new LinkedHashMap<>();
        chosen.put(first, version(first));
        chosen.put(second, version(second));
        assertEquals(2, reviews.decideAll(chosen, QualificationDecision.RETURN, "请补充继续教育证明",
                Times.now().plusDays(7)));
        for (Long id : List.of(first, second)) {
            Application returned = find(id);
            assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
            assertEquals("请补充继续教育证明", returned.getLastOpinion());
            AuditRecord last = lastOf(reviews.flowLog(id));
            assertEquals("review.qualification.RETURN", last.getAction());
            assertEquals("请补充继续教育证明", last.getOpinion());
        }
        assertEquals(2L, reviews.tabCounts(w.activityId, null).get(QualificationTab.RETURNED));
        assertEquals(1L, messagesOf(a));
        assertEquals(1L, messagesOf(b));
    }

    // --- scoping ----------------------------------------------------------------------------------------------------

    @Test
    void anotherCommitteesStaffSeeNothingAndAnApplicantCannotCallIt() throws Exception {
        World w = world();
        Account a = applicant("范围甲");
        Long id = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        Long draft = seed(w, applicant("范围乙"), ApplicationStatus.IN_REVIEW);

        signIn(w.admin);
        assertNotNull(sheets.sheet(id).view());
        assertNotNull(reviews.review(id).form());
        // not yet at the committee: neither 一览表 nor review
        assertRejected(() -> sheets.sheet(draft), "application.notFound");
        assertRejected(() -> reviews.review(draft), "application.notFound");
        assertRejected(() -> reviews.decide(draft, version(draft), QualificationDecision.ACCEPT, null, null),
                "application.notFound");

        signIn(w.otherAdmin);
        assertFalse(reviews.activities().stream().anyMatch(o -> o.id().equals(w.activityId)));
        assertRejected(() -> reviews.counters(w.activityId), "review.qualification.activity.notFound");
        assertRejected(() -> reviews.list(w.activityId, QualificationTab.FIRST, null, 0, 10),
                "review.qualification.activity.notFound");
        assertRejected(() -> reviews.review(id), "application.notFound");
        assertRejected(() -> reviews.flowLog(id), "application.notFound");
        assertRejected(() -> sheets.sheet(id), "application.notFound");
        assertRejected(() -> reviews.decide(id, version(id), QualificationDecision.ACCEPT, null, null),
                "application.notFound");
        Map<Long, Long> batch = Map.of(id, version(id));
        assertRejected(() -> reviews.decideAll(batch, QualificationDecision.REJECT, "越权", null),
                "application.notFound");
        assertEquals(ApplicationStatus.AT_COMMITTEE, find(id).getStatus());

        signIn(a);
        assertThrows(EJBAccessException.class, () -> reviews.activities());
        assertThrows(EJBAccessException.class,
                () -> reviews.decide(id, version(id), QualificationDecision.ACCEPT, null, null));
    }

    // --- 常用意见 and per-section 驳回意见 on the committee's review page (issue 7 gaps) --------------------------------

    @Test
    void theCommitteeWritesSectionCommentsTheApplicantSeesAndKeepsItsOwnSavedOpinions() throws Exception {
        World w = world();
        Account a = applicant("驳回甲");
        Long id = seed(w, a, ApplicationStatus.AT_COMMITTEE);
        signIn(w.operator);
        Long comment = reviews.addComment(id, FormSection.BASIC, "照片不清晰");
        reviews.editComment(comment, "请上传近期免冠证件照");
        List<ReviewItem.CommentRow> rows = reviews.review(id).comments();
        assertEquals(1, rows.size());
        assertEquals("请上传近期免冠证件照", rows.get(0).comment());
        assertEquals(w.tag + "高评委", rows.get(0).unitName());
        assertTrue(rows.get(0).editable());
        assertRejected(() -> reviews.addComment(id, FormSection.BASIC, " "), "application.comment.required");

        signIn(w.otherAdmin);
        assertRejected(() -> reviews.editComment(comment, "越权"), "review.qualification.commentNotFound");
        assertRejected(() -> reviews.deleteComment(comment), "review.qualification.commentNotFound");
        assertRejected(() -> reviews.addComment(id, FormSection.BASIC, "越权"), "application.notFound");

        signIn(w.admin);
        Long extra = reviews.addComment(id, FormSection.WORK, "工作经历不连续");
        reviews.deleteComment(extra);
        assertEquals(1, reviews.review(id).comments().size());
        reviews.decide(id, version(id), QualificationDecision.RETURN, "请按驳回意见修改",
                Times.now().plusDays(5));
        assertFalse(reviews.review(id).comments().get(0).editable(), "fixed once the application left");
        assertRejected(() -> reviews.editComment(comment, "改"), "review.qualification.notWaiting");
        assertRejected(() -> reviews.addComment(id, FormSection.BASIC, "再加"), "review.qualification.notWaiting");

        signIn(a);
        List<String> seen = applications.form(id).sections().stream()
                .filter(section -> section.section() == FormSection.BASIC)
                .flatMap(section -> section.comments().stream()).map(c -> c.comment()).toList();
        assertEquals(List.of("请上传近期免冠证件照"), seen, "the applicant sees it on the section");

        signIn(w.operator);
        Long saved = opinions.add("材料齐全，同意接收");
        assertEquals(List.of("材料齐全，同意接收"), opinions.mine().stream().map(ReviewOpinion::getText).toList());
        signIn(w.admin);
        assertTrue(opinions.mine().stream().noneMatch(o -> o.getId().equals(saved)), "常用意见 are per user");
        assertRejected(() -> opinions.delete(saved), "review.opinion.notFound");
        signIn(w.operator);
        opinions.delete(saved);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** An application of the test's activity by this applicant, put into the given status by a JPQL update. */
    private Long seed(World w, Account applicant, ApplicationStatus status) throws Exception {
        Long id = inTransaction(() -> {
            Application application = new Application(new Application.Applicant(applicant.getId(),
                    applicant.getDisplayName(), applicant.getIdNumber().value()), em.find(Unit.class, w.employerId),
                    ApplicationKind.REVIEW, em.find(Activity.class, w.activityId),
                    em.find(TitleQualification.class, w.seniorId), "临床医学", ApplicationRoute.NORMAL, false,
                    Times.now());
            em.persist(application);
            return application.getId();
        });
        if (status != ApplicationStatus.DRAFT) {
            inTransaction(() -> em.createQuery("update Application a set a.status = :status, "
                            + "a.firstSubmittedAt = :now, a.submittedAt = :now where a.id = :id")
                    .setParameter("status", status).setParameter("now", Times.now()).setParameter("id", id)
                    .executeUpdate());
        }
        return id;
    }

    /** The last unit node passed it on (the review chain is another issue's). */
    private void toCommittee(Long id) throws Exception {
        inTransaction(() -> em.createQuery("update Application a set a.status = :status where a.id = :id")
                .setParameter("status", ApplicationStatus.AT_COMMITTEE).setParameter("id", id).executeUpdate());
    }

    private Long departmentOfDemoEmployer() throws Exception {
        return inTransaction(() -> em.createQuery("select u.id from Unit u where u.name = :name", Long.class)
                .setParameter("name", "四川省卫生健康委员会").getSingleResult());
    }

    private long version(Long id) throws Exception {
        return find(id).getVersion();
    }

    private Application find(Long id) throws Exception {
        return inTransaction(() -> em.find(Application.class, id));
    }

    private long messagesOf(Account account) throws Exception {
        return inTransaction(() -> em.createQuery("select count(m) from Message m where m.recipientId = :id",
                Long.class).setParameter("id", account.getId()).getSingleResult());
    }

    private static AuditRecord lastOf(List<AuditRecord> log) {
        return log.stream().max(java.util.Comparator.comparing(AuditRecord::getOccurredAt)
                .thenComparing(AuditRecord::getId)).orElseThrow();
    }

    private void complete(Long id, Account who) {
        Long basic = save(id, FormSection.BASIC, basic(who));
        applications.attach(id, basic, "photo", in(PNG), "证件照.png");
        Long education = save(id, FormSection.EDUCATION, Map.of("startMonth", "2005-09", "endMonth", "2010-07",
                "school", "四川大学", "major", "临床医学", "schooling", "Y5", "education", "BACHELOR", "degree",
                "BACHELOR", "first", "YES", "highest", "YES"));
        applications.attach(id, education, "diploma", in(PDF), "毕业证书.pdf");
        save(id, FormSection.WORK, Map.of("startMonth", "2019-07", "employer", DEMO_EMPLOYER, "position", "副主任医师",
                "witness", "王主任", "content", "心内科临床、教学和科研工作"));
        Long qualification = save(id, FormSection.QUALIFICATION, Map.of("series", "卫生技术人员", "specialty", "临床医学",
                "title", "副主任医师", "titleLevel", "DEPUTY_SENIOR", "obtainedOn", "20180601"));
        applications.attach(id, qualification, "certificate", in(PDF), "资格证书.pdf");
        save(id, FormSection.ASSESSMENT, Map.of("year", "2024", "grade", "EXCELLENT"));
        Long achievement = applications.saveEntry(id, new EntryInput(null, FormSection.ACHIEVEMENT, 1,
                AchievementTemplate.GENERAL, Map.of("startDate", "2022-01-01", "endDate", "2023-12-31",
                "workName", "心力衰竭规范化诊疗推广", "afterCurrentTitle", "YES")));
        applications.attach(id, achievement, "evidence", in(PDF), "结题报告.pdf");
        applications.attachMaterial(id, 1, in(PDF), "身份证.pdf");
        applications.attachMaterial(id, 2, in(PDF), "学历证书.pdf");
    }

    private Long save(Long id, FormSection section, Map<String, String> values) {
        return applications.saveEntry(id, new EntryInput(null, section, null, null, values));
    }

    private static Map<String, String> basic(Account who) {
        IdNumber idNumber = who.getIdNumber();
        return Map.of("documentType", "RESIDENT_ID", "sex", idNumber.sex().name(), "ethnicity", "汉族",
                "birthDate", idNumber.birthDate().toString(), "political", "CPC", "mobile", "13800138000",
                "summary", "从事心内科临床工作十余年，主持省级课题两项，年均门诊量八千人次。");
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static BusinessException assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
    }

    private Account applicant(String name) throws Exception {
        return inTransaction(() -> {
            String id = TestData.idNumber();
            Account account = Account.selfRegistered(id, name, IdNumber.of(id), "13800138000", hashed(), Times.now());
            account.grant(Role.APPLICANT, null);
            em.persist(account);
            return account;
        });
    }

    private Account committeeStaff(String login, Committee committee, Role role) {
        Account account = Account.selfRegistered(login, "评委会" + role.name(), null, null, hashed(), Times.now());
        account.grant(role, committee.getFormationUnit());
        em.persist(account);
        em.persist(new CommitteeAccount(account, committee, role, Times.now()));
        return account;
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private Committee committee(String name, Unit formation, Unit province, TitleSeries series) {
        Committee committee = Committee.draft(new CommitteeProfile(name, "人事处", "评委会办公室",
                        CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                        "张联系", "028-86130000", "成都市人民南路1号", false, false, Set.of(),
                        CommitteeFormation.BY_SERIES, List.of(), Set.of("510000")),
                formation, series, province, province, Times.now());
        em.persist(committee);
        committee.authoriseAtCreation(Times.now());
        return committee;
    }

    /** A published activity accepting applications now (as ApplicationIT's): first submissions 30 days. */
    private Activity activity(Committee committee, String name, ActivityCategory category, int year) {
        OffsetDateTime start = Times.now().minusDays(1);
        Activity activity = new Activity(committee, new ActivityBasics(name, "全省在岗卫生专业技术人员", year,
                category, EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, false, null,
                ReviewMode.ONLINE_VOTE,
                ActivitySchedule.of(start, start.plusDays(31), start.plusDays(41), start.plusDays(51), null, null),
                false, false, false, null, true), Times.now().toLocalDate(), Times.now());
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD), "取得现职称后的业绩")));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG)),
                RequiredMaterial.of(2, 2, "学历证书", true, 1, EnumSet.of(FileKind.PDF)),
                RequiredMaterial.of(3, 3, "荣誉证书", false, 1, EnumSet.of(FileKind.PNG))));
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

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
