package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Label;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.zhicheng.application.ApplicationFixtures.FEMALE_ID;
import static cn.zhicheng.application.ApplicationFixtures.entry;
import static cn.zhicheng.application.ApplicationFixtures.withFile;
import static cn.zhicheng.application.EntryValuesTest.basic;
import static cn.zhicheng.application.EntryValuesTest.education;
import static cn.zhicheng.application.EntryValuesTest.with;
import static cn.zhicheng.application.FormSection.ACHIEVEMENT;
import static cn.zhicheng.application.FormSection.ASSESSMENT;
import static cn.zhicheng.application.FormSection.BASIC;
import static cn.zhicheng.application.FormSection.CONTINUING;
import static cn.zhicheng.application.FormSection.EDUCATION;
import static cn.zhicheng.application.FormSection.EXAM;
import static cn.zhicheng.application.FormSection.EXAM_CERTIFICATE;
import static cn.zhicheng.application.FormSection.EXPERIENCE;
import static cn.zhicheng.application.FormSection.HEALTH;
import static cn.zhicheng.application.FormSection.MATERIAL;
import static cn.zhicheng.application.FormSection.PRIMARY_TEACHER;
import static cn.zhicheng.application.FormSection.PROVINCIAL_CERTIFICATE;
import static cn.zhicheng.application.FormSection.QUALIFICATION;
import static cn.zhicheng.application.FormSection.SKILL;
import static cn.zhicheng.application.FormSection.SOCIETY;
import static cn.zhicheng.application.FormSection.SPECIAL_EXPERIENCE;
import static cn.zhicheng.application.FormSection.SUPPLEMENT;
import static cn.zhicheng.application.FormSection.VOCATIONAL_TEACHER;
import static cn.zhicheng.application.FormSection.WORK;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of one application form (SPEC §3.8.4–§3.8.6): sections per layout, 评价方式 and activity switches, the
 * rules spanning fields and entries, and what still keeps the form from being submitted.
 */
class ApplicationFormTest {

    private final ApplicationFixtures fixtures = new ApplicationFixtures();
    private final Activity activity = fixtures.activity();
    private final Application application = fixtures.review(activity);

    private static Label section(FormSection section) {
        return new Label(FormLabels.FIELDS_BUNDLE, section.labelKey());
    }

    private ApplicationForm sc(ApplicationEntry... entries) {
        return new ApplicationForm(ScreenLayout.SC, application, List.of(entries));
    }

    private ApplicationForm hb(Application app, ApplicationEntry... entries) {
        return new ApplicationForm(ScreenLayout.HB, app, List.of(entries));
    }

    private static Map<String, String> check(ApplicationForm form, FormSection section, Map<String, String> values) {
        return form.check(section, null, null, values, null);
    }

    // --- sections shown -------------------------------------------------------------------------------------------

    @Test
    void scReviewShowsTheScSectionsWithAchievementsAndMaterials() {
        assertThat(sc().sections()).containsExactly(BASIC, EDUCATION, QUALIFICATION, SKILL, PROVINCIAL_CERTIFICATE, WORK,
                ACHIEVEMENT, SOCIETY, CONTINUING, ASSESSMENT, MATERIAL);
    }

    @Test
    void scInitialHasNoCommitteeSections() {
        assertThat(new ApplicationForm(ScreenLayout.SC, fixtures.initial(), List.of()).sections())
                .containsExactly(BASIC, EDUCATION, QUALIFICATION, SKILL, PROVINCIAL_CERTIFICATE, WORK, CONTINUING,
                        ASSESSMENT);
    }

    @Test
    void hebeiShowsItsCertificatesAndSupplementInsteadOfTheSichuanOnlySections() {
        assertThat(hb(application).sections()).containsExactly(BASIC, EDUCATION, QUALIFICATION, EXAM_CERTIFICATE, WORK,
                ACHIEVEMENT, SOCIETY, ASSESSMENT, EXPERIENCE, SPECIAL_EXPERIENCE, SUPPLEMENT, MATERIAL);
    }

    @Test
    void onlyHebeiShowsTheWorkExperienceSections() {
        assertThat(sc().sections()).doesNotContain(EXPERIENCE, SPECIAL_EXPERIENCE);
        assertThat(new ApplicationForm(ScreenLayout.SX, application, List.of()).sections())
                .doesNotContain(EXPERIENCE, SPECIAL_EXPERIENCE);
        assertThat(new ApplicationForm(ScreenLayout.HB, fixtures.initial(), List.of()).sections())
                .contains(EXPERIENCE, SPECIAL_EXPERIENCE);
        assertRejected(() -> check(sc(), SPECIAL_EXPERIENCE, specialExperience()), "application.section.notShown");
        assertThat(FormSection.PROFILE).doesNotContain(EXPERIENCE, SPECIAL_EXPERIENCE);
    }

    @Test
    void activitySwitchesAndTheExamMethodAddTheirPages() {
        Activity all = fixtures.activity(11L, new ApplicationFixtures.Switches(EvaluationMethod.EXAM_AND_EXPERT, true,
                true, true), List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        assertThat(new ApplicationForm(ScreenLayout.SC, fixtures.review(all), List.of()).sections())
                .contains(EXAM, PRIMARY_TEACHER, HEALTH, VOCATIONAL_TEACHER);
        Activity healthOnly = fixtures.activity(12L, new ApplicationFixtures.Switches(EvaluationMethod.EXPERT, true,
                false, false), List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        assertThat(new ApplicationForm(ScreenLayout.SC, fixtures.review(healthOnly), List.of()).sections())
                .contains(HEALTH).doesNotContain(EXAM, PRIMARY_TEACHER, VOCATIONAL_TEACHER);
        assertThat(sc().sections()).doesNotContain(EXAM, PRIMARY_TEACHER, HEALTH, VOCATIONAL_TEACHER);
    }

    @Test
    void theProfileKeepsTheSectionsThatCarryOverBetweenYears() {
        assertThat(ApplicationForm.profile(ScreenLayout.SC, ApplicationFixtures.MALE_ID, List.of()).sections())
                .containsExactlyElementsOf(FormSection.PROFILE);
    }

    @Test
    void aSectionTheFormDoesNotShowCannotBeSaved() {
        ApplicationForm initial = new ApplicationForm(ScreenLayout.SC, fixtures.initial(), List.of());
        assertRejected(() -> check(initial, SOCIETY, Map.of("organiser", "x")), "application.section.notShown");
        assertRejected(() -> check(sc(), SUPPLEMENT, Map.of()), "application.section.notShown");
        assertRejected(() -> check(hb(application), CONTINUING, Map.of()), "application.section.notShown");
        assertRejected(() -> check(sc(), MATERIAL, Map.of()), "application.section.filesOnly");
    }

    // --- rules of single entries ---------------------------------------------------------------------------------

    @Test
    void basicInformationIsOneRecord() {
        ApplicationEntry saved = entry(BASIC, basic());
        ApplicationForm form = sc(saved);
        assertRejected(() -> check(form, BASIC, basic()), "application.section.single");
        assertThat(form.check(BASIC, null, null, with(basic(), "ethnicity", "回族"), saved))
                .containsEntry("ethnicity", "回族");
    }

    @Test
    void birthDateAndSexMustAgreeWithTheIdNumber() {
        assertThat(check(sc(), BASIC, with(basic(), "birthDate", "19900101"))).containsEntry("birthDate", "1990-01-01");
        BusinessException e = assertRejected(() -> check(sc(), BASIC, with(basic(), "birthDate", "1990-01-02")),
                "application.basic.birthDateMismatch");
        assertThat(e.getArguments()).containsExactly("1990-01-01");
        assertRejected(() -> check(sc(), BASIC, with(basic(), "sex", "FEMALE")), "application.basic.sexMismatch");

        ApplicationForm woman = new ApplicationForm(ScreenLayout.SC, fixtures.review(activity, ApplicationRoute.NORMAL,
                FEMALE_ID), List.of());
        Map<String, String> her = with(with(basic(), "sex", "FEMALE"), "birthDate", "1985-03-15");
        assertThat(check(woman, BASIC, her)).containsEntry("sex", "FEMALE");
        assertRejected(() -> check(woman, BASIC, with(her, "sex", "MALE")), "application.basic.sexMismatch");
    }

    @Test
    void otherDocumentTypesAreNotComparedWithTheAccountsIdNumber() {
        Map<String, String> passport = with(with(basic(), "documentType", "PASSPORT"), "sex", "FEMALE");
        assertThat(check(sc(), BASIC, with(passport, "birthDate", "1970-05-05"))).containsEntry("sex", "FEMALE");
    }

    @Test
    void theMobileNumberHasElevenDigitsStartingWithOneWhateverTheDocument() {
        assertRejected(() -> check(sc(), BASIC, with(basic(), "mobile", "2380013800")), "application.basic.mobile");
        assertRejected(() -> check(sc(), BASIC, with(basic(), "mobile", "1380013800a")), "application.basic.mobile");
        Map<String, String> passport = with(basic(), "documentType", "PASSPORT");
        assertRejected(() -> check(sc(), BASIC, with(passport, "mobile", "02886000000")), "application.basic.mobile");
    }

    @Test
    void onlyOneFirstAndOneHighestEducation() {
        ApplicationEntry master = entry(EDUCATION, education());
        ApplicationEntry bachelor = entry(EDUCATION, with(with(education(), "first", "YES"), "highest", "NO"));
        ApplicationForm form = sc(master, bachelor);
        assertRejected(() -> check(form, EDUCATION, with(education(), "first", "NO")), "application.education.oneHighest");
        assertRejected(() -> check(form, EDUCATION, with(with(education(), "first", "YES"), "highest", "NO")),
                "application.education.oneFirst");
        assertThat(check(form, EDUCATION, with(education(), "highest", "NO"))).containsEntry("highest", "NO");
        // the entry that holds the flag may keep it when it is changed
        assertThat(form.check(EDUCATION, null, null, with(education(), "school", "华西医学院"), master))
                .containsEntry("highest", "YES");
        assertRejected(() -> form.check(EDUCATION, null, null, with(education(), "first", "YES"), master),
                "application.education.oneFirst");
    }

    @Test
    void onlyOneWorkExperienceRunsToDate() {
        Map<String, String> current = Map.of("startMonth", "2019-07", "employer", "四川省人民医院", "position", "主治医师",
                "witness", "王五", "content", "心内科临床工作");
        ApplicationEntry now = entry(WORK, current);
        ApplicationForm form = sc(now);
        assertRejected(() -> check(form, WORK, with(current, "startMonth", "2015-07")), "application.work.oneCurrent");
        assertThat(check(form, WORK, with(with(current, "startMonth", "2015-07"), "endMonth", "2019-06")))
                .containsEntry("endMonth", "2019-06");
        assertThat(form.check(WORK, null, null, with(current, "position", "副主任医师"), now))
                .doesNotContainKey("endMonth");
    }

    @Test
    void oneAssessmentPerYearWithinAPlausibleRange() {
        ApplicationEntry y2021 = entry(ASSESSMENT, Map.of("year", "2021", "grade", "EXCELLENT"));
        ApplicationForm form = sc(y2021);
        BusinessException e = assertRejected(() -> check(form, ASSESSMENT, Map.of("year", "2021", "grade", "COMPETENT")),
                "application.assessment.duplicateYear");
        assertThat(e.getArguments()).containsExactly("2021");
        assertThat(check(form, ASSESSMENT, Map.of("year", "2022", "grade", "COMPETENT"))).containsEntry("year", "2022");
        assertThat(form.check(ASSESSMENT, null, null, Map.of("year", "2021", "grade", "BASIC"), y2021))
                .containsEntry("grade", "BASIC");
        assertRejected(() -> check(form, ASSESSMENT, Map.of("year", "1949", "grade", "BASIC")),
                "application.assessment.year");
        assertRejected(() -> check(form, ASSESSMENT, Map.of("year", "21", "grade", "BASIC")),
                "application.assessment.year");
        // a number, but not a year: refused with the same clear message, not an internal error
        assertRejected(() -> check(form, ASSESSMENT, Map.of("year", "20.5", "grade", "BASIC")),
                "application.assessment.year");
    }

    private static Map<String, String> specialExperience() {
        return new HashMap<>(Map.of("year", "2021", "kind", "BORDER_AID", "deadline", "2022-06-30",
                "content", "援疆支医一年，任县医院内科主任", "remark", "新疆和田地区人民医院"));
    }

    @Test
    void specialWorkExperienceNeedsEveryFieldAndAKnownKind() {
        ApplicationForm form = hb(application);
        assertThat(check(form, SPECIAL_EXPERIENCE, specialExperience())).containsEntry("kind", "BORDER_AID")
                .containsEntry("deadline", "2022-06-30").containsEntry("year", "2021");
        for (String field : List.of("year", "kind", "deadline", "content", "remark")) {
            Map<String, String> without = specialExperience();
            without.remove(field);
            assertRejected(() -> check(form, SPECIAL_EXPERIENCE, without), "application.field.required");
        }
        assertRejected(() -> check(form, SPECIAL_EXPERIENCE, with(specialExperience(), "kind", "HOLIDAY")),
                "application.field.choice");
        assertRejected(() -> check(form, SPECIAL_EXPERIENCE, with(specialExperience(), "content", "字".repeat(501))),
                "application.field.tooLong");
        assertThat(check(form, SPECIAL_EXPERIENCE, with(specialExperience(), "remark", "字".repeat(500))))
                .containsKey("remark");
        assertThat(Choices.of(Choices.SPECIAL_EXPERIENCE)).containsExactly("BORDER_AID", "PAIRED_ASSISTANCE",
                "GRASSROOTS", "EPIDEMIC", "VILLAGE", "OTHER");
    }

    @Test
    void aWorkExperienceEndsNoEarlierThanItsAssessmentYear() {
        ApplicationForm form = hb(application);
        Map<String, String> experience = new HashMap<>(Map.of("year", "2021", "deadline", "2021-12-31",
                "content", "参与省级重点项目技术攻关", "remark", "无"));
        assertThat(check(form, EXPERIENCE, experience)).containsEntry("deadline", "2021-12-31");
        assertThat(check(form, EXPERIENCE, with(experience, "deadline", "2021-01-01"))).containsKey("deadline");
        assertRejected(() -> check(form, EXPERIENCE, with(experience, "deadline", "2020-12-31")),
                "application.experience.deadlineBeforeYear");
        assertRejected(() -> check(form, SPECIAL_EXPERIENCE, with(specialExperience(), "deadline", "2019-05-01")),
                "application.experience.deadlineBeforeYear");
        assertRejected(() -> check(form, EXPERIENCE, with(experience, "year", "1949")),
                "application.assessment.year");
        assertThat(check(form, EXPERIENCE, with(experience, "year", "2021"))).doesNotContainKey("kind");
    }

    @Test
    void examAndReviewCertificatesNeedTheExamYearAndTheScoreValidity() {
        ApplicationForm form = hb(application);
        Map<String, String> combined = new HashMap<>(Map.of("kind", "EXAM_COMBINED", "series", "卫生技术人员",
                "specialty", "临床医学", "title", "主治医师", "titleLevel", "INTERMEDIATE", "obtainedOn", "2020-06-01"));
        assertRejected(() -> check(form, EXAM_CERTIFICATE, combined), "application.examCertificate.combined");
        assertRejected(() -> check(form, EXAM_CERTIFICATE, with(combined, "examYear", "2020")),
                "application.examCertificate.combined");
        assertRejected(() -> check(form, EXAM_CERTIFICATE, with(combined, "scoreValidUntil", "2024-12-31")),
                "application.examCertificate.combined");
        assertThat(check(form, EXAM_CERTIFICATE, with(with(combined, "examYear", "2020"), "scoreValidUntil",
                "20241231"))).containsEntry("scoreValidUntil", "2024-12-31");
        assertThat(check(form, EXAM_CERTIFICATE, with(combined, "kind", "EXAM_INSTEAD"))).doesNotContainKey("examYear");
    }

    @Test
    void exceptionalApplicantsGiveTheirGroundsInTheSupplement() {
        Map<String, String> supplement = new HashMap<>(Map.of("workStart", "2012-07-01", "health", "健康",
                "adminPost", "无", "currentQualification", "主治医师", "appliedQualification", "副主任医师",
                "introduced", "NO", "score", "92.5", "scoreRank", "3", "recommendRank", "2", "recommendedTotal", "5"));
        ApplicationForm exceptional = hb(fixtures.review(activity, ApplicationRoute.EXCEPTIONAL,
                ApplicationFixtures.MALE_ID));
        assertRejected(() -> check(exceptional, SUPPLEMENT, supplement), "application.supplement.exceptionReason");
        assertRejected(() -> check(exceptional, SUPPLEMENT, with(supplement, "exceptionReason", "  ")),
                "application.supplement.exceptionReason");
        assertThat(check(exceptional, SUPPLEMENT, with(supplement, "exceptionReason", "获省部级科技进步二等奖")))
                .containsKey("exceptionReason");
        assertThat(check(hb(application), SUPPLEMENT, supplement)).doesNotContainKey("exceptionReason");
    }

    @Test
    void achievementsUseATitleAndATemplateTheActivityConfigured() {
        Map<String, String> general = Map.of("startDate", "2023-01-01", "endDate", "2023-12-31", "workName", "心衰诊疗",
                "afterCurrentTitle", "YES");
        assertThat(sc().check(ACHIEVEMENT, AchievementTemplate.GENERAL, 1, general, null)).containsKey("workName");
        assertRejected(() -> sc().check(ACHIEVEMENT, AchievementTemplate.GENERAL, 2, general, null),
                "application.achievement.titleRequired");
        assertRejected(() -> sc().check(ACHIEVEMENT, AchievementTemplate.GENERAL, null, general, null),
                "application.achievement.titleRequired");
        assertRejected(() -> sc().check(ACHIEVEMENT, AchievementTemplate.PAPER, 1, general, null),
                "application.achievement.templateRequired");
        assertRejected(() -> sc().check(ACHIEVEMENT, null, 1, general, null),
                "application.achievement.templateRequired");
    }

    // --- what is missing before 提交 ------------------------------------------------------------------------------

    private List<ApplicationEntry> complete() {
        List<ApplicationEntry> entries = new ArrayList<>();
        entries.add(withFile(entry(BASIC, basic()), "photo"));
        entries.add(withFile(entry(EDUCATION, education()), "diploma"));
        entries.add(entry(WORK, Map.of("startMonth", "2019-07", "employer", "四川省人民医院", "position", "主治医师",
                "witness", "王五", "content", "心内科临床工作")));
        entries.add(withFile(material(1), "files"));
        return entries;
    }

    private static ApplicationEntry material(int position) {
        return new ApplicationEntry(500L, 100L, MATERIAL, null, position, position, Map.of(),
                ApplicationFixtures.NOW);
    }

    @Test
    void anEmptyFormMissesItsMinimumSectionsAndRequiredMaterialsOnly() {
        assertThat(sc().missing()).containsExactly(section(BASIC), section(EDUCATION), section(WORK),
                new Label(Label.LITERAL, "身份证"));
        BusinessException e = assertRejected(() -> sc().requireComplete(), "application.submit.incomplete");
        assertThat(e.getArguments()[0]).isEqualTo(sc().missing());
    }

    @Test
    void aCompleteFormMissesNothing() {
        ApplicationForm form = new ApplicationForm(ScreenLayout.SC, application, complete());
        assertThat(form.missing()).isEmpty();
        form.requireComplete();
    }

    @Test
    void requiredFilesOfSavedEntriesAreMissing() {
        List<ApplicationEntry> entries = complete();
        entries.set(0, entry(BASIC, basic()));
        entries.add(entry(QUALIFICATION, Map.of("series", "卫生技术人员", "specialty", "临床医学", "title", "主治医师",
                "titleLevel", "INTERMEDIATE", "obtainedOn", "2018-01-01")));
        entries.add(entry(CONTINUING, Map.of("startDate", "2024-01-01", "endDate", "2024-01-05", "content", "培训",
                "hours", "48", "organiser", "卫健委")));
        assertThat(new ApplicationForm(ScreenLayout.SC, application, entries).missing())
                .containsExactly(section(BASIC), section(QUALIFICATION));
    }

    @Test
    void aRequiredMaterialNeedsAFileNotJustAnEntry() {
        List<ApplicationEntry> entries = complete();
        entries.set(3, material(1));
        entries.add(material(2));
        assertThat(new ApplicationForm(ScreenLayout.SC, application, entries).missing())
                .containsExactly(new Label(Label.LITERAL, "身份证"));
    }

    @Test
    void oneEducationMustBeTheHighest() {
        List<ApplicationEntry> entries = complete();
        entries.set(1, withFile(entry(EDUCATION, with(education(), "highest", "NO")), "diploma"));
        assertThat(new ApplicationForm(ScreenLayout.SC, application, entries).missing())
                .containsExactly(new Label(FormLabels.FIELDS_BUNDLE, "missing.highestEducation"));
    }

    @Test
    void hebeiNeedsTheSupplementAndInitialApplicationsNeedNoMaterials() {
        assertThat(hb(application, complete().toArray(ApplicationEntry[]::new)).missing())
                .containsExactly(section(SUPPLEMENT));
        List<ApplicationEntry> initial = complete().subList(0, 3);
        assertThat(new ApplicationForm(ScreenLayout.SC, fixtures.initial(), initial).missing()).isEmpty();
    }

    // --- files ---------------------------------------------------------------------------------------------------

    @Test
    void materialSlotsFollowTheActivitysConfiguration() {
        FileSlot slot = ApplicationForm.slotOf(material(1), "files", activity);
        assertThat(slot).isEqualTo(new FileSlot("files", true, 2, AttachmentPurpose.GENERAL_DOCUMENT));
        assertThat(ApplicationForm.slotOf(material(2), "anything", activity).maxCount()).isEqualTo(1);
        assertRejected(() -> ApplicationForm.slotOf(material(9), "files", activity), "application.material.unknown");
        assertRejected(() -> ApplicationForm.materialOf(null, 1), "application.material.unknown");
        assertRejected(() -> ApplicationForm.materialOf(activity, null), "application.material.unknown");
        assertThat(ApplicationForm.slotOf(entry(BASIC, basic()), "photo", activity).purpose())
                .isEqualTo(AttachmentPurpose.APPLICANT_PHOTO);
    }

    @Test
    void endedWorkExperiencesAreTheOnesLockedAfterAPass() {
        assertThat(ApplicationForm.lockedAfterPass(entry(WORK, Map.of("startMonth", "2010-01", "endMonth", "2015-01"))))
                .isTrue();
        assertThat(ApplicationForm.lockedAfterPass(entry(WORK, Map.of("startMonth", "2015-02")))).isFalse();
        assertThat(ApplicationForm.lockedAfterPass(entry(EDUCATION, education()))).isFalse();
    }
}
