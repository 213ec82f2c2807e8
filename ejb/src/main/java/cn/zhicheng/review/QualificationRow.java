package cn.zhicheng.review;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One row of the 资格审核 list (SPEC §3.9.5 columns): the ID number masked; {@code version} goes back with the
 * decision so that a stale screen is refused (SPEC §4.3).
 */
public record QualificationRow(Long id, long version, String name, String maskedIdNumber, String departmentName,
                               String seriesName, String specialty, String qualificationName, TitleLevel level,
                               ApplicationRoute route, ApplicationStatus status, OffsetDateTime submittedAt,
                               OffsetDateTime returnDeadline, String lastOpinion, boolean decidable)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
