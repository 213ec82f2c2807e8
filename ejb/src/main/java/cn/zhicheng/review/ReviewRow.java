package cn.zhicheng.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One row of a unit review list (SPEC §3.9.2 columns); the ID number is masked. {@code seriesCategory} is the HB
 * 申报类别 (the series' category, null when none); SC shows {@code route} under that heading.
 */
public record ReviewRow(Long id, long version, String applicantName, String maskedIdNumber, String employerName,
                        ApplicationKind kind, ApplicationRoute route, String seriesCategory, String seriesName,
                        TitleLevel level,
                        String specialty, OffsetDateTime submittedAt, String committeeName,
                        ApplicationStatus status, boolean actionable) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
