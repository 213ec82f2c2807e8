package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;

import java.time.LocalDate;

/**
 * A title obtained in another province as the applicant enters it (SPEC §3.8.10): 原发证省份, 发证机构, 系列, 级别, 专业,
 * 资格名称, 取得时间, 证书编号, 文号. Checked by {@link OutOfProvinceTitleConfirmation#describe}.
 */
public record OutOfProvinceTitleDetails(String province, String issuingAuthority, TitleSeries series, TitleLevel level,
                                        String specialty, String qualificationName, LocalDate obtainedOn,
                                        String certificateNo, String documentNumber) {
}
