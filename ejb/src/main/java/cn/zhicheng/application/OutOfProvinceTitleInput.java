package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serializable;
import java.time.LocalDate;

/** The 外省职称确认 form as posted (SPEC §3.8.10). */
public record OutOfProvinceTitleInput(String province, String issuingAuthority, Long seriesId, TitleLevel level,
                                      String specialty, String qualificationName, LocalDate obtainedOn,
                                      String certificateNo, String documentNumber) implements Serializable {
}
