package cn.zhicheng.activity;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of 评审活动发布 / 评审活动发布审核 (SPEC §3.7.1 list columns). */
public record ActivityRow(Long id, String name, String committeeName, String seriesName, int year,
                          ActivityCategory category, OffsetDateTime applyStart, OffsetDateTime firstSubmitDeadline,
                          ActivityStatus status, String waitingUnitName, int waitingLevel, String lastOpinion,
                          boolean editable, boolean complete, OffsetDateTime submittedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
