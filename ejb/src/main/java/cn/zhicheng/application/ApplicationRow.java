package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A line of 我的申报 (SPEC §3.8.6) with what the applicant may do with it now. */
public record ApplicationRow(Long id, ApplicationKind kind, int year, String committeeName, String activityName,
                             String seriesName, TitleLevel level, String specialty, String qualificationName,
                             ApplicationStatus status, OffsetDateTime submittedAt, OffsetDateTime deadline,
                             String lastOpinion, boolean editable, boolean withdrawable, boolean discardable)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
