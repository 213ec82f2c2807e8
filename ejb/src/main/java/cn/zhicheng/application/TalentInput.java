package cn.zhicheng.application;

import cn.zhicheng.org.Sex;

import java.io.Serializable;
import java.time.LocalDate;

/** The 专技人才统计 form as posted (SPEC §3.8.9). */
public record TalentInput(Long seriesId, TalentCategory category, Sex sex, String ethnicity,
                          PoliticalStatus politicalStatus, boolean foreignOrHkMacaoTaiwan, EducationLevel education,
                          LocalDate birthDate) implements Serializable {
}
