package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Sex;
import cn.zhicheng.review.PersonalRequestStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.zhicheng.review.PersonalRequestTestData.NOW;
import static cn.zhicheng.review.PersonalRequestTestData.applicant;
import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** 专技人才统计 individual entry (SPEC §3.8.9): the fields the §3.15.4 table counts. */
class TalentStatisticsEntryTest {

    private static final TitleSeries SERIES = new TitleSeries("卫生技术");
    private static final LocalDate BIRTH = LocalDate.of(1990, 1, 1);

    private static TalentDetails details(Sex sex, String ethnicity, LocalDate birth) {
        return new TalentDetails(SERIES, TalentCategory.INTERMEDIATE, sex, ethnicity, PoliticalStatus.CPC_MEMBER,
                false, EducationLevel.MASTER, birth);
    }

    @Test
    void everyFieldIsRequired() {
        TalentStatisticsEntry entry = new TalentStatisticsEntry(applicant(3L), NOW);
        assertRejected(() -> entry.describe(new TalentDetails(null, TalentCategory.JUNIOR, Sex.MALE, "汉族",
                PoliticalStatus.MASSES, false, EducationLevel.BACHELOR, BIRTH)), "talentEntry.series.required");
        assertRejected(() -> entry.describe(new TalentDetails(SERIES, null, Sex.MALE, "汉族",
                PoliticalStatus.MASSES, false, EducationLevel.BACHELOR, BIRTH)), "talentEntry.category.required");
        assertRejected(() -> entry.describe(new TalentDetails(SERIES, TalentCategory.JUNIOR, null, "汉族",
                PoliticalStatus.MASSES, false, EducationLevel.BACHELOR, BIRTH)), "talentEntry.sex.required");
        assertRejected(() -> entry.describe(details(Sex.MALE, " ", BIRTH)), "talentEntry.ethnicity.required");
        assertRejected(() -> entry.describe(details(Sex.MALE, "族".repeat(21), BIRTH)), "talentEntry.ethnicity.tooLong");
        assertRejected(() -> entry.describe(new TalentDetails(SERIES, TalentCategory.JUNIOR, Sex.MALE, "汉族",
                null, false, EducationLevel.BACHELOR, BIRTH)), "talentEntry.politicalStatus.required");
        assertRejected(() -> entry.describe(new TalentDetails(SERIES, TalentCategory.JUNIOR, Sex.MALE, "汉族",
                PoliticalStatus.MASSES, false, null, BIRTH)), "talentEntry.education.required");
        assertRejected(() -> entry.describe(details(Sex.MALE, "汉族", null)), "talentEntry.birthDate.required");
    }

    @Test
    void sexAndBirthDateMustAgreeWithTheIdNumber() {
        TalentStatisticsEntry entry = new TalentStatisticsEntry(applicant(3L), NOW);
        assertRejected(() -> entry.describe(details(Sex.FEMALE, "汉族", BIRTH)), "talentEntry.sex.mismatch");
        assertRejected(() -> entry.describe(details(Sex.MALE, "汉族", BIRTH.plusDays(1))),
                "talentEntry.birthDate.mismatch");
        entry.describe(details(Sex.MALE, "彝族", BIRTH));
        assertThat(entry.isEthnicMinority()).isTrue();
        assertThat(entry.getPoliticalStatus().isPartyMember()).isTrue();
    }

    @Test
    void hanIsNotAMinority() {
        TalentStatisticsEntry entry = new TalentStatisticsEntry(applicant(3L), NOW);
        entry.describe(details(Sex.MALE, "汉族", BIRTH));
        assertThat(entry.isEthnicMinority()).isFalse();
    }

    @Test
    void itGoesToTheEmployerWithoutAttachments() {
        TalentStatisticsEntry entry = new TalentStatisticsEntry(applicant(3L), NOW);
        entry.describe(details(Sex.MALE, "汉族", BIRTH));
        entry.submit(List.of(5L, 6L), NOW);
        assertThat(entry.getStatus()).isEqualTo(PersonalRequestStatus.SUBMITTED);
        assertThat(entry.employerUnitId()).isEqualTo(5L);
    }
}
