package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serializable;
import java.time.LocalDate;

/** One title of the applicant known to the system (我的证书, SPEC §3.8.7): a reviewed historical certificate. */
public record CertificateRow(Long id, String seriesName, TitleLevel level, String qualificationName, String specialty,
                             String institution, LocalDate approvedOn, String documentNumber, String certificateNo)
        implements Serializable {
}
