package cn.zhicheng.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * Progress of one batch job instance, written by the job in the same transaction as each chunk, so the figure a
 * screen polls always matches what is committed (the runtime's step metrics read 0 while a job runs).
 * Keyed by the job instance, so a restart continues the same figure.
 */
@Entity
@Table(name = "job_progress")
public class JobProgress {

    @Id
    @Column(name = "instance_id")
    private Long instanceId;

    @Column(name = "job_name", nullable = false, length = 80)
    private String jobName;

    @Column(name = "total_items")
    private Long totalItems;

    @Column(name = "processed_items", nullable = false)
    private long processedItems;

    @Column(name = "failed_items", nullable = false)
    private long failedItems;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected JobProgress() {
    }

    public JobProgress(Long instanceId, String jobName, OffsetDateTime now) {
        this.instanceId = instanceId;
        this.jobName = jobName;
        this.updatedAt = now;
    }

    public void total(long total, OffsetDateTime now) {
        this.totalItems = total;
        this.updatedAt = now;
    }

    public void advance(long processed, long failed, OffsetDateTime now) {
        this.processedItems += processed;
        this.failedItems += failed;
        this.updatedAt = now;
    }

    /** Percentage 0–100, or -1 while the total is not yet known. */
    public int percent() {
        if (totalItems == null) {
            return -1;
        }
        if (totalItems == 0) {
            return 100;
        }
        return (int) Math.min(100, (processedItems + failedItems) * 100 / totalItems);
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public String getJobName() {
        return jobName;
    }

    public Long getTotalItems() {
        return totalItems;
    }

    public long getProcessedItems() {
        return processedItems;
    }

    public long getFailedItems() {
        return failedItems;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
