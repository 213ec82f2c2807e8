package cn.zhicheng.it.review;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationEntry;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.SectionComment;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ResubmitRoute;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.Race;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.notice.Message;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ApplicationChains;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.ApplicationReviews;
import cn.zhicheng.review.BatchOutcome;
import cn.zhicheng.review.MultiPostConfig;
import cn.zhicheng.review.ReviewDecision;
import cn.zhicheng.review.ReviewFilter;
import cn.zhicheng.review.ReviewItem;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.review.ReviewOpinion;
import cn.zhicheng.review.ReviewOpinions;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.review.ReviewRow;
import cn.zhicheng.review.ReviewScope;
import cn.zhicheng.review.ApplicationReviewTab;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unit nodes of the application review chain (SPEC §3.9.1–§3.9.4, §3.9.6, §4.3) in the real server against
 * PostgreSQL: an application of a branch hospital (two posts) passes its parent hospital and the 主管部门 (委托评审
 * with its letter) to the committee (待资格审核); returns to a chosen lower unit and to the applicant, resubmission
 * from the start; 审核不通过 bars further decisions; batch decisions with one opinion and one log entry per row; two
 * reviewers deciding the same version (one wins, the other is told who and when); a unit outside the chain sees and
 * decides nothing; per-section 驳回意见 and 常用意见. Each test seeds its own units, staff, committee and activity.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationReviewIT {

    private static final String PASSWORD = "Right@2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ApplicationReviewIT.class, Race.class);
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
    private ApplicationReviews reviews;

    @EJB
    private ApplicationChains chains;

    @EJB
    private ReviewOpinions opinions;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private CatalogService catalog;

    private String hashed;

    /** 卫健委 (主管部门) ⊃ 总院 (parent) ⊃ 分院 (employer, two posts); 另一医院 beside 总院; one committee, one activity. */
    private static final class World {
        String tag;
        Long department;
        Long parent;
        Long branch;
        Long outsider;
        Long activityId;
        Long qualificationId;
        Account b1;
        Account b2;
        Account p1;
        Account d1;
        Account d2;
        Account o1;
    }

    @AfterEach
    void resetClock() {
        Times.reset();
    }

    private World world() throws Exception {
        String tag = "ar" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            TitleQualification senior = new TitleQualification(series, TitleLevel.SENIOR_FULL, tag + "主任医师");
            em.persist(senior);
            w.qualificationId = senior.getId();
            Unit department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null);
            Unit parent = unit(tag + "总院", UnitType.APPLYING_UNIT, department);
            Unit branch = unit(tag + "分院", UnitType.APPLYING_UNIT, parent);
            Unit outsider = unit(tag + "另一医院", UnitType.APPLYING_UNIT, department);
            w.department = department.getId();
            w.parent = parent.getId();
            w.branch = branch.getId();
            w.outsider = outsider.getId();
            Committee committee = committee(tag + "高评委", department, series);
            w.activityId = activity(committee, tag + "年度评审").getId();
            w.b1 = staff(tag + "_b1", "分院经办", branch);
            w.b2 = staff(tag + "_b2", "分院领导", branch);
            w.p1 = staff(tag + "_p1", "总院经办", parent);
            w.d1 = staff(tag + "_d1", "卫健委甲", department);
            w.d2 = staff(tag + "_d2", "卫健委乙", department);
            w.o1 = staff(tag + "_o1", "外院经办", outsider);
            MultiPostConfig config = new MultiPostConfig(branch, ReviewItemType.APPLICATION, Times.now());
            config.addLevel(1, Set.of(w.b1));
            config.addLevel(2, Set.of(w.b2));
            em.persist(config);
            return w;
        });
    }

    /** A submitted application of a fresh applicant at the branch, routed as Applications.submit routes it. */
    private Long submitted(World w, String name) throws Exception {
        return submittedTo(w, w.activityId, name);
    }

    private Long submittedTo(World w, Long activityId, String name) throws Exception {
        return inTransaction(() -> {
            Account applicant = applicant(name);
            em.flush();
            Application application = new Application(new Application.Applicant(applicant.getId(), name,
                    applicant.getIdNumber().value()), em.find(Unit.class, w.branch), ApplicationKind.REVIEW,
                    em.find(Activity.class, activityId), em.find(TitleQualification.class, w.qualificationId),
                    "临床医学", ApplicationRoute.NORMAL, false, Times.now());
            em.persist(application);
            em.flush();
            application.submit(Times.now(), ResubmitRoute.FROM_START);
            application.routeThrough(chains.unitPath(application));
            return application.getId();
        });
    }

    private void resubmit(Long id) throws Exception {
        inTransaction(() -> {
            Application application = em.find(Application.class, id);
            application.submit(Times.now(), ResubmitRoute.FROM_START);
            application.routeThrough(chains.unitPath(application));
            return null;
        });
    }

    private Application load(Long id) throws Exception {
        return inTransaction(() -> em.find(Application.class, id));
    }

    private long version(Long id) throws Exception {
        return load(id).getVersion();
    }

    /** The two employer posts pass (the second uploads the required files). */
    private void throughBranch(World w, Long id) throws Exception {
        signIn(w.b1);
        reviews.pass(ReviewDecision.of(id, version(id), "材料齐全"));
        signIn(w.b2);
        long v = version(id);
        reviews.attachEmployerFile(id, v, Application.EmployerFile.PUBLICITY, pdf(), "公示证明.pdf");
        reviews.attachEmployerFile(id, version(id), Application.EmployerFile.RECOMMENDATION, pdf(), "推荐意见.pdf");
        reviews.pass(ReviewDecision.of(id, version(id), "同意推荐"));
    }

    // --- routing -------------------------------------------------------------------------------------------------

    @Test
    void anApplicationPassesTheEmployerPostsTheParentAndTheDepartmentToTheCommittee() throws Exception {
        World w = world();
        Long id = submitted(w, "申报甲");
        assertEquals(List.of(w.branch, w.parent, w.department), load(id).reviewPath());

        signIn(w.b2);
        assertEquals(0, reviews.count(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none()),
                "the second post does not see level 1 items");
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)), "review.notYourTurn");
        signIn(w.b1);
        List<ReviewRow> rows = reviews.list(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none(), 0, 10);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).maskedIdNumber().contains("*"), "ID numbers are masked in lists");
        reviews.pass(ReviewDecision.of(id, version(id), "材料齐全"));
        assertEquals(ReviewPosition.of(w.branch, 2), load(id).getPosition());

        signIn(w.b2);
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)),
                "review.application.employerFilesRequired");
        reviews.attachEmployerFile(id, version(id), Application.EmployerFile.PUBLICITY, pdf(), "公示证明.pdf");
        reviews.attachEmployerFile(id, version(id), Application.EmployerFile.RECOMMENDATION, pdf(), "推荐意见.pdf");
        reviews.pass(ReviewDecision.of(id, version(id), "同意推荐"));
        assertEquals(ReviewPosition.firstLevelOf(w.parent), load(id).getPosition());
        assertEquals(1, reviews.count(ReviewScope.OWN, ApplicationReviewTab.FORWARDED, ReviewFilter.none()));

        signIn(w.p1);
        assertEquals(1, reviews.count(ReviewScope.SUBORDINATE, ApplicationReviewTab.FIRST, ReviewFilter.none()));
        reviews.pass(ReviewDecision.of(id, version(id), null));

        signIn(w.d1);
        ReviewItem item = reviews.item(id);
        assertTrue(item.actionable());
        assertTrue(item.entrustChoice(), "a 主管部门 chooses 是否委托评审");
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)),
                "review.application.entrustChoiceRequired");
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null).entrusting(true, null)),
                "review.application.entrustLetterRequired");
        Long letter = reviews.uploadEntrustLetter(id, pdf(), "委托评审函.pdf");
        reviews.pass(ReviewDecision.of(id, version(id), "同意").entrusting(true, letter));

        Application done = load(id);
        assertEquals(ApplicationStatus.AT_COMMITTEE, done.getStatus());
        assertNull(done.getPosition());
        assertEquals(Boolean.TRUE, done.getEntrusted());
        assertEquals(letter, done.getEntrustLetterId());
        List<String> actions = flowActions(id);
        assertEquals(List.of("application.levelPass", "application.forward", "application.forward",
                "application.toCommittee"), actions);
        assertEquals(3, messagesTo(done.getApplicantId()), "the applicant is told at each unit's pass");
    }

    @Test
    void theCommitteeAcceptanceDeadlineStopsTheLastUnit() throws Exception {
        World w = world();
        Long id = submitted(w, "申报乙");
        throughBranch(w, id);
        signIn(w.p1);
        reviews.pass(ReviewDecision.of(id, version(id), null));
        Times.shift(java.time.Duration.ofDays(60));
        signIn(w.d1);
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null).entrusting(false, null)),
                "review.application.committeeDeadlinePassed");
        assertEquals(ReviewPosition.firstLevelOf(w.department), load(id).getPosition());
    }

    // --- returns and rejection -----------------------------------------------------------------------------------

    @Test
    void aHigherUnitReturnsToAChosenLowerUnitAndTheEmployerToTheApplicant() throws Exception {
        World w = world();
        Long id = submitted(w, "申报丙");
        throughBranch(w, id);
        signIn(w.p1);
        reviews.pass(ReviewDecision.of(id, version(id), null));

        signIn(w.d1);
        ReviewItem item = reviews.item(id);
        assertEquals(3, item.returnNodes().size(), "the applicant, the branch and the parent");
        assertRejected(() -> reviews.returnBack(ReviewDecision.of(id, version(id), " ").returningTo(w.parent)),
                "application.opinion.required");
        reviews.returnBack(ReviewDecision.of(id, version(id), "请核实业绩材料").returningTo(w.parent));
        assertEquals(ReviewPosition.firstLevelOf(w.parent), load(id).getPosition());
        assertEquals(1, reviews.count(ReviewScope.SUBORDINATE, ApplicationReviewTab.RETURNED, ReviewFilter.none()));

        signIn(w.p1);
        assertEquals(1, reviews.count(ReviewScope.SUBORDINATE, ApplicationReviewTab.SENT_BACK, ReviewFilter.none()),
                "上级单位退回，重审");
        reviews.returnBack(ReviewDecision.of(id, version(id), "退回申报人补充"));
        Application returned = load(id);
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        assertEquals(w.parent, returned.getReturningUnitId());

        resubmit(id);
        assertEquals(ReviewPosition.firstLevelOf(w.branch), load(id).getPosition(), "FROM_START: the employer again");
        signIn(w.b1);
        assertEquals(1, reviews.count(ReviewScope.OWN, ApplicationReviewTab.AGAIN, ReviewFilter.none()), "复审");
        assertEquals(0, reviews.count(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none()));
    }

    @Test
    void aRejectionIsFinalAndNobodyDecidesAgain() throws Exception {
        World w = world();
        Long id = submitted(w, "申报丁");
        signIn(w.b1);
        assertRejected(() -> reviews.reject(ReviewDecision.of(id, version(id), "")), "application.opinion.required");
        reviews.reject(ReviewDecision.of(id, version(id), "不符合申报条件"));
        assertEquals(ApplicationStatus.REJECTED, load(id).getStatus());
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)),
                "review.application.notWaiting");
        assertEquals(1, reviews.count(ReviewScope.OWN, ApplicationReviewTab.REJECTED, ReviewFilter.none()));
        assertEquals(List.of("application.reject"), flowActions(id));
    }

    // --- batch, concurrency, scoping -----------------------------------------------------------------------------

    @Test
    void batchDecisionsUseOneOpinionAndLogEachRow() throws Exception {
        World w = world();
        Long first = submitted(w, "批量甲");
        Long second = submitted(w, "批量乙");
        Long third = submitted(w, "批量丙");
        signIn(w.b1);
        Map<Long, Long> pass = new LinkedHashMap<>();
        pass.put(first, version(first));
        pass.put(second, version(second));
        pass.put(third, version(third) + 7);
        BatchOutcome outcome = reviews.passAll(pass, "统一通过");
        assertEquals(2, outcome.decided());
        assertEquals(1, outcome.refused().size(), "a stale row is refused on its own");
        assertEquals(ReviewPosition.of(w.branch, 2), load(first).getPosition());
        assertEquals(ReviewPosition.of(w.branch, 2), load(second).getPosition());

        signIn(w.b2);
        BatchOutcome returned = reviews.returnAll(Map.of(first, version(first), second, version(second)), "统一退回");
        assertEquals(2, returned.decided());
        assertEquals(ApplicationStatus.RETURNED, load(first).getStatus());
        assertEquals("统一退回", load(second).getLastOpinion());
        signIn(w.b1);
        BatchOutcome rejected = reviews.rejectAll(Map.of(third, version(third)), "统一不通过");
        assertEquals(1, rejected.decided());
        assertEquals(List.of("application.levelPass", "application.return"), flowActions(first));
        assertEquals(List.of("application.reject"), flowActions(third));
        assertRejected(() -> reviews.passAll(Map.of(), null), "review.application.batchEmpty");
    }

    @Test
    void twoReviewersDecideTheSameVersionAndTheSecondIsToldWhoWon() throws Exception {
        World w = world();
        Long id = submitted(w, "并发甲");
        throughBranch(w, id);
        signIn(w.p1);
        reviews.pass(ReviewDecision.of(id, version(id), null));
        long seen = version(id);
        signIn(w.d1);
        reviews.returnBack(ReviewDecision.of(id, seen, "退回总院").returningTo(w.parent));
        signIn(w.d2);
        BusinessException stale = assertRejected(
                () -> reviews.pass(ReviewDecision.of(id, seen, null).entrusting(false, null)),
                "review.application.alreadyHandled");
        assertEquals("卫健委甲", stale.getArguments()[0]);
        assertEquals(ReviewPosition.firstLevelOf(w.parent), load(id).getPosition(), "the first decision stands");
    }

    /**
     * SPEC §4.3 for real: two reviewers of the 主管部门, on two threads released by one start gate, each in their own
     * transaction and identity, decide the same version at the same instant — one passes it to the committee, the
     * other returns it to the applicant. Exactly one wins; the other is told "该申报已由 X 于 T 处理" naming the
     * winner and the time of the winner's flow-log entry; the log holds exactly one entry for the decision and the
     * applicant exactly one message about it; the application is as the winner left it.
     */
    @Test
    void twoReviewersActingAtTheSameInstantOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        World w = world();
        Long id = submitted(w, "同时甲");
        throughBranch(w, id);
        signIn(w.p1);
        reviews.pass(ReviewDecision.of(id, version(id), null));
        long seen = version(id);
        List<String> before = flowActions(id);
        Long applicant = load(id).getApplicantId();
        long messagesBefore = messagesTo(applicant);

        Race race = new Race(contexts);
        signIn(w.d1);
        race.enter("卫健委甲", () -> reviews.pass(ReviewDecision.of(id, seen, "同意报送").entrusting(false, null)));
        SignIn.alsoAs(securityContext, request, w.d2.getLoginName(), PASSWORD);
        race.enter("卫健委乙", () -> reviews.returnBack(ReviewDecision.of(id, seen, "请补充继续教育证明")));
        List<Race.Result> results = race.start();

        List<Race.Result> winners = results.stream().filter(Race.Result::won).toList();
        assertEquals(1, winners.size(), "exactly one decision goes through: " + results);
        Race.Result winner = winners.get(0);
        Race.Result loser = results.stream().filter(r -> !r.won()).findFirst().orElseThrow();
        BusinessException refused = loser.failure(BusinessException.class);
        assertTrue(refused != null, "the loser gets a business message, not " + loser.failure());
        assertEquals("review.application.alreadyHandled", refused.getMessageKey());

        List<AuditRecord> log = flowRecords(id);
        assertEquals(before.size() + 1, log.size(), "exactly one flow-log entry for the decision");
        AuditRecord decision = log.get(log.size() - 1);
        boolean passed = winner.entrant().equals("卫健委甲");
        assertEquals(passed ? "application.toCommittee" : "application.return", decision.getAction());
        assertEquals(winner.entrant(), decision.getActorName());
        assertEquals(winner.entrant(), refused.getArguments()[0]);
        assertEquals(Times.display(decision.getOccurredAt()), refused.getArguments()[1]);
        assertTrue(refused.getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE).startsWith("该申报已由"
                + winner.entrant() + "于" + Times.display(decision.getOccurredAt()) + "处理"),
                refused.getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE));

        Application after = load(id);
        assertEquals(passed ? ApplicationStatus.AT_COMMITTEE : ApplicationStatus.RETURNED, after.getStatus());
        assertEquals(messagesBefore + 1, messagesTo(applicant), "the applicant is told once, by the winner");
        assertTrue(after.getPublicityFileId() != null && after.getRecommendationFileId() != null,
                "the employer's files are kept");
    }

    @Test
    void aUnitOutsideTheChainSeesAndDecidesNothing() throws Exception {
        World w = world();
        Long id = submitted(w, "范围甲");
        signIn(w.o1);
        for (ReviewScope scope : ReviewScope.values()) {
            for (ApplicationReviewTab tab : ApplicationReviewTab.values()) {
                assertEquals(0, reviews.count(scope, tab, ReviewFilter.none()), scope + " " + tab);
            }
        }
        assertRejected(() -> reviews.item(id), "application.notFound");
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)), "application.notFound");
        assertRejected(() -> reviews.flowLog(id), "application.notFound");
        signIn(w.p1);
        assertFalse(reviews.item(id).actionable(), "the parent reads it but cannot decide before its turn");
        assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), null)),
                "review.application.notWaiting");
    }

    // --- 驳回意见 and 常用意见 ---------------------------------------------------------------------------------------

    @Test
    void sectionCommentsAndSavedOpinions() throws Exception {
        World w = world();
        Long id = submitted(w, "意见甲");
        signIn(w.b1);
        Long comment = reviews.addComment(id, FormSection.EDUCATION, "学历证书不清晰");
        reviews.editComment(comment, "学历证书请重新扫描");
        ReviewItem item = reviews.item(id);
        assertEquals(1, item.comments().size());
        assertEquals("学历证书请重新扫描", item.comments().get(0).comment());
        assertTrue(item.comments().get(0).editable());
        signIn(w.b2);
        assertRejected(() -> reviews.editComment(comment, "改"), "review.notYourTurn");
        signIn(w.b1);
        reviews.deleteComment(comment);
        Long kept = reviews.addComment(id, FormSection.WORK, "工作经历不连续");
        reviews.returnBack(ReviewDecision.of(id, version(id), "请按驳回意见修改"));
        assertEquals(1L, (long) inTransaction(() -> em.createNamedQuery(SectionComment.FIND_OF_APPLICATION,
                SectionComment.class).setParameter("applicationId", id).getResultList().size()));
        assertRejected(() -> reviews.deleteComment(kept), "review.application.notWaiting");

        Long saved = opinions.add("材料齐全，同意推荐");
        opinions.edit(saved, "材料齐全，同意上报");
        assertEquals(List.of("材料齐全，同意上报"), opinions.mine().stream().map(ReviewOpinion::getText).toList());
        signIn(w.b2);
        assertTrue(opinions.mine().isEmpty(), "常用意见 are per user");
        assertRejected(() -> opinions.delete(saved), "review.opinion.notFound");
        signIn(w.b1);
        opinions.delete(saved);
        assertTrue(opinions.mine().isEmpty());
    }

    // --- filters, Hebei tabs, batch entrust choice, 通用表 export (issue 7 gaps) ----------------------------------

    @Test
    void theScFiltersEvaluationTypeAndCommitteeAndTheHebeiFiltersOnTheFormEntries() throws Exception {
        World w = world();
        Long master = submitted(w, "筛选甲");
        Long bachelor = submitted(w, "筛选乙");
        Long committeeId = inTransaction(() -> em.find(Activity.class, w.activityId).getCommittee().getId());
        java.time.LocalDate today = Times.now().atZoneSameInstant(Times.ZONE).toLocalDate();
        inTransaction(() -> {
            entry(master, FormSection.EDUCATION, Map.of("school", "四川大学华西医学院", "major", "临床医学",
                    "education", "MASTER", "highest", "YES", "first", "NO"));
            entry(master, FormSection.EDUCATION, Map.of("school", "成都医学院", "major", "护理学",
                    "education", "BACHELOR", "highest", "NO", "first", "YES"));
            entry(master, FormSection.QUALIFICATION, Map.of("title", "主治医师", "titleLevel", "INTERMEDIATE",
                    "obtainedOn", today.minusYears(6).toString()));
            entry(bachelor, FormSection.EDUCATION, Map.of("school", "西南医科大学", "major", "中医学",
                    "education", "BACHELOR", "highest", "YES", "first", "YES"));
            entry(bachelor, FormSection.QUALIFICATION, Map.of("title", "医师", "titleLevel", "JUNIOR",
                    "obtainedOn", today.minusYears(2).toString()));
            return null;
        });
        signIn(w.b1);
        assertEquals(2, first(ReviewFilter.none()));
        assertEquals(2, first(new ReviewFilter(null, null, null, null, null, null, committeeId,
                ApplicationKind.REVIEW, null)), "评价方式 申报评审 and 申报评委会");
        assertEquals(0, first(new ReviewFilter(null, null, null, null, null, null, null,
                ApplicationKind.INITIAL, null)), "评价方式 职称初定");
        assertEquals(0, first(new ReviewFilter(null, null, null, null, null, null, -1L, null, null)));
        assertTrue(reviews.committeeOptions().stream().anyMatch(c -> c.id().equals(committeeId)),
                "the 申报评委会 options hold the committee of the applications at the unit");

        assertEquals(List.of(master), firstIds(hebei(new ReviewFilter.Hebei(null, null, null, null, "MASTER",
                null, null, null, null, null, null))), "最高学历 is the row marked 最高");
        assertEquals(2, first(hebei(new ReviewFilter.Hebei(null, null, null, null, null, "BACHELOR", null,
                null, null, null, null))), "第一学历");
        assertEquals(0, first(hebei(new ReviewFilter.Hebei(null, null, null, null, "BACHELOR", "MASTER", null,
                null, null, null, null))));
        assertEquals(List.of(master), firstIds(hebei(new ReviewFilter.Hebei(null, null, null, null, null,
                null, "四川大学", null, null, null, null))), "毕业学校");
        assertEquals(List.of(bachelor), firstIds(hebei(new ReviewFilter.Hebei(null, null, null, null, null,
                null, null, "中医", null, null, null))), "所学专业");
        assertEquals(List.of(master), firstIds(hebei(new ReviewFilter.Hebei(null, null, null, null, null,
                null, null, null, "主治", "INTERMEDIATE", null))), "现职称名称 and 现职称等级");
        assertEquals(List.of(master), firstIds(hebei(new ReviewFilter.Hebei(null, null, null, null, null,
                null, null, null, null, null, 5))), "现职称取得年限 at least 5 years");
        assertEquals(2, first(hebei(new ReviewFilter.Hebei(null, null, null, null, null, null, null, null,
                null, null, 2))));
        String idNumber = load(bachelor).getIdNumber();
        assertEquals(List.of(bachelor), firstIds(hebei(new ReviewFilter.Hebei(idNumber, null, null, null,
                null, null, null, null, null, null, null))), "身份证号");
        assertEquals(2, first(hebei(new ReviewFilter.Hebei(null, "主任医师", EvaluationMethod.EXPERT, false,
                null, null, null, null, null, null, null))), "申报职称名称, 评审方式, 是否委托评审 否");
        assertEquals(0, first(hebei(new ReviewFilter.Hebei(null, null, EvaluationMethod.EXAM_AND_EXPERT, null,
                null, null, null, null, null, null, null))));
        assertEquals(0, first(hebei(new ReviewFilter.Hebei(null, null, null, true, null, null, null, null,
                null, null, null))));
        assertEquals(2, first(hebei(new ReviewFilter.Hebei(null, null, null, null, null, null, null, null, null,
                null, null, "510100", w.department))), "行政区划 (the employer's region and below) and 主管部门");
        assertEquals(0, first(hebei(new ReviewFilter.Hebei(null, null, null, null, null, null, null, null, null,
                null, null, "110000", null))), "another region");
        assertEquals(0, first(hebei(new ReviewFilter.Hebei(null, null, null, null, null, null, null, null, null,
                null, null, null, w.parent))), "not a 主管部门");
        assertTrue(reviews.departmentOptions().stream().anyMatch(o -> o.id().equals(w.department)));
    }

    @Test
    void theHebeiSeriesCategoryAndSpecialExperienceFiltersSelectTheirApplicationsInEveryTab() throws Exception {
        World w = world();
        String category = "类" + w.tag.substring(w.tag.length() - 12);
        Long seriesId = inTransaction(() -> em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class)
                .setParameter("name", w.tag + "卫生").getSingleResult().getId());
        // the province administrator places the world's series in a category on 职称目录管理 (audited)
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        catalog.categorizeSeries(seriesId, category);
        assertRejected(() -> catalog.editSeries(seriesId, w.tag + "卫生", " " + category),
                "catalog.series.unchanged");
        assertTrue(catalog.seriesCategories().contains(category));
        AuditRecord categorized = inTransaction(() -> em.createQuery("select r from AuditRecord r where"
                + " r.entityType = 'TITLE_SERIES' and r.entityId = :id", AuditRecord.class)
                .setParameter("id", seriesId).getSingleResult());
        assertEquals("CATEGORIZE", categorized.getAction());
        assertEquals(w.tag + "卫生：— → " + category, categorized.getOpinion());
        // a 职称初定 at the same branch in a series without a category
        Long otherQualification = inTransaction(() -> {
            TitleSeries uncategorized = new TitleSeries(w.tag + "工程");
            em.persist(uncategorized);
            TitleQualification engineer = new TitleQualification(uncategorized, TitleLevel.INTERMEDIATE,
                    w.tag + "工程师");
            em.persist(engineer);
            return engineer.getId();
        });
        Long epidemic = submitted(w, "经历甲");
        Long village = submitted(w, "经历乙");
        Long uncategorized = inTransaction(() -> {
            Account applicant = applicant("经历丙");
            em.flush();
            Application application = new Application(new Application.Applicant(applicant.getId(), "经历丙",
                    applicant.getIdNumber().value()), em.find(Unit.class, w.branch), ApplicationKind.INITIAL, null,
                    em.find(TitleQualification.class, otherQualification), "机械工程", ApplicationRoute.NORMAL, false,
                    Times.now());
            em.persist(application);
            em.flush();
            application.submit(Times.now(), ResubmitRoute.FROM_START);
            application.routeThrough(chains.unitPath(application));
            return application.getId();
        });
        Long none = submitted(w, "经历丁");
        inTransaction(() -> {
            entry(epidemic, FormSection.SPECIAL_EXPERIENCE, Map.of("year", "2022", "kind", "EPIDEMIC",
                    "deadline", "2022-12-31", "content", "援鄂医疗队", "remark", "无"));
            entry(epidemic, FormSection.EXPERIENCE, Map.of("year", "2021", "deadline", "2021-12-31",
                    "content", "县医院坐诊", "remark", "无"));
            entry(village, FormSection.SPECIAL_EXPERIENCE, Map.of("year", "2020", "kind", "VILLAGE",
                    "deadline", "2021-06-30", "content", "驻村第一书记", "remark", "无"));
            entry(uncategorized, FormSection.SPECIAL_EXPERIENCE, Map.of("year", "2022", "kind", "EPIDEMIC",
                    "deadline", "2022-06-30", "content", "方舱建设", "remark", "无"));
            // a 经历类别 in another section does not count as 特殊经历
            entry(none, FormSection.EXPERIENCE, Map.of("year", "2021", "kind", "GRASSROOTS",
                    "deadline", "2021-12-31", "content", "乡镇卫生院", "remark", "无"));
            return null;
        });
        switchSetting("ui.profile", ScreenLayout.HB.name());
        try {
            signIn(w.b1);
            assertTrue(reviews.seriesCategoryOptions().contains(category), "the 申报类别 options");
            ApplicationReviewTab unreviewed = ApplicationReviewTab.UNREVIEWED;
            assertEquals(List.of(epidemic, village, uncategorized, none), ids(unreviewed, hb(null, null)));
            assertEquals(List.of(epidemic, village, none), ids(unreviewed, hb(category, null)), "申报类别");
            assertEquals(List.of(epidemic, uncategorized), ids(unreviewed, hb(null, "EPIDEMIC")), "特殊经历");
            assertEquals(List.of(epidemic), ids(unreviewed, hb(category, "EPIDEMIC")), "both");
            assertEquals(List.of(village), ids(unreviewed, hb(" " + category + " ", "VILLAGE")));
            assertEquals(List.of(), ids(unreviewed, hb(null, "GRASSROOTS")), "only 特殊专业技术工作经验 rows count");
            assertEquals(List.of(), ids(unreviewed, hb(category + "X", null)), "another category");
            assertEquals(2, reviews.counts(ReviewScope.OWN, hb(null, "EPIDEMIC")).get(unreviewed));
            Map<Long, String> shown = new java.util.HashMap<>();
            reviews.list(ReviewScope.OWN, unreviewed, ReviewFilter.none(), 0, 10)
                    .forEach(r -> shown.put(r.id(), r.seriesCategory()));
            assertEquals(category, shown.get(epidemic), "the 申报类别 column shows the series category");
            assertNull(shown.get(uncategorized));
            assertEquals(List.of(epidemic, uncategorized), reviews.exportChunk(ReviewScope.OWN, unreviewed,
                    hb(null, "EPIDEMIC"), null, 0, 10).stream().map(ApplicationQueryRow::id).toList(),
                    "全部导出通用表 under the 特殊经历 filter");
            assertEquals(List.of(none), reviews.exportChunk(ReviewScope.OWN, unreviewed, hb(category, null),
                    List.of(none, uncategorized), 0, 10).stream().map(ApplicationQueryRow::id).toList(),
                    "批量导出通用表 under the 申报类别 filter");

            reviews.park(ReviewDecision.of(epidemic, version(epidemic), "待核实经历"));
            reviews.reject(ReviewDecision.of(village, version(village), "不符合条件"));
            reviews.reject(ReviewDecision.of(uncategorized, version(uncategorized), "不符合条件"));
            assertEquals(List.of(epidemic), ids(ApplicationReviewTab.PENDING, hb(category, "EPIDEMIC")), "审核待定");
            assertEquals(List.of(), ids(ApplicationReviewTab.PENDING, hb(null, "VILLAGE")));
            assertEquals(List.of(none), ids(unreviewed, hb(category, null)));
            assertEquals(List.of(), ids(unreviewed, hb(null, "EPIDEMIC")));
            assertEquals(Set.of(village), Set.copyOf(ids(ApplicationReviewTab.REVIEWED, hb(category, null))),
                    "已审核");
            assertEquals(Set.of(uncategorized), Set.copyOf(ids(ApplicationReviewTab.REVIEWED, hb(null, "EPIDEMIC"))));
            assertEquals(Set.of(village), Set.copyOf(ids(ApplicationReviewTab.REVIEWED, hb(null, "VILLAGE"))));
        } finally {
            switchSetting("ui.profile", null);
        }
    }

    private List<Long> ids(ApplicationReviewTab tab, ReviewFilter filter) {
        return reviews.list(ReviewScope.OWN, tab, filter, 0, 20).stream().map(ReviewRow::id).toList();
    }

    private static ReviewFilter hb(String seriesCategory, String specialExperience) {
        return hebei(ReviewFilter.Hebei.byCategoryAndExperience(seriesCategory, specialExperience));
    }

    @Test
    void theHebeiTabsSetAnApplicationAsideUntilADecision() throws Exception {
        World w = world();
        Long parked = submitted(w, "待定甲");
        Long other = submitted(w, "待定乙");
        signIn(w.b1);
        assertRejected(() -> reviews.park(ReviewDecision.of(parked, version(parked), null)),
                "review.application.parkNotOffered");
        assertFalse(reviews.item(parked).parkable(), "no 审核待定 in the SC layout");
        switchSetting("ui.profile", ScreenLayout.HB.name());
        try {
            signIn(w.b1);
            assertEquals(List.of(ApplicationReviewTab.UNREVIEWED, ApplicationReviewTab.PENDING,
                    ApplicationReviewTab.REVIEWED), reviews.tabs());
            assertEquals(Map.of(ApplicationReviewTab.UNREVIEWED, 2L, ApplicationReviewTab.PENDING, 0L,
                    ApplicationReviewTab.REVIEWED, 0L), reviews.counts(ReviewScope.OWN, ReviewFilter.none()));
            assertTrue(reviews.item(parked).parkable());
            reviews.park(ReviewDecision.of(parked, version(parked), "待核实学历"));
            assertTrue(reviews.item(parked).parked());
            assertFalse(reviews.item(parked).parkable());
            assertTrue(reviews.item(parked).actionable(), "a parked application is still decided here");
            assertRejected(() -> reviews.park(ReviewDecision.of(parked, version(parked), null)),
                    "review.application.alreadyParked");
            assertEquals(Map.of(ApplicationReviewTab.UNREVIEWED, 1L, ApplicationReviewTab.PENDING, 1L,
                    ApplicationReviewTab.REVIEWED, 0L), reviews.counts(ReviewScope.OWN, ReviewFilter.none()));
            assertEquals(List.of(parked), reviews.list(ReviewScope.OWN, ApplicationReviewTab.PENDING,
                    ReviewFilter.none(), 0, 10).stream().map(ReviewRow::id).toList());
            signIn(w.b2);
            assertEquals(0, reviews.count(ReviewScope.OWN, ApplicationReviewTab.PENDING, ReviewFilter.none()),
                    "the second post does not see level 1 items");

            signIn(w.b1);
            reviews.pass(ReviewDecision.of(parked, version(parked), "学历已核实"));
            assertFalse(load(parked).isParked(), "a decision ends 审核待定");
            reviews.reject(ReviewDecision.of(other, version(other), "不符合申报条件"));
            assertEquals(Map.of(ApplicationReviewTab.UNREVIEWED, 0L, ApplicationReviewTab.PENDING, 0L,
                    ApplicationReviewTab.REVIEWED, 1L), reviews.counts(ReviewScope.OWN, ReviewFilter.none()));
            assertEquals(List.of("application.park", "application.levelPass"), flowActions(parked));
        } finally {
            switchSetting("ui.profile", null);
        }
    }

    @Test
    void aBatchPassAtTheDepartmentAsksTheEntrustChoiceOnceAndRecordsItOnEachRow() throws Exception {
        World w = world();
        Long first = submitted(w, "委托甲");
        Long second = submitted(w, "委托乙");
        for (Long id : List.of(first, second)) {
            throughBranch(w, id);
            signIn(w.p1);
            assertFalse(reviews.batchNeedsEntrustChoice(), "an applying unit is not asked");
            reviews.pass(ReviewDecision.of(id, version(id), null));
        }
        signIn(w.d1);
        assertTrue(reviews.batchNeedsEntrustChoice());
        Map<Long, Long> versions = new LinkedHashMap<>();
        versions.put(first, version(first));
        versions.put(second, version(second));
        assertRejected(() -> reviews.passAll(versions, "同意"), "review.application.batchEntrustChoiceRequired");
        assertRejected(() -> reviews.passAll(versions, "同意", null), "review.application.batchEntrustChoiceRequired");
        assertRejected(() -> reviews.passAll(versions, "同意", true), "review.application.batchEntrustNotAllowed");
        assertEquals(ReviewPosition.firstLevelOf(w.department), load(first).getPosition(), "nothing was decided");

        BatchOutcome outcome = reviews.passAll(versions, "同意", false);
        assertEquals(2, outcome.decided());
        for (Long id : List.of(first, second)) {
            Application passed = load(id);
            assertEquals(ApplicationStatus.AT_COMMITTEE, passed.getStatus());
            assertEquals(Boolean.FALSE, passed.getEntrusted(), "是否委托评审 否 recorded on each row");
            AuditRecord last = inTransaction(() -> em.createQuery("select r from AuditRecord r where "
                            + "r.entityType = :type and r.entityId = :id order by r.occurredAt desc, r.id desc",
                    AuditRecord.class).setParameter("type", Applications.AUDIT_TYPE).setParameter("id", id)
                    .setMaxResults(1).getSingleResult());
            assertTrue(last.getOpinion().startsWith("委托评审：否"), last.getOpinion());
        }
    }

    @Test
    void theGeneralSheetExportsTheTabOrTheChosenRowsInChunks() throws Exception {
        World w = world();
        Long first = submitted(w, "导出甲");
        Long second = submitted(w, "导出乙");
        Long third = submitted(w, "导出丙");
        signIn(w.b1);
        List<ApplicationQueryRow> all = reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST,
                ReviewFilter.none(), null, 0, 10);
        assertEquals(List.of(first, second, third), all.stream().map(ApplicationQueryRow::id).toList());
        ApplicationQueryRow row = all.get(0);
        assertEquals(load(first).getIdNumber(), row.idNumber(), "complete ID numbers in the 通用表");
        assertEquals(w.tag + "卫健委", row.department());
        assertEquals(w.tag + "主任医师", row.qualification());
        assertEquals(2, reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none(), null,
                0, 2).size());
        assertEquals(List.of(third), reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST,
                ReviewFilter.none(), null, second, 2).stream().map(ApplicationQueryRow::id).toList());
        assertEquals(List.of(second), reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST,
                ReviewFilter.none(), List.of(second), 0, 10).stream().map(ApplicationQueryRow::id).toList(),
                "批量导出: the chosen rows only");
        assertEquals(List.of(first), reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST,
                new ReviewFilter("导出甲", null, null, null, null, null, null), null, 0, 10).stream()
                .map(ApplicationQueryRow::id).toList(), "全部导出: under the applied filters");
        signIn(w.o1);
        assertTrue(reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none(),
                List.of(first), 0, 10).isEmpty(), "another unit exports nothing");
        assertRejected(() -> reviews.exportChunk(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none(),
                null, 0, 100_000), "query.page.invalid");
    }

    @Test
    void theShanxiChainStartsAtTheDepartmentWithinItsReviewDates() throws Exception {
        World w = world();
        java.time.LocalDate today = Times.now().atZoneSameInstant(Times.ZONE).toLocalDate();
        Long activityId = inTransaction(() -> {
            Committee existing = em.find(Activity.class, w.activityId).getCommittee();
            Committee shanxi = committee(w.tag + "山西高评委", em.find(Unit.class, w.department),
                    existing.getSeries());
            return activity(shanxi, w.tag + "山西评审", today.plusDays(2), today.plusDays(10)).getId();
        });
        switchSetting("application.chain", "COMPETENT_DEPT_THEN_COMMITTEE");
        switchSetting("application.employerReviewsFirst", "false");
        try {
            Long id = submittedTo(w, activityId, "山西甲");
            Long late = submittedTo(w, activityId, "山西乙");
            assertEquals(List.of(w.department), load(id).reviewPath(), "the 主管部门 reviews first");
            assertEquals(ReviewPosition.firstLevelOf(w.department), load(id).getPosition());
            signIn(w.b1);
            assertEquals(0, reviews.count(ReviewScope.OWN, ApplicationReviewTab.FIRST, ReviewFilter.none()));
            assertRejected(() -> reviews.item(id), "application.notFound");

            signIn(w.d1);
            assertEquals(2, reviews.count(ReviewScope.SUBORDINATE, ApplicationReviewTab.FIRST, ReviewFilter.none()));
            BusinessException early = assertRejected(() -> reviews.pass(ReviewDecision.of(id, version(id), "同意")
                    .entrusting(false, null)), "review.application.departmentReviewClosed");
            assertEquals(today.plusDays(2).toString(), early.getArguments()[0]);
            Times.shift(java.time.Duration.ofDays(3));
            reviews.pass(ReviewDecision.of(id, version(id), "同意").entrusting(false, null));
            assertEquals(ApplicationStatus.AT_COMMITTEE, load(id).getStatus(), "no employer files needed");
            Times.shift(java.time.Duration.ofDays(11));
            assertRejected(() -> reviews.returnBack(ReviewDecision.of(late, version(late), "请补充")),
                    "review.application.departmentReviewClosed");
            BatchOutcome closed = reviews.passAll(Map.of(late, version(late)), null, false);
            assertEquals(0, closed.decided());
            assertEquals("review.application.departmentReviewClosed", closed.refused().get(0).key());
            Times.reset();

            switchSetting("application.employerReviewsFirst", "true");
            Long withEmployer = submittedTo(w, activityId, "山西丙");
            assertEquals(List.of(w.branch, w.department), load(withEmployer).reviewPath(),
                    "node 1 enabled by configuration");
        } finally {
            Times.reset();
            switchSetting("application.chain", null);
            switchSetting("application.employerReviewsFirst", null);
        }
    }

    private long first(ReviewFilter filter) {
        return reviews.count(ReviewScope.OWN, ApplicationReviewTab.FIRST, filter);
    }

    private List<Long> firstIds(ReviewFilter filter) {
        return reviews.list(ReviewScope.OWN, ApplicationReviewTab.FIRST, filter, 0, 10).stream().map(ReviewRow::id)
                .toList();
    }

    private static ReviewFilter hebei(ReviewFilter.Hebei hebei) {
        return new ReviewFilter(null, null, null, null, null, null, null, null, hebei);
    }

    private void entry(Long applicationId, FormSection section, Map<String, String> values) {
        Application application = em.find(Application.class, applicationId);
        em.persist(new ApplicationEntry(applicationId, application.getApplicantId(), section, null, null, 1, values,
                Times.now()));
    }

    private void switchSetting(String key, String value) throws ServletException {
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        if (value == null) {
            settings.resetToDefault(key);
        } else {
            settings.change(key, value);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<String> flowActions(Long id) throws Exception {
        return inTransaction(() -> em.createQuery("select r from AuditRecord r where r.entityType = :type "
                        + "and r.entityId = :id order by r.occurredAt, r.id", AuditRecord.class)
                .setParameter("type", Applications.AUDIT_TYPE).setParameter("id", id).getResultStream()
                .map(AuditRecord::getAction).toList());
    }

    private List<AuditRecord> flowRecords(Long id) throws Exception {
        return inTransaction(() -> em.createQuery("select r from AuditRecord r where r.entityType = :type "
                        + "and r.entityId = :id order by r.occurredAt, r.id", AuditRecord.class)
                .setParameter("type", Applications.AUDIT_TYPE).setParameter("id", id).getResultList());
    }

    private long messagesTo(Long accountId) throws Exception {
        return inTransaction(() -> em.createQuery("select count(m) from Message m where m.recipientId = :id",
                Long.class).setParameter("id", accountId).getSingleResult());
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

    private Account staff(String login, String name, Unit unit) {
        UnitRole role = new UnitRole(unit, login + "审核", null, EnumSet.of(Permission.APPLICATION_REVIEW),
                Times.now());
        em.persist(role);
        Account account = Account.selfRegistered(login, name, null, null, hashed(), Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(role));
        em.persist(account);
        return account;
    }

    private Unit unit(String name, UnitType type, Unit parent) {
        Unit unit = new Unit(name, null, type, null, "510104", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private Committee committee(String name, Unit formation, TitleSeries series) {
        Committee committee = Committee.draft(new CommitteeProfile(name, "人事处", "评委会办公室",
                        CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                        "张联系", "028-86130000", "成都市人民南路1号", false, false, Set.of(),
                        CommitteeFormation.BY_SERIES, List.of(), Set.of("510000")),
                formation, series, formation, formation, Times.now());
        em.persist(committee);
        committee.authoriseAtCreation(Times.now());
        return committee;
    }

    /** A published activity: first submissions for 31 days, resubmissions 41, the committee accepts for 51. */
    private Activity activity(Committee committee, String name) {
        return activity(committee, name, null, null);
    }

    /** The same with the SX 主管部门审核起止日期. */
    private Activity activity(Committee committee, String name, java.time.LocalDate deptStart,
                              java.time.LocalDate deptEnd) {
        OffsetDateTime start = Times.now().minusDays(1);
        Activity activity = new Activity(committee, new ActivityBasics(name, "全省在岗卫生专业技术人员",
                Times.now().getYear(), ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, false, WrittenExam.NONE,
                Defense.NONE, false, null, ReviewMode.ONLINE_VOTE,
                ActivitySchedule.of(start, start.plusDays(31), start.plusDays(41), start.plusDays(51), deptStart,
                        deptEnd),
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

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
