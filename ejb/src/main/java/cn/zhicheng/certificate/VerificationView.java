package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.review.RequestState;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A 证书核验 request as its owner and its reviewer see it. */
public record VerificationView(RequestState state, String certificateNo, Long seriesId, String seriesName,
                               TitleLevel level, String specialty, String qualificationName, String organisationKey,
                               String organisationName, LocalDate approvedOn, String documentNumber,
                               OffsetDateTime insuranceSyncedAt, String insuranceUnitName, Boolean insured)
        implements Serializable {

    public Long id() {
        return state.id();
    }
}
