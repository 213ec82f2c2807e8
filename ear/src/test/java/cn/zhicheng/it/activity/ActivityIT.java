package cn.zhicheng.it.activity;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.CommitteeFinder;
import cn.zhicheng.activity.CommitteeOffer;
import cn.zhicheng.activity.FinderQuery;
import cn.zhicheng.activity.Activities;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.ActivityPublicationReviews;
import cn.zhicheng.activity.ActivityRow;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.ActivityStatus;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.ExceptionCondition;
import cn.zhicheng.activity.NoticeRow;
import cn.zhicheng.activity.PublicActivityRow;
import cn.zhicheng.activity.PublicSearch;
import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.activity.ScoringItem;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.committee.Specialty;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.SpecialtyGroupMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.notice.NoticeType;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.CreditCode;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.ToDo;
import cn.zhicheng.org.ToDoSource;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.org.UnitProfile;
import cn.zhicheng.org.UnitRole;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.MultiPostConfig;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review activities (SPEC §3.7, §3.14.5) inside the real server against PostgreSQL: the deadline order, the filing
 * scope (levels, frozen and unfiled specialties, an expired filing), one 年度 activity per committee and year, steps
 * saved in order, the committee default copied into new activities, publication through a two-level multi-post
 * review at the authorising unit (pass, batch, return with opinion, stale decisions, scoping) and the SX direct
 * 确认发布, deadline extension after publication, the public site (search by series, level and region; notices),
 * the committee finder for applicants (region, unit nature, deadlines, frozen specialty), and the flow log. Without a
 * committee log-in (SC, SPEC §0.4 {@code committee.ownLogin = NONE}) the formation unit's staff holding 评审活动管理 do
 * the same for the committees their unit formed, and nobody else reaches them.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityIT {

    private static final String PASSWORD = "Right@2026";
    private static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ActivityIT.class, SignIn.class, TestData.class);
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
    private Activities activities;

    @EJB
    private ActivityPublicationReviews reviews;

    @EJB
    private PublicSite site;

    @EJB
    private CommitteeFinder finder;

    @EJB
    private ProvinceSettings settings;

    @Inject
    @Any
    private Instance<ToDoSource> toDoSources;

    private String hashed;

    private final class World {
        String tag;
        Long seriesId;
        Long committeeId;
        Long bySpecialtyId;
        Account admin;
        Account specialtyAdmin;
        Account expiredAdmin;
        Account first;
        Account second;
        Account stranger;
        Long healthId;
        Long otherId;
        Long provinceId;
    }

    private World world() throws Exception {
        String tag = "ac" + System.nanoTime();
        return inTransaction(() -> {
            World w = new World();
            w.tag = tag;
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            w.seriesId = series.getId();
            Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
            Unit health = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
            Unit other = unit(tag + "外厅", UnitType.COMPETENT_DEPARTMENT, null, province);
            Committee filed = committee(tag + "高评委", health, province, series, CommitteeFormation.BY_SERIES,
                    List.of(), Times.now());
            Committee bySpecialty = committee(tag + "按专业评委会", health, province, series,
                    CommitteeFormation.BY_SPECIALTY, List.of("临床医学", "护理学", "药学"), Times.now());
            Committee expired = committee(tag + "过期评委会", health, province, series, CommitteeFormation.BY_SERIES,
                    List.of(), Times.now().minusYears(4));
            w.committeeId = filed.getId();
            w.healthId = health.getId();
            w.otherId = other.getId();
            w.provinceId = province.getId();
            w.bySpecialtyId = bySpecialty.getId();
            w.admin = committeeAdmin(tag + "_adm", filed);
            w.specialtyAdmin = committeeAdmin(tag + "_sadm", bySpecialty);
            w.expiredAdmin = committeeAdmin(tag + "_xadm", expired);
            UnitRole reviewer = role(province, EnumSet.of(Permission.ACTIVITY_PUBLISH_REVIEW));
            w.first = staff(tag + "_r1", province, reviewer);
            w.second = staff(tag + "_r2", province, reviewer);
            w.stranger = staff(tag + "_x", other, role(other, EnumSet.of(Permission.ACTIVITY_PUBLISH_REVIEW)));
            MultiPostConfig config = new MultiPostConfig(province, ReviewItemType.ACTIVITY_PUBLICATION, Times.now());
            em.persist(config);
            config.addLevel(1, Set.of(w.first));
            config.addLevel(2, Set.of(w.second));
            return w;
        });
    }

    @Test
    void theFormationUnitsStaffManageTheActivitiesOfTheCommitteesTheirUnitFormed() throws Exception {
        World w = world();
        record Staff(Account manager, Account plain, Account foreignManager, Long foreignId) { }
        Staff staff = inTransaction(() -> {
            Unit health = em.find(Unit.class, w.healthId);
            Unit other = em.find(Unit.class, w.otherId);
            Committee foreign = committee(w.tag + "外厅评委会", other, em.find(Unit.class, w.provinceId),
                    em.find(TitleSeries.class, w.seriesId), CommitteeFormation.BY_SERIES, List.of(), Times.now());
            return new Staff(staff(w.tag + "_m", health, role(health, EnumSet.of(Permission.ACTIVITY_MANAGE))),
                    staff(w.tag + "_p", health, role(health, EnumSet.of(Permission.EXPERT_POOL))),
                    staff(w.tag + "_om", other, role(other, EnumSet.of(Permission.ACTIVITY_MANAGE))),
                    foreign.getId());
        });
        OffsetDateTime t = Times.now().minusDays(1);

        // 选择评委会: the three committees 卫健委 formed, by name; then exactly the committee administrator's functions
        signIn(staff.manager());
        assertEquals(Set.of(w.tag + "高评委", w.tag + "按专业评委会", w.tag + "过期评委会"),
                activities.committees().stream().map(c -> c.name()).collect(Collectors.toSet()));
        assertTrue(activities.options(w.committeeId).filed());
        activities.saveDefaultAchievements(w.committeeId, achievements());
        assertEquals(2, activities.defaultAchievements(w.committeeId).size());
        Long id = activities.create(w.committeeId, basics(w, w.tag + "单位发布", 2030, ActivityCategory.SPECIAL,
                schedule(t)));
        assertEquals(2, activities.details(id).achievements().size());
        activities.create(w.committeeId, basics(w, w.tag + "单位年度", 2030, ActivityCategory.ANNUAL, schedule(t)));
        assertRejected(() -> activities.create(w.committeeId, basics(w, w.tag + "单位年度二", 2030,
                ActivityCategory.ANNUAL, schedule(t))), "activity.year.annualTaken");
        completeThroughMaterials(id);
        activities.saveScoring(id, List.of(ScoringItem.of(1, 1, "业绩成果", 100)));
        activities.uploadPolicyFile(id, new ByteArrayInputStream(PDF.getBytes(StandardCharsets.US_ASCII)), "政策.pdf");
        assertEquals(1, activities.count(w.committeeId, w.tag + "单位发布"));
        assertEquals(List.of(id), activities.list(w.committeeId, w.tag + "单位发布", 0, 10).stream()
                .map(ActivityRow::id).toList());
        activities.submit(id);
        assertEquals(ActivityStatus.PENDING_REVIEW, activities.details(id).status());
        assertEquals(List.of("CREATED", "EDITED", "EDITED", "EDITED", "EDITED", "EDITED", "EDITED", "SUBMITTED"),
                actions(id));
        assertEquals(w.tag + "_m", history(id).get(0).getActorLogin());
        // not a committee another unit formed
        assertThrows(AccessDeniedException.class, () -> activities.options(staff.foreignId()));
        assertThrows(AccessDeniedException.class, () -> activities.create(staff.foreignId(),
                basics(w, w.tag + "越权", 2030, ActivityCategory.SPECIAL, schedule(t))));

        // the committee administrator sees the unit's activity of their committee, and no other committee
        signIn(w.admin);
        assertEquals(ActivityStatus.PENDING_REVIEW, activities.details(id).status());
        assertEquals(2, activities.count(mine(), w.tag + "单位"));
        assertThrows(AccessDeniedException.class, () -> activities.options(w.bySpecialtyId));
        assertThrows(AccessDeniedException.class, () -> activities.count(staff.foreignId(), null));

        // another unit's staff: only their own unit's committee; 403 for this one and its activities
        signIn(staff.foreignManager());
        assertEquals(List.of(staff.foreignId()), activities.committees().stream().map(c -> c.id()).toList());
        assertThrows(AccessDeniedException.class, () -> activities.options(w.committeeId));
        assertThrows(AccessDeniedException.class, () -> activities.list(w.committeeId, null, 0, 10));
        assertThrows(AccessDeniedException.class, () -> activities.details(id));
        assertThrows(AccessDeniedException.class, () -> activities.extendDeadlines(id, t, t, t));
        // the formation unit's staff without 评审活动管理
        signIn(staff.plain());
        assertThrows(AccessDeniedException.class, () -> activities.committees());
        assertThrows(AccessDeniedException.class, () -> activities.options(w.committeeId));
        assertThrows(AccessDeniedException.class, () -> activities.saveBasics(id, basics(w, w.tag + "改", 2030,
                ActivityCategory.SPECIAL, schedule(t))));
        // the authorising unit's reviewer: no activity management at all
        signIn(w.first);
        assertThrows(AccessDeniedException.class, () -> activities.defaultAchievements(w.committeeId));
    }

    @Test
    void basicInformationIsValidatedAndDeadlinesMustBeInOrder() throws Exception {
        World w = world();
        signIn(w.admin);
        OffsetDateTime t = Times.now().plusDays(1);

        assertRejected(() -> activities.create(mine(), basics(w, " ", 2030, ActivityCategory.ANNUAL, schedule(t))),
                "activity.name.required");
        assertRejected(() -> activities.create(mine(), basics(w, "名".repeat(51), 2030, ActivityCategory.ANNUAL,
                schedule(t))), "activity.name.tooLong");
        assertRejected(() -> activities.create(mine(), new ActivityBasics(w.tag + "活动", "范".repeat(51), 2030,
                ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, false, null,
                ReviewMode.ONLINE_VOTE, schedule(t), false, false, false, null, false)), "activity.applyScope.tooLong");
        assertRejected(() -> activities.create(mine(), new ActivityBasics(w.tag + "活动", "全省", 2030,
                ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, true, null,
                ReviewMode.ONLINE_VOTE, schedule(t), false, false, false, null, false)),
                "activity.specialtyGroupMode.required");

        assertRejected(() -> ActivitySchedule.of(t, t, t.plusDays(1), t.plusDays(2), null, null),
                "activity.schedule.firstSubmitNotAfterStart");
        assertRejected(() -> ActivitySchedule.of(t, t.plusDays(2), t.plusDays(1), t.plusDays(3), null, null),
                "activity.schedule.resubmitBeforeFirstSubmit");
        assertRejected(() -> ActivitySchedule.of(t, t.plusDays(1), t.plusDays(3), t.plusDays(2), null, null),
                "activity.schedule.committeeBeforeResubmit");
        assertRejected(() -> ActivitySchedule.of(t, t.plusDays(1), t.plusDays(1), t.plusDays(1), t.toLocalDate(),
                null), "activity.schedule.deptReviewIncomplete");
        assertRejected(() -> ActivitySchedule.of(t, t.plusDays(1), t.plusDays(1), t.plusDays(1),
                t.toLocalDate().plusDays(2), t.toLocalDate()), "activity.schedule.deptReviewEndBeforeStart");
        assertRejected(() -> ActivitySchedule.of(null, t.plusDays(1), t.plusDays(1), t.plusDays(1), null, null),
                "activity.applyStart.required");
        // equal deadlines after the first are allowed, with the SX 主管部门 window
        ActivitySchedule equal = ActivitySchedule.of(t, t.plusDays(1), t.plusDays(1), t.plusDays(1),
                t.toLocalDate(), t.toLocalDate().plusDays(5));
        Long id = activities.create(mine(), basics(w, w.tag + "年度评审", 2030, ActivityCategory.ANNUAL, equal));
        ActivityDetails details = activities.details(id);
        assertEquals(w.tag + "年度评审", details.basics().name());
        assertEquals(equal, details.basics().schedule());
        assertEquals(ActivityStatus.DRAFT, details.status());
        assertEquals(1, details.savedSteps());
    }

    @Test
    void levelsAndSpecialtiesStayWithinTheFilingAndAnExpiredFilingCannotCreate() throws Exception {
        World w = world();
        signIn(w.expiredAdmin);
        assertFalse(activities.options(mine()).filed());
        assertRejected(() -> activities.create(mine(), basics(w, w.tag + "过期", 2030, ActivityCategory.ANNUAL,
                schedule(Times.now().plusDays(1)))), "activity.committee.notFiled");

        signIn(w.admin);
        Long id = activities.create(mine(), basics(w, w.tag + "范围", 2030, ActivityCategory.ANNUAL,
                schedule(Times.now().plusDays(1))));
        assertRejected(() -> activities.saveAchievements(id, achievements()), "activity.step.previousNotSaved");
        assertRejected(() -> activities.saveScope(id, EnumSet.of(TitleLevel.INTERMEDIATE), Set.of()),
                "activity.levels.outsideFiling");
        assertRejected(() -> activities.saveScope(id, EnumSet.noneOf(TitleLevel.class), Set.of()),
                "activity.levels.required");
        activities.saveScope(id, EnumSet.of(TitleLevel.SENIOR_DEPUTY), Set.of());
        assertEquals(EnumSet.of(TitleLevel.SENIOR_DEPUTY), activities.details(id).levels());

        // a 按专业 committee: at least one specialty, only unfrozen ones of its tree
        signIn(w.specialtyAdmin);
        List<SpecialtyNode> offered = activities.options(mine()).specialties();
        assertEquals(List.of("临床医学", "护理学", "药学"), offered.stream().map(SpecialtyNode::name).toList());
        Long pharmacy = offered.get(2).id();
        inTransaction(() -> {
            em.find(Specialty.class, pharmacy).freeze();
            return null;
        });
        assertEquals(List.of("临床医学", "护理学"),
                activities.options(mine()).specialties().stream().map(SpecialtyNode::name).toList());
        Long own = activities.create(mine(), basics(w, w.tag + "按专业", 2030, ActivityCategory.ANNUAL,
                schedule(Times.now().plusDays(1))));
        assertRejected(() -> activities.saveScope(own, EnumSet.of(TitleLevel.SENIOR_FULL), Set.of()),
                "activity.specialties.required");
        assertRejected(() -> activities.saveScope(own, EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(pharmacy)),
                "activity.specialties.outsideFiling");
        assertRejected(() -> activities.saveScope(own, EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(-5L)),
                "activity.specialties.outsideFiling");
        activities.saveScope(own, EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(offered.get(0).id()));
        assertEquals(List.of("临床医学"), activities.details(own).specialties().stream().map(SpecialtyNode::name).toList());

        // another committee's activity is out of reach
        assertThrows(AccessDeniedException.class, () -> activities.details(id));
    }

    @Test
    void oneAnnualActivityPerCommitteeAndYear() throws Exception {
        World w = world();
        signIn(w.admin);
        OffsetDateTime t = Times.now().plusDays(1);
        Long annual = activities.create(mine(), basics(w, w.tag + "年度", 2031, ActivityCategory.ANNUAL, schedule(t)));
        assertRejected(() -> activities.create(mine(), basics(w, w.tag + "年度二", 2031, ActivityCategory.ANNUAL, schedule(t))),
                "activity.year.annualTaken");
        Long special = activities.create(mine(), basics(w, w.tag + "专项", 2031, ActivityCategory.SPECIAL, schedule(t)));
        Long nextYear = activities.create(mine(), basics(w, w.tag + "次年", 2032, ActivityCategory.ANNUAL, schedule(t)));
        assertRejected(() -> activities.saveBasics(special, basics(w, w.tag + "专项", 2031, ActivityCategory.ANNUAL,
                schedule(t))), "activity.year.annualTaken");
        assertRejected(() -> activities.saveBasics(nextYear, basics(w, w.tag + "次年", 2031, ActivityCategory.ANNUAL,
                schedule(t))), "activity.year.annualTaken");
        activities.saveBasics(annual, basics(w, w.tag + "年度改名", 2031, ActivityCategory.ANNUAL, schedule(t)));
        assertEquals(3, activities.count(mine(), w.tag));
        assertEquals(w.tag + "年度改名", activities.details(annual).basics().name());
    }

    @Test
    void theCommitteeDefaultIsCopiedAndEveryStepIsSavedInOrder() throws Exception {
        World w = world();
        signIn(w.admin);
        assertRejected(() -> activities.saveDefaultAchievements(mine(), List.of(
                AchievementRequirement.of(1, 1, AchievementTitle.ACHIEVEMENTS, EnumSet.of(AchievementTemplate.PATENT), null),
                AchievementRequirement.of(2, 1, AchievementTitle.TEACHING, EnumSet.of(AchievementTemplate.PAPER), null))),
                "activity.row.positionDuplicate");
        assertRejected(() -> AchievementRequirement.of(2, 1, AchievementTitle.TEACHING,
                EnumSet.noneOf(AchievementTemplate.class), null), "activity.achievement.templates.required");
        activities.saveDefaultAchievements(mine(), achievements());
        assertEquals(2, activities.defaultAchievements(mine()).size());

        Long id = activities.create(mine(), basics(w, w.tag + "配置", 2030, ActivityCategory.SPECIAL,
                schedule(Times.now().plusDays(1))));
        ActivityDetails created = activities.details(id);
        assertEquals(List.of(AchievementTitle.AFTER_CURRENT_TITLE, AchievementTitle.PAPERS_AND_BOOKS),
                created.achievements().stream().map(AchievementRequirement::getTitle).toList(),
                "the committee default is pre-filled");
        assertEquals(EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD),
                created.achievements().get(0).getTemplates());

        completeThroughMaterials(id);
        assertRejected(() -> activities.saveMaterials(id, List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF)),
                RequiredMaterial.of(2, 2, "身份证", false, 2, EnumSet.of(FileKind.PDF)))),
                "activity.material.name.duplicate");
        assertRejected(() -> RequiredMaterial.of(3, 1, "x", true, 0, EnumSet.of(FileKind.PDF)),
                "activity.material.count.range");
        ActivityDetails done = activities.details(id);
        assertEquals(Activity.STEP_MATERIALS, done.savedSteps());
        assertTrue(done.complete());
        assertEquals(3, done.materials().size());
        assertEquals(1, done.exceptionConditions().size());

        // an activity that scores needs the 评分标准 before it can go
        activities.saveBasics(id, new ActivityBasics(w.tag + "配置", "全省", 2030, ActivityCategory.SPECIAL,
                EvaluationMethod.EXPERT, true, WrittenExam.NONE, Defense.NONE, true, SpecialtyGroupMode.SCORE,
                ReviewMode.ONLINE_VOTE, schedule(Times.now().plusDays(1)), false, false, false, null, false));
        assertFalse(activities.details(id).complete());
        assertRejected(() -> activities.submit(id), "activity.submit.scoringMissing");
        assertRejected(() -> activities.saveScoring(id, List.of()), "activity.scoring.required");
        activities.saveScoring(id, List.of(ScoringItem.of(1, 1, "业绩成果", 40), ScoringItem.of(2, 2, "论文论著", 30)));
        assertTrue(activities.details(id).complete());

        activities.uploadPolicyFile(id, new ByteArrayInputStream(PDF.getBytes(StandardCharsets.US_ASCII)), "政策.pdf");
        assertEquals(List.of("政策.pdf"), activities.details(id).policyFiles().stream().map(f -> f.name()).toList());
        assertEquals(List.of("CREATED", "EDITED", "EDITED", "EDITED", "EDITED", "EDITED", "EDITED", "EDITED"),
                actions(id));
    }

    @Test
    void publicationPassesTwoLevelsOfTheAuthorisingUnitAndAppearsOnThePublicSite() throws Exception {
        World w = world();
        signIn(w.admin);
        Long id = completeActivity(w, w.tag + "发布", ActivityCategory.ANNUAL);
        Long other = completeActivity(w, w.tag + "退回", ActivityCategory.SPECIAL);
        Long batch = completeActivity(w, w.tag + "批量", ActivityCategory.SPECIAL);
        Long incomplete = activities.create(mine(), basics(w, w.tag + "未完成", 2030, ActivityCategory.SPECIAL,
                schedule(Times.now().minusDays(1))));
        assertRejected(() -> activities.submit(incomplete), "activity.submit.incomplete");
        assertRejected(() -> activities.publish(id), "activity.publish.approvalRequired");
        activities.submit(id);
        activities.submit(other);
        activities.submit(batch);
        assertRejected(() -> activities.saveBasics(id, basics(w, w.tag + "改", 2030, ActivityCategory.ANNUAL,
                schedule(Times.now()))), "activity.notEditable");
        assertRejected(() -> activities.submit(id), "activity.submit.notAllowed");
        assertEquals(ActivityStatus.PENDING_REVIEW, activities.details(id).status());

        // level 2 sees nothing until level 1 passes
        signIn(w.second);
        assertEquals(0, reviews.count(ReviewTab.PENDING, w.tag));
        assertRejected(() -> reviews.pass(List.of(id), null), "activity.review.notWaiting");
        signIn(w.first);
        assertTrue(reviews.isMultiPostConfigured());
        assertEquals(3, reviews.count(ReviewTab.PENDING, w.tag));
        assertEquals(3, toDoCount("todo.activityPublication"));
        assertEquals(w.tag + "发布", reviews.details(id).basics().name());
        assertRejected(() -> reviews.reject(List.of(other), " "), "activity.opinion.required");
        reviews.reject(List.of(other), "申报范围表述不清");
        assertEquals(2, reviews.pass(List.of(id, batch), "同意"));
        assertEquals(0, reviews.count(ReviewTab.PENDING, w.tag));
        assertEquals(1, reviews.count(ReviewTab.REJECTED, w.tag));

        signIn(w.second);
        List<ActivityRow> pending = reviews.list(ReviewTab.PENDING, w.tag, 0, 10);
        assertEquals(2, pending.size());
        assertTrue(pending.stream().allMatch(r -> r.waitingLevel() == 2));
        assertEquals(0, site.countActivities(new PublicSearch(w.seriesId, null, null)), "not yet published");
        reviews.pass(List.of(id, batch), null);
        assertRejected(() -> reviews.pass(List.of(id), null), "activity.review.notWaiting");
        assertEquals(2, reviews.count(ReviewTab.PASSED, w.tag));

        signIn(w.stranger);
        assertEquals(0, reviews.count(ReviewTab.PENDING, w.tag));
        assertThrows(AccessDeniedException.class, () -> reviews.details(id));

        // the committee sees the result; the returned one carries the opinion and can be submitted again
        signIn(w.admin);
        assertEquals(ActivityStatus.PUBLISHED, activities.details(id).status());
        ActivityDetails returned = activities.details(other);
        assertEquals(ActivityStatus.RETURNED, returned.status());
        assertEquals("申报范围表述不清", returned.lastOpinion());
        activities.saveBasics(other, basics(w, w.tag + "退回", 2030, ActivityCategory.SPECIAL,
                schedule(Times.now().minusDays(1))));
        activities.submit(other);
        assertEquals(ActivityStatus.PENDING_REVIEW, activities.details(other).status());
        assertEquals(List.of("CREATED", "EDITED", "EDITED", "EDITED", "EDITED", "SUBMITTED",
                "LEVEL_PASSED", "PUBLISHED"), actions(id));
        AuditRecord published = history(id).get(history(id).size() - 1);
        assertEquals("PENDING_REVIEW", published.getFromStatus());
        assertEquals("PUBLISHED", published.getToStatus());

        // after publication only the deadlines move, and only later
        ActivitySchedule before = activities.details(id).basics().schedule();
        assertRejected(() -> activities.extendDeadlines(id, before.getFirstSubmitDeadline().minusDays(1),
                before.getResubmitDeadline(), before.getCommitteeDeadline()), "activity.deadline.shortened");
        activities.extendDeadlines(id, before.getFirstSubmitDeadline().plusDays(5),
                before.getResubmitDeadline().plusDays(5), before.getCommitteeDeadline().plusDays(5));
        assertEquals(before.getCommitteeDeadline().plusDays(5).toInstant(),
                activities.details(id).basics().schedule().getCommitteeDeadline().toInstant());

        // the public site: by series, level and region (a 区县 finds the province-wide committee)
        assertEquals(2, site.countActivities(new PublicSearch(w.seriesId, null, null)));
        assertEquals(2, site.countActivities(new PublicSearch(w.seriesId, TitleLevel.SENIOR_DEPUTY, "510107")));
        assertEquals(0, site.countActivities(new PublicSearch(w.seriesId, TitleLevel.INTERMEDIATE, null)));
        assertEquals(0, site.countActivities(new PublicSearch(w.seriesId, null, "500000")));
        PublicActivityRow row = site.activities(new PublicSearch(w.seriesId, null, "510000"), 0, 10).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertEquals(w.tag + "高评委", row.committeeName());
        assertEquals("028-86130000", row.contactPhone());
        Set<String> notices = site.notices(NoticeType.NOTICE, 0, 200).stream().map(NoticeRow::title)
                .collect(Collectors.toSet());
        assertTrue(notices.containsAll(Set.of(w.tag + "发布", w.tag + "批量")), notices.toString());
        assertFalse(notices.contains(w.tag + "退回"));
        assertRejected(() -> site.activity(other), "activity.notFound");
        assertEquals(3, site.activityDetails(id).materials().size());
    }

    @Test
    void withoutPublicationApprovalTheCommitteeAdministratorPublishesDirectly() throws Exception {
        World w = world();
        signIn(w.admin);
        Long id = completeActivity(w, w.tag + "山西", ActivityCategory.ANNUAL);
        switchPublishApproval("NONE");
        try {
            signIn(w.admin);
            assertFalse(activities.options(mine()).isReviewed());
            assertRejected(() -> activities.submit(id), "activity.publish.noApproval");
            activities.publish(id);
            ActivityDetails published = activities.details(id);
            assertEquals(ActivityStatus.PUBLISHED, published.status());
            assertFalse(published.editable());
            assertRejected(() -> activities.publish(id), "activity.submit.notAllowed");
            assertEquals(List.of("CREATED", "EDITED", "EDITED", "EDITED", "EDITED", "PUBLISHED"), actions(id));
            assertEquals(1, site.countActivities(new PublicSearch(w.seriesId, null, null)));
            assertTrue(site.notices(NoticeType.NOTICE, 0, 200).stream().anyMatch(n -> id.equals(n.activityId())));
        } finally {
            switchPublishApproval(null);
        }
    }

    @Test
    void theFinderOffersCommitteesAcceptingApplicationsThatAdmitTheApplicantsUnit() throws Exception {
        World w = world();
        Unit[] units = inTransaction(() -> new Unit[]{
                applicantUnit(w.tag + "医院", UnitNature.PUBLIC_INSTITUTION, "510107"),
                applicantUnit(w.tag + "公司", UnitNature.ENTERPRISE, "510107"),
                applicantUnit(w.tag + "重庆医院", UnitNature.PUBLIC_INSTITUTION, "500100")});
        Unit hospital = units[0];
        Unit company = units[1];
        Unit chongqing = units[2];
        Account restrictedAdmin = inTransaction(() -> {
            Committee any = em.find(Committee.class, w.committeeId);
            Committee restricted = committee(w.tag + "成都事业单位评委会", any.getFormationUnit(), any.getAuthorisingUnit(),
                    any.getSeries(), CommitteeFormation.BY_SERIES, List.of(), Times.now(),
                    Set.of(UnitNature.PUBLIC_INSTITUTION), Set.of("510100"));
            return committeeAdmin(w.tag + "_radm", restricted);
        });

        signIn(w.admin);
        Long open = completeActivity(w, w.tag + "接收中", ActivityCategory.ANNUAL);
        Long future = activities.create(mine(), basics(w, w.tag + "未开始", 2030, ActivityCategory.SPECIAL,
                schedule(Times.now().plusDays(3))));
        completeThroughMaterials(future);
        Long closed = activities.create(mine(), basics(w, w.tag + "已截止", 2030, ActivityCategory.SPECIAL,
                ActivitySchedule.of(Times.now().minusDays(30), Times.now().minusDays(2), Times.now().minusDays(1),
                        Times.now().plusDays(5), null, null)));
        completeThroughMaterials(closed);
        signIn(w.specialtyAdmin);
        List<SpecialtyNode> specialties = activities.options(mine()).specialties();
        Long bySpecialty = activities.create(mine(), basics(w, w.tag + "按专业接收中", 2030, ActivityCategory.ANNUAL,
                schedule(Times.now().minusDays(1))));
        activities.saveScope(bySpecialty, EnumSet.of(TitleLevel.SENIOR_FULL),
                Set.of(specialties.get(0).id(), specialties.get(1).id()));
        activities.saveAchievements(bySpecialty, achievements());
        activities.saveExceptions(bySpecialty, List.of(), null, null);
        activities.saveMaterials(bySpecialty, List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        signIn(restrictedAdmin);
        Long restricted = completeActivity(w, w.tag + "限事业单位", ActivityCategory.ANNUAL);

        publish(w, w.admin, open, future, closed);
        publish(w, w.specialtyAdmin, bySpecialty);
        publish(w, restrictedAdmin, restricted);
        inTransaction(() -> {
            em.find(Specialty.class, specialties.get(1).id()).freeze();
            return null;
        });

        assertEquals(Set.of(open, bySpecialty, restricted), offered(w, hospital, TitleLevel.SENIOR_FULL, null),
                "accepting now, in region, nature admitted; not the future or closed activity");
        assertEquals(Set.of(open, bySpecialty), offered(w, company, TitleLevel.SENIOR_FULL, null),
                "an enterprise is not admitted by the 事业单位 committee");
        assertEquals(Set.of(open, restricted), offered(w, hospital, TitleLevel.SENIOR_DEPUTY, null),
                "the 按专业 activity opens 正高 only");
        assertEquals(Set.of(open, bySpecialty, restricted), offered(w, hospital, TitleLevel.SENIOR_FULL, specialties.get(0).name()));
        assertEquals(Set.of(open, restricted), offered(w, hospital, TitleLevel.SENIOR_FULL, specialties.get(1).name()),
                "a frozen specialty is no longer offered");
        assertTrue(finder.find(new FinderQuery(hospital.getId(), EvaluationMethod.EXAM_AND_EXPERT, w.seriesId,
                TitleLevel.SENIOR_FULL, null)).isEmpty());
        CommitteeOffer offer = finder.find(new FinderQuery(hospital.getId(), EvaluationMethod.EXPERT, w.seriesId,
                TitleLevel.SENIOR_FULL, null)).stream().filter(o -> o.activityId().equals(open)).findFirst().orElseThrow();
        assertEquals("028-86130000", offer.contactPhone());
        assertFalse(offer.entrustRequired());

        // out of region: 委托评审 by default, hidden under entrust.outOfRegion = HIDE
        List<CommitteeOffer> elsewhere = finder.find(new FinderQuery(chongqing.getId(), null, w.seriesId,
                TitleLevel.SENIOR_FULL, null));
        assertEquals(3, elsewhere.size());
        assertTrue(elsewhere.stream().allMatch(CommitteeOffer::entrustRequired));
        switchSetting("entrust.outOfRegion", "HIDE");
        try {
            assertTrue(finder.find(new FinderQuery(chongqing.getId(), null, w.seriesId, TitleLevel.SENIOR_FULL, null))
                    .isEmpty());
            assertEquals(3, offered(w, hospital, TitleLevel.SENIOR_FULL, null).size());
        } finally {
            switchSetting("entrust.outOfRegion", null);
        }
    }

    private Set<Long> offered(World w, Unit unit, TitleLevel level, String specialty) {
        return finder.find(new FinderQuery(unit.getId(), EvaluationMethod.EXPERT, w.seriesId, level, specialty)).stream()
                .map(CommitteeOffer::activityId).collect(Collectors.toSet());
    }

    private void publish(World w, Account admin, Long... ids) throws ServletException {
        signIn(admin);
        for (Long id : ids) {
            activities.submit(id);
        }
        signIn(w.first);
        reviews.pass(List.of(ids), null);
        signIn(w.second);
        reviews.pass(List.of(ids), null);
    }

    private Unit applicantUnit(String name, UnitNature nature, String region) {
        CreditCode code = CreditCode.of(TestData.creditCode());
        Unit unit = new Unit(name, code, UnitType.APPLYING_UNIT, null, region, Times.now());
        em.persist(unit);
        unit.placeUnder(null);
        unit.describe(new UnitProfile(name, code, nature, region, "联系人", "028-86000000", "成都市"));
        return unit;
    }

    private void switchSetting(String key, String value) throws ServletException {
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        if (value == null) {
            settings.resetToDefault(key);
        } else {
            settings.change(key, value);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Long completeActivity(World w, String name, ActivityCategory category) {
        Long id = activities.create(mine(), basics(w, name, 2030, category, schedule(Times.now().minusDays(1))));
        completeThroughMaterials(id);
        return id;
    }

    private void completeThroughMaterials(Long id) {
        activities.saveScope(id, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), Set.of());
        activities.saveAchievements(id, achievements());
        activities.saveExceptions(id, List.of(ExceptionCondition.of(1, 1, "获得省部级科技进步二等奖", true)),
                "从事本专业工作满5年", null);
        activities.saveMaterials(id, List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG)),
                RequiredMaterial.of(2, 2, "学历证书", true, 3, EnumSet.of(FileKind.PDF)),
                RequiredMaterial.of(3, 3, "继续教育证明", false, 1, EnumSet.of(FileKind.PDF))));
    }

    private static List<AchievementRequirement> achievements() {
        return List.of(
                AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                        EnumSet.of(AchievementTemplate.GENERAL, AchievementTemplate.AWARD), "取得现职称后的业绩"),
                AchievementRequirement.of(2, 2, AchievementTitle.PAPERS_AND_BOOKS,
                        EnumSet.of(AchievementTemplate.PAPER), null));
    }

    private static ActivityBasics basics(World w, String name, int year, ActivityCategory category,
                                         ActivitySchedule schedule) {
        return new ActivityBasics(name, "全省在岗卫生专业技术人员", year, category, EvaluationMethod.EXPERT, false,
                WrittenExam.NONE, Defense.NONE, false, null, ReviewMode.ONLINE_VOTE, schedule, true, false, false,
                "川卫〔2030〕1号", true);
    }

    private static ActivitySchedule schedule(OffsetDateTime start) {
        return ActivitySchedule.of(start, start.plusDays(30), start.plusDays(40), start.plusDays(50), null, null);
    }

    private void switchPublishApproval(String value) throws ServletException {
        SignIn.as(securityContext, request, "admin", "Demo@2026");
        if (value == null) {
            settings.resetToDefault("activity.publishApproval");
        } else {
            settings.change("activity.publishApproval", value);
        }
    }

    private List<AuditRecord> history(Long id) {
        return em.createQuery("select r from AuditRecord r where r.entityType = 'ACTIVITY' and r.entityId = :id "
                + "order by r.id", AuditRecord.class).setParameter("id", id).getResultList();
    }

    private List<String> actions(Long id) {
        return history(id).stream().map(AuditRecord::getAction).toList();
    }

    private long toDoCount(String key) {
        return toDoSources.stream().flatMap(s -> s.toDosOfCaller().stream())
                .filter(t -> t.labelKey().equals(key)).mapToLong(ToDo::count).sum();
    }

    private static void assertRejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    /** The committee the signed-in committee administrator manages. */
    private Long mine() {
        return activities.committees().get(0).id();
    }

    private void signIn(Account account) throws ServletException {
        SignIn.as(securityContext, request, account.getLoginName(), PASSWORD);
    }

    private Committee committee(String name, Unit formation, Unit province, TitleSeries series,
                                CommitteeFormation formationType, List<String> specialties, OffsetDateTime filedAt) {
        return committee(name, formation, province, series, formationType, specialties, filedAt, Set.of(),
                Set.of("510000"));
    }

    private Committee committee(String name, Unit formation, Unit province, TitleSeries series,
                                CommitteeFormation formationType, List<String> specialties, OffsetDateTime filedAt,
                                Set<UnitNature> natures, Set<String> regionCodes) {
        Committee committee = Committee.draft(new CommitteeProfile(name, "人事处", "评委会办公室",
                        CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                        "张联系", "028-86130000", "成都市人民南路1号", false, false, natures, formationType,
                        specialties, regionCodes),
                formation, series, province, province, filedAt);
        em.persist(committee);
        committee.authoriseAtCreation(filedAt);
        return committee;
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

    private Account staff(String login, Unit unit, UnitRole unitRole) {
        Account account = Account.selfRegistered(login, "经办" + login.length(), null, null, hashed(), Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(Set.of(unitRole));
        em.persist(account);
        return account;
    }

    private Account committeeAdmin(String login, Committee committee) {
        Account account = Account.selfRegistered(login, "评委会" + login.length(), null, null, hashed(), Times.now());
        account.grant(Role.COMMITTEE_ADMIN, committee.getFormationUnit());
        em.persist(account);
        em.persist(new CommitteeAccount(account, committee, Role.COMMITTEE_ADMIN, Times.now()));
        return account;
    }

    private String hashed() {
        if (hashed == null) {
            hashed = hasher.hash(PASSWORD);
        }
        return hashed;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
