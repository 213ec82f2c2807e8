package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Sex;

import java.time.LocalDate;

/** The 专技人才 information the applicant enters (SPEC §3.8.9); checked by {@link TalentStatisticsEntry#describe}. */
public record TalentDetails(TitleSeries series, TalentCategory category, Sex sex, String ethnicity,
                            PoliticalStatus politicalStatus, boolean foreignOrHkMacaoTaiwan, EducationLevel education,
                            LocalDate birthDate) {
}
