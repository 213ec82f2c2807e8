package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Label;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Field-level checks of one form entry (SPEC §3.8.4): each refusal names the field it is about. */
class EntryValuesTest {

    private static Map<String, String> check(FormSection section, Map<String, String> raw) {
        return EntryValues.check(key -> EntryValues.label(section, key), section.fields(), raw);
    }

    private static Map<String, String> continuing(String start, String end) {
        Map<String, String> values = new HashMap<>(Map.of("content", "全科医学继续教育", "hours", "48",
                "organiser", "四川省卫生健康委员会"));
        values.put("startDate", start);
        values.put("endDate", end);
        return values;
    }

    private static Map<String, String> work(String start, String end) {
        Map<String, String> values = new HashMap<>(Map.of("employer", "四川省人民医院", "position", "主治医师",
                "witness", "王五", "content", "心内科临床工作"));
        values.put("startMonth", start);
        values.put("endMonth", end);
        return values;
    }

    private static Label labelOf(BusinessException e) {
        return (Label) e.getArguments()[0];
    }

    @Test
    void requiredFieldsAreNamedAndBlankCountsAsMissing() {
        Map<String, String> values = continuing("2024-01-01", "2024-01-05");
        values.put("organiser", "   ");
        BusinessException e = assertRejected(() -> check(FormSection.CONTINUING, values), "application.field.required");
        assertThat(labelOf(e)).isEqualTo(new Label(FormLabels.FIELDS_BUNDLE, "field.CONTINUING.organiser"));
        assertThat(labelOf(e).text(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo("field.CONTINUING.organiser");
        values.remove("organiser");
        assertRejected(() -> check(FormSection.CONTINUING, values), "application.field.required");
        assertRejected(() -> check(FormSection.CONTINUING, null), "application.field.required");
    }

    @Test
    void optionalBlankFieldsAreDroppedAndValuesStripped() {
        Map<String, String> values = work(" 2019-07 ", "  ");
        values.put("witness", "  王五 ");
        Map<String, String> result = check(FormSection.WORK, values);
        assertThat(result).doesNotContainKey("endMonth").containsEntry("startMonth", "2019-07")
                .containsEntry("witness", "王五");
        assertThat(result.keySet()).containsExactly("startMonth", "employer", "position", "witness", "content");
    }

    @Test
    void textLongerThanItsMaximumIsRefusedWithBothLengths() {
        Map<String, String> values = work("2019-07", null);
        values.put("witness", "王".repeat(37));
        BusinessException e = assertRejected(() -> check(FormSection.WORK, values), "application.field.tooLong");
        assertThat(e.getArguments()).containsExactly(new Label(FormLabels.FIELDS_BUNDLE, "field.WORK.witness"), 36, 37);
        values.put("witness", "王".repeat(36));
        assertThat(check(FormSection.WORK, values)).containsEntry("witness", "王".repeat(36));
        Map<String, String> summary = basic();
        summary.put("summary", "绩".repeat(401));
        assertRejected(() -> check(FormSection.BASIC, summary), "application.field.tooLong");
    }

    @Test
    void datesAreAcceptedAsIsoOrCompactAndNormalisedToIso() {
        assertThat(check(FormSection.CONTINUING, continuing("2024-01-01", "20240105")))
                .containsEntry("startDate", "2024-01-01").containsEntry("endDate", "2024-01-05");
        assertThat(check(FormSection.CONTINUING, continuing("20240229", "2024-02-29")))
                .containsEntry("startDate", "2024-02-29");
    }

    @Test
    void datesThatDoNotExistOrAreMisshapenAreRefused() {
        for (String bad : List.of("2023-02-30", "20230230", "2023-13-01", "2023-2-1", "2023/01/01", "01.01.2023",
                "abc", "2023-02-29", "202301011")) {
            BusinessException e = assertRejected(() -> check(FormSection.CONTINUING, continuing(bad, "2024-01-05")),
                    "application.field.date");
            assertThat(e.getArguments()).containsExactly(
                    new Label(FormLabels.FIELDS_BUNDLE, "field.CONTINUING.startDate"), bad);
        }
    }

    @Test
    void monthsAreYearDashMonth() {
        assertThat(check(FormSection.WORK, work("2019-07", "2020-12"))).containsEntry("endMonth", "2020-12");
        for (String bad : List.of("2019-13", "2019-7", "201907", "2019-07-01", "07-2019", "2019年7月")) {
            assertRejected(() -> check(FormSection.WORK, work(bad, null)), "application.field.month");
        }
    }

    @Test
    void numbersAreDigitsWithAnOptionalDecimalPart() {
        assertThat(check(FormSection.CONTINUING, with(continuing("2024-01-01", "2024-01-05"), "hours", "12.5")))
                .containsEntry("hours", "12.5");
        for (String bad : List.of("-3", "1e3", "4八", "1,000", ".5", "5.", "十")) {
            assertRejected(() -> check(FormSection.CONTINUING, with(continuing("2024-01-01", "2024-01-05"), "hours",
                    bad)), "application.field.number");
        }
        assertRejected(() -> check(FormSection.CONTINUING, with(continuing("2024-01-01", "2024-01-05"), "hours",
                "12345")), "application.field.tooLong");
    }

    @Test
    void dropdownValuesMustBeCodesOfTheirList() {
        Map<String, String> values = education();
        assertThat(check(FormSection.EDUCATION, values)).containsEntry("education", "MASTER");
        BusinessException e = assertRejected(() -> check(FormSection.EDUCATION, with(values, "education", "硕士")),
                "application.field.choice");
        assertThat(e.getArguments()).containsExactly(
                new Label(FormLabels.FIELDS_BUNDLE, "field.EDUCATION.education"), "硕士");
        assertRejected(() -> check(FormSection.EDUCATION, with(values, "degree", "master")), "application.field.choice");
        assertRejected(() -> check(FormSection.EDUCATION, with(values, "first", "是")), "application.field.choice");
        assertRejected(() -> check(FormSection.EDUCATION, with(values, "first", "TRUE")), "application.field.choice");
    }

    @Test
    void periodsMayNotEndBeforeTheyStart() {
        BusinessException e = assertRejected(() -> check(FormSection.WORK, work("2020-01", "2019-12")),
                "application.field.periodOrder");
        assertThat(e.getArguments()).containsExactly(new Label(FormLabels.FIELDS_BUNDLE, "field.WORK.endMonth"),
                new Label(FormLabels.FIELDS_BUNDLE, "field.WORK.startMonth"));
        assertThat(check(FormSection.WORK, work("2020-01", "2020-01"))).containsEntry("endMonth", "2020-01");
        assertRejected(() -> check(FormSection.CONTINUING, continuing("2024-01-05", "20240104")),
                "application.field.periodOrder");
        assertRejected(() -> check(FormSection.EDUCATION, with(education(), "endMonth", "2009-08")),
                "application.field.periodOrder");
    }

    @Test
    void achievementFieldsFollowTheirTemplateWithTheActivityScreensLabels() {
        List<FormField> fields = ApplicationForm.fieldsOf(FormSection.ACHIEVEMENT, AchievementTemplate.GENERAL);
        Map<String, String> raw = Map.of("startDate", "20240101", "endDate", "2023-12-31", "workName", "心衰诊疗",
                "afterCurrentTitle", "YES");
        BusinessException e = assertRejected(() -> EntryValues.check(
                key -> EntryValues.label(AchievementTemplate.GENERAL, key), fields, raw), "application.field.periodOrder");
        assertThat(e.getArguments()[0]).isEqualTo(new Label(FormLabels.WEB_BUNDLE, "AchievementField.GENERAL.endDate"));
        assertRejected(() -> ApplicationForm.fieldsOf(FormSection.ACHIEVEMENT, null),
                "application.achievement.templateRequired");
    }

    static Map<String, String> education() {
        return new HashMap<>(Map.of("startMonth", "2010-09", "endMonth", "2013-07", "school", "四川大学",
                "major", "临床医学", "schooling", "Y3", "education", "MASTER", "degree", "MASTER", "first", "NO",
                "highest", "YES"));
    }

    static Map<String, String> basic() {
        return new HashMap<>(Map.of("documentType", "RESIDENT_ID", "sex", "MALE", "ethnicity", "汉族",
                "birthDate", "1990-01-01", "political", "CPC", "mobile", "13800138000",
                "summary", "从事心内科临床工作十年，主持省级课题两项。"));
    }

    static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return copy;
    }
}
