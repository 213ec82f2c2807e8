package cn.zhicheng.certificate;

import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobName;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Properties;

/**
 * 【发证】 of an issuance batch (SPEC §3.12 step 4): moves the batch to generation in its own transaction, then
 * starts the {@code certificateGeneration} job outside any transaction (Jakarta Batch requires it); the issuing unit
 * follows the run and restarts it after a failure. Every call checks the batch is the caller's unit's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class CertificateJobs {

    static final String BATCH = "batchId";

    @EJB
    private BatchJobs jobs;

    @EJB
    private CertificateIssuance issuance;

    /** Issues the batch; returns the job execution id. */
    public long issue(Long batchId) {
        return issue(batchId, new Properties());
    }

    /** As {@link #issue(Long)} with extra job parameters ({@code chunkSize}, {@code failAtItem} for drills). */
    public long issue(Long batchId, Properties extra) {
        issuance.startIssue(batchId);
        return start(batchId, extra);
    }

    private long start(Long batchId, Properties extra) {
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty(BATCH, batchId.toString());
        long execution = jobs.start(JobName.CERTIFICATE_GENERATION, parameters);
        issuance.recordJob(batchId, execution);
        return execution;
    }

    /** The batch's latest run, or null before 【发证】. */
    public JobView run(Long batchId) {
        Long execution = issuance.batch(batchId).jobExecutionId();
        return execution == null ? null : jobs.view(execution);
    }

    /** Restarts the batch's failed or stopped run; it continues with the certificates not yet issued. */
    public long restart(Long batchId) {
        Long execution = issuance.batch(batchId).jobExecutionId();
        if (execution == null) {
            // 【发证】 committed but the job never started (server stopped in between): start it now
            return start(batchId, new Properties());
        }
        long restarted = jobs.restart(execution);
        issuance.recordJob(batchId, restarted);
        return restarted;
    }
}
