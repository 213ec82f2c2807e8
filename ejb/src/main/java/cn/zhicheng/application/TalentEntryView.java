package cn.zhicheng.application;

import cn.zhicheng.org.Sex;
import cn.zhicheng.review.RequestState;

import java.io.Serializable;
import java.time.LocalDate;

/** A 专技人才统计 entry as its owner and its reviewers see it. */
public record TalentEntryView(RequestState state, Long seriesId, String seriesName, TalentCategory category, Sex sex,
                              String ethnicity, PoliticalStatus politicalStatus, boolean foreignOrHkMacaoTaiwan,
                              EducationLevel education, LocalDate birthDate) implements Serializable {

    public Long id() {
        return state.id();
    }
}
