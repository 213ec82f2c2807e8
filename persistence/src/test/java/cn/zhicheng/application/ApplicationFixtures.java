package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities of the application model built without a database (ids set by reflection, as the database would): a filed
 * committee of one series, a published activity of it with first-submit deadline {@code NOW + 30 d} and resubmit
 * deadline {@code NOW + 40 d}, an authorised employer and a qualification of that series.
 */
final class ApplicationFixtures {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    /** A valid resident ID number: born 1990-01-01, male. */
    static final String MALE_ID = "510104199001011230";
    /** A valid resident ID number: born 1985-03-15, female. */
    static final String FEMALE_ID = "510107198503152345";

    final TitleSeries series = withId(new TitleSeries("卫生技术人员"), 3L);
    final Unit employer = withId(new Unit("四川省人民医院", null, UnitType.APPLYING_UNIT, null, "510000", NOW), 20L);
    final TitleQualification seniorFull = withId(new TitleQualification(series, TitleLevel.SENIOR_FULL, "主任医师"), 30L);
    final TitleQualification intermediate = withId(new TitleQualification(series, TitleLevel.INTERMEDIATE, "主治医师"),
            31L);
    final Committee committee;

    ApplicationFixtures() {
        Unit formation = withId(new Unit("卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", NOW), 1L);
        Unit authorising = withId(new Unit("省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", NOW), 2L);
        committee = withId(Committee.draft(new CommitteeProfile("卫生高评委", "人事处", "办公室",
                CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), "张三",
                "028-86130000", "成都市", false, false, Set.of(), CommitteeFormation.BY_SERIES, List.of(),
                Set.of("510000")), formation, series, authorising, authorising, NOW), 4L);
        committee.authoriseAtCreation(NOW.minusYears(1));
    }

    static ActivitySchedule schedule() {
        return ActivitySchedule.of(NOW.minusDays(1), NOW.plusDays(30), NOW.plusDays(40), NOW.plusDays(50), null, null);
    }

    /** Activity page switches and the evaluation method that change the form's sections. */
    record Switches(EvaluationMethod method, boolean health, boolean primaryTeacher, boolean vocationalTeacher) {
        static final Switches NONE = new Switches(EvaluationMethod.EXPERT, false, false, false);
    }

    Activity activity(long id, Switches switches, List<RequiredMaterial> materials) {
        Activity activity = withId(new Activity(committee, new ActivityBasics("2026年度卫生高级评审", "全省卫生专业技术人员",
                2026, ActivityCategory.ANNUAL, switches.method(), false, WrittenExam.NONE, Defense.NONE, false, null,
                ReviewMode.ONLINE_VOTE, schedule(), switches.health(), switches.primaryTeacher(),
                switches.vocationalTeacher(), null, false), NOW.toLocalDate(), NOW.minusDays(2)), id);
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.ACHIEVEMENTS,
                EnumSet.of(AchievementTemplate.GENERAL), null)));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(materials);
        activity.publishDirectly(NOW.toLocalDate(), NOW.minusDays(2));
        return activity;
    }

    Activity activity() {
        return activity(10L, Switches.NONE, List.of(
                RequiredMaterial.of(1, 1, "身份证", true, 2, EnumSet.of(FileKind.PDF, FileKind.JPEG)),
                RequiredMaterial.of(2, 2, "继续教育证明", false, 1, EnumSet.of(FileKind.PDF))));
    }

    Application review(Activity activity, ApplicationRoute route, String idNumber) {
        return withId(new Application(new Application.Applicant(100L, "张三", idNumber), employer,
                ApplicationKind.REVIEW, activity, seniorFull, "临床医学", route, false, NOW), 500L);
    }

    Application review(Activity activity) {
        return review(activity, ApplicationRoute.NORMAL, MALE_ID);
    }

    Application initial() {
        return withId(new Application(new Application.Applicant(100L, "张三", MALE_ID), employer,
                ApplicationKind.INITIAL, null, intermediate, "临床医学", ApplicationRoute.NORMAL, false, NOW), 501L);
    }

    /** A saved entry of an application. */
    static ApplicationEntry entry(FormSection section, Map<String, String> values) {
        return new ApplicationEntry(500L, 100L, section, null, null, 1, values, NOW);
    }

    static ApplicationEntry withFile(ApplicationEntry entry, String slot) {
        FileSlot fileSlot = entry.getSection() == FormSection.MATERIAL
                ? new FileSlot("files", true, 5, cn.zhicheng.attachment.AttachmentPurpose.GENERAL_DOCUMENT)
                : entry.getSection().file(slot);
        entry.addFile(fileSlot, 900L + entry.getFiles().size(), slot + ".pdf", NOW);
        return entry;
    }

    static <T> T withId(T entity, long id) {
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
