package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serializable;
import java.time.LocalDate;

/** The 证书核验 form as posted (SPEC §3.8.7); the organisation is the drop-down's {@link OrganisationOption#key()}. */
public record VerificationInput(String certificateNo, Long seriesId, TitleLevel level, String specialty,
                                String qualificationName, String organisation, LocalDate approvedOn,
                                String documentNumber) implements Serializable {
}
