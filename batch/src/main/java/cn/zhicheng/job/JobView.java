package cn.zhicheng.job;

import jakarta.batch.runtime.BatchStatus;

import java.time.OffsetDateTime;

/** What a screen shows of one job execution, with our own progress figure. */
public record JobView(long executionId, long instanceId, JobName job, BatchStatus status, String exitStatus,
                      OffsetDateTime startedAt, OffsetDateTime endedAt, Long totalItems, long processedItems,
                      long failedItems, int percent) {

    public boolean isRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    public boolean isRestartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }
}
