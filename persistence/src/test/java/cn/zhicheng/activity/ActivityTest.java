package cn.zhicheng.activity;

import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.SpecialtyGroupMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ReviewPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The activity aggregate (SPEC §3.7): deadlines, filing scope, step order, publication states, post-publication edits. */
class ActivityTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate TODAY = NOW.toLocalDate();

    private Unit authorising;
    private Committee committee;

    @BeforeEach
    void setUp() {
        Unit formation = withId(new Unit("卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", NOW), 1L);
        authorising = withId(new Unit("省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", NOW), 2L);
        TitleSeries series = withId(new TitleSeries("卫生技术人员"), 3L);
        committee = withId(Committee.draft(new CommitteeProfile("卫生高评委", "人事处", "办公室",
                CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), "张三",
                "028-86130000", "成都市", false, false, Set.of(), CommitteeFormation.BY_SERIES, List.of(),
                Set.of("510000")), formation, series, authorising, authorising, NOW), 4L);
        committee.authoriseAtCreation(NOW.minusYears(1));
    }

    private static ActivitySchedule schedule() {
        return ActivitySchedule.of(NOW, NOW.plusDays(30), NOW.plusDays(40), NOW.plusDays(50), null, null);
    }

    private static ActivityBasics basics(boolean groups, SpecialtyGroupMode mode, ReviewMode reviewMode) {
        return new ActivityBasics("2026年度卫生高级评审", "全省卫生专业技术人员", 2026, ActivityCategory.ANNUAL,
                EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, groups, mode, reviewMode, schedule(),
                false, false, false, null, false);
    }

    private Activity draft() {
        return withId(new Activity(committee, basics(false, null, ReviewMode.ONLINE_VOTE), TODAY, NOW), 10L);
    }

    private Activity complete() {
        Activity activity = draft();
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.ACHIEVEMENTS,
                EnumSet.of(AchievementTemplate.GENERAL), null)));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        return activity;
    }

    @Test
    void deadlinesMustBeInOrder() {
        assertRejected(() -> ActivitySchedule.of(NOW, NOW, NOW, NOW, null, null),
                "activity.schedule.firstSubmitNotAfterStart");
        assertRejected(() -> ActivitySchedule.of(NOW, NOW.plusDays(2), NOW.plusDays(1), NOW.plusDays(3), null, null),
                "activity.schedule.resubmitBeforeFirstSubmit");
        assertRejected(() -> ActivitySchedule.of(NOW, NOW.plusDays(1), NOW.plusDays(3), NOW.plusDays(2), null, null),
                "activity.schedule.committeeBeforeResubmit");
        assertRejected(() -> ActivitySchedule.of(NOW, NOW.plusDays(1), NOW.plusDays(1), NOW.plusDays(1), null, TODAY),
                "activity.schedule.deptReviewIncomplete");
        assertThat(ActivitySchedule.of(NOW, NOW.plusMinutes(1), NOW.plusMinutes(1), NOW.plusMinutes(1), TODAY, TODAY)
                .isAcceptingOn(NOW.plusMinutes(1))).isTrue();
        assertThat(schedule()).isEqualTo(ActivitySchedule.of(NOW.withOffsetSameInstant(ZoneOffset.UTC),
                NOW.plusDays(30), NOW.plusDays(40), NOW.plusDays(50), null, null));
    }

    @Test
    void onlyAFiledCommitteeMayCreateAndLevelsStayWithinTheFiling() {
        assertRejected(() -> new Activity(committee, basics(false, null, ReviewMode.ONLINE_VOTE),
                TODAY.plusYears(3), NOW), "activity.committee.notFiled");
        Activity activity = draft();
        assertRejected(() -> activity.open(EnumSet.of(TitleLevel.INTERMEDIATE), Set.of(), Set.of(), false),
                "activity.levels.outsideFiling");
        assertRejected(() -> activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(7L), Set.of(5L, 6L), false),
                "activity.specialties.outsideFiling");
        assertRejected(() -> activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(), Set.of(5L), true),
                "activity.specialties.required");
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(5L), Set.of(5L, 6L), true);
        assertThat(activity.getSpecialtyIds()).containsExactly(5L);
    }

    @Test
    void stepsAreSavedInOrderAndRowsNeedUniqueNumbers() {
        Activity activity = draft();
        assertThat(activity.isStepOpen(2)).isTrue();
        assertThat(activity.isStepOpen(3)).isFalse();
        assertRejected(() -> activity.configureMaterials(List.of()), "activity.step.previousNotSaved");
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(), Set.of(), false);
        assertRejected(() -> activity.configureAchievements(List.of(
                AchievementRequirement.of(1, 2, AchievementTitle.TEACHING, EnumSet.of(AchievementTemplate.PAPER), null),
                AchievementRequirement.of(2, 2, AchievementTitle.LEADERSHIP, EnumSet.of(AchievementTemplate.PATENT), null))),
                "activity.row.positionDuplicate");
        activity.configureAchievements(List.of(
                AchievementRequirement.of(1, 5, AchievementTitle.TEACHING, EnumSet.of(AchievementTemplate.PAPER), null),
                AchievementRequirement.of(2, 2, AchievementTitle.LEADERSHIP, EnumSet.of(AchievementTemplate.PATENT), null)));
        assertThat(activity.getAchievements()).extracting(AchievementRequirement::getPosition).containsExactly(2, 5);
        assertRejected(() -> AchievementRequirement.of(3, null, AchievementTitle.TEACHING,
                EnumSet.of(AchievementTemplate.PAPER), null), "activity.row.position");
        assertRejected(() -> RequiredMaterial.of(4, 1, "证书", true, 1, EnumSet.noneOf(FileKind.class)),
                "activity.material.kinds.required");
        assertRejected(() -> ScoringItem.of(1, 1, "业绩", 101), "activity.scoring.points.range");
    }

    @Test
    void breakMeetingNeedsConditionsAndScoringActivitiesNeedAStandard() {
        Activity activity = withId(new Activity(committee, new ActivityBasics("专项", "全省", 2026,
                ActivityCategory.SPECIAL, EvaluationMethod.EXPERT, true, WrittenExam.NONE, Defense.NONE, true,
                SpecialtyGroupMode.SCORE, ReviewMode.ONLINE_VOTE, schedule(), false, false, false, null, false),
                TODAY, NOW), 11L);
        assertThat(activity.scores()).isTrue();
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.ACHIEVEMENTS,
                EnumSet.of(AchievementTemplate.GENERAL), null)));
        assertRejected(() -> activity.configureExceptions(List.of(), null, null), "activity.exceptions.required");
        activity.configureExceptions(List.of(ExceptionCondition.of(1, 1, "省部级奖励", true)), null, null);
        activity.configureMaterials(List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        assertThat(activity.isComplete()).isFalse();
        assertRejected(() -> activity.publishDirectly(TODAY, NOW), "activity.submit.scoringMissing");
        assertRejected(() -> activity.configureScoring(List.of()), "activity.scoring.required");
        activity.configureScoring(List.of(ScoringItem.of(1, 1, "业绩", 60)));
        assertThat(activity.isComplete()).isTrue();
        assertThat(new Activity(committee, basics(false, null, ReviewMode.EXPERT_CHAIN), TODAY, NOW).scores()).isTrue();
    }

    @Test
    void reviewedPublicationGoesThroughTheAuthorisingUnit() {
        Activity incomplete = draft();
        assertRejected(() -> incomplete.submit(ReviewPosition.firstLevelOf(2L), TODAY, NOW), "activity.submit.incomplete");
        Activity activity = complete();
        assertThatThrownBy(() -> activity.submit(ReviewPosition.firstLevelOf(99L), TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        activity.submit(ReviewPosition.firstLevelOf(authorising.getId()), TODAY, NOW);
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PENDING_REVIEW);
        assertRejected(() -> activity.configureMaterials(List.of()), "activity.notEditable");
        activity.moveToLevel(ReviewPosition.of(authorising.getId(), 2));
        assertRejected(() -> activity.reject(" "), "activity.opinion.required");
        activity.reject("材料不全");
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.RETURNED);
        assertThat(activity.getLastOpinion()).isEqualTo("材料不全");
        assertThat(activity.getRejectedByUnitId()).isEqualTo(authorising.getId());
        assertThat(activity.getPosition()).isNull();
        activity.submit(ReviewPosition.firstLevelOf(authorising.getId()), TODAY, NOW);
        activity.approve(NOW);
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PUBLISHED);
        assertThat(activity.getPublishedAt()).isEqualTo(NOW);
        assertThat(activity.isAcceptingOn(NOW.plusDays(1))).isTrue();
        assertThat(activity.progressAt(NOW.minusDays(1))).isEqualTo(ActivityProgress.NOT_STARTED);
        assertThat(activity.progressAt(NOW.plusDays(60))).isEqualTo(ActivityProgress.QUALIFICATION_REVIEW);
        assertRejected(() -> activity.approve(NOW), "activity.review.notWaiting");
    }

    @Test
    void directPublicationAndDeadlineExtensionsAfterIt() {
        Activity activity = complete();
        assertRejected(() -> activity.extendDeadlines(NOW.plusDays(31), NOW.plusDays(41), NOW.plusDays(51), NOW),
                "activity.extend.notPublished");
        activity.publishDirectly(TODAY, NOW);
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PUBLISHED);
        assertRejected(() -> activity.publishDirectly(TODAY, NOW), "activity.submit.notAllowed");
        assertRejected(() -> activity.describe(basics(false, null, ReviewMode.ONLINE_VOTE)), "activity.notEditable");
        assertRejected(() -> activity.extendDeadlines(NOW.plusDays(29), NOW.plusDays(40), NOW.plusDays(50), NOW),
                "activity.deadline.shortened");
        assertRejected(() -> activity.extendDeadlines(NOW.plusDays(30), NOW.plusDays(40), NOW.plusDays(55),
                NOW.plusDays(60)), "activity.deadline.past");
        activity.extendDeadlines(NOW.plusDays(35), NOW.plusDays(45), NOW.plusDays(55), NOW);
        assertThat(activity.getSchedule().getCommitteeDeadline()).isEqualTo(NOW.plusDays(55));
        assertThat(activity.getSchedule().getApplyStart()).isEqualTo(NOW);
    }

    @Test
    void everyTemplateHasTheSpecFieldsInOrder() {
        assertThat(AchievementTemplate.values()).hasSize(8);
        assertThat(AchievementTitle.values()).hasSize(10);
        assertThat(AchievementTemplate.PATENT.fields()).extracting(TemplateField::key)
                .containsExactly("name", "patentType", "patentNumber", "approvedOn", "rank", "grantingCountry");
        assertThat(AchievementTemplate.PATENT.fields().get(0).maxLength()).isEqualTo(20);
        assertThat(AchievementTemplate.GENERAL.fields()).filteredOn(TemplateField::required).hasSize(4);
        assertThat(AchievementTemplate.PAPER.fields()).extracting(TemplateField::type)
                .contains(FieldType.NUMBER, FieldType.DROPDOWN, FieldType.DATE);
        assertThat(AchievementTemplate.STANDARD.fields()).hasSize(5);
        assertThat(new TemplateSetConverter().convertToEntityAttribute(
                new TemplateSetConverter().convertToDatabaseColumn(EnumSet.of(AchievementTemplate.BOOK,
                        AchievementTemplate.GENERAL)))).containsExactly(AchievementTemplate.GENERAL, AchievementTemplate.BOOK);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
