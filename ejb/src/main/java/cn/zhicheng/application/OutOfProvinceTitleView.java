package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.review.RequestState;

import java.io.Serializable;
import java.time.LocalDate;

/** A 外省职称确认 request as its owner and its reviewers see it. */
public record OutOfProvinceTitleView(RequestState state, String province, String issuingAuthority, Long seriesId,
                                     String seriesName, TitleLevel level, String specialty, String qualificationName,
                                     LocalDate obtainedOn, String certificateNo, String documentNumber)
        implements Serializable {

    public Long id() {
        return state.id();
    }
}
