package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;

import java.time.LocalDate;

/**
 * The certificate information of a 证书核验 request as the applicant enters it (SPEC §3.8.7): 证书编号, 系列, 级别, 专业,
 * 资格名称, 批准时间, 职称文件文号. The entity checks it ({@link CertificateVerificationRequest#describe}).
 */
public record VerificationDetails(String certificateNo, TitleSeries series, TitleLevel level, String specialty,
                                  String qualificationName, LocalDate approvedOn, String documentNumber) {
}
