package cn.zhicheng.job;

import cn.zhicheng.org.Role;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The one door to Jakarta Batch. Job executions belong to the module that started them, so every start, query,
 * stop and restart goes through this EJB; and it runs outside transactions, because the runtime creates its
 * repository tables lazily and a surrounding transaction would roll that back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER,
        Role.Names.COMMITTEE_ADMIN, Role.Names.COMMITTEE_OPERATOR})
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Starts a job; returns the execution id that screens poll. */
    public long start(JobName job, Properties parameters) {
        long executionId = operator().start(job.xmlName(), parameters);
        LOG.info(() -> "event=job_started job=" + job.xmlName() + " execution=" + executionId);
        return executionId;
    }

    /** Restarts a failed or stopped execution with its original parameters; the job resumes from its checkpoint. */
    public long restart(long executionId) {
        JobView current = view(executionId);
        if (!current.isRestartable()) {
            throw new BusinessException("job.restart.notRestartable", current.status().name());
        }
        Properties original = operator().getParameters(executionId);
        long restarted = operator().restart(latestExecutionOf(current.instanceId()), original);
        LOG.info(() -> "event=job_restarted execution=" + executionId + " newExecution=" + restarted);
        return restarted;
    }

    public void stop(long executionId) {
        JobView current = view(executionId);
        if (!current.isRunning()) {
            throw new BusinessException("job.stop.notRunning", current.status().name());
        }
        operator().stop(executionId);
    }

    /** The parameters an execution was started with, so a job's own facade can check whose run it is. */
    public Properties parameters(long executionId) {
        try {
            return operator().getParameters(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new BusinessException("job.notFound", executionId);
        }
    }

    public JobView view(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            JobInstance instance = operator().getJobInstance(executionId);
            return toView(execution, instance);
        } catch (NoSuchJobExecutionException e) {
            throw new BusinessException("job.notFound", executionId);
        }
    }

    /** The latest executions of a job, newest first, at most {@code limit}. */
    public List<JobView> recent(JobName job, int limit) {
        List<JobView> views = new ArrayList<>();
        try {
            int count = Math.min(limit, operator().getJobInstanceCount(job.xmlName()));
            for (JobInstance instance : operator().getJobInstances(job.xmlName(), 0, count)) {
                List<JobExecution> executions = operator().getJobExecutions(instance);
                if (!executions.isEmpty()) {
                    views.add(toView(executions.get(executions.size() - 1), instance));
                }
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        return views;
    }

    private long latestExecutionOf(long instanceId) {
        for (String jobName : operator().getJobNames()) {
            int count = operator().getJobInstanceCount(jobName);
            for (JobInstance instance : operator().getJobInstances(jobName, 0, count)) {
                if (instance.getInstanceId() == instanceId) {
                    return operator().getJobExecutions(instance).stream()
                            .mapToLong(JobExecution::getExecutionId).max().orElseThrow();
                }
            }
        }
        throw new BusinessException("job.notFound", instanceId);
    }

    private JobView toView(JobExecution execution, JobInstance instance) {
        JobProgress progress = em.find(JobProgress.class, instance.getInstanceId());
        return new JobView(execution.getExecutionId(), instance.getInstanceId(),
                JobName.fromXmlName(instance.getJobName()), execution.getBatchStatus(), execution.getExitStatus(),
                toTime(execution.getStartTime()), toTime(execution.getEndTime()),
                progress == null ? null : progress.getTotalItems(),
                progress == null ? 0 : progress.getProcessedItems(),
                progress == null ? 0 : progress.getFailedItems(),
                progress == null ? -1 : progress.percent());
    }

    private static OffsetDateTime toTime(Date date) {
        return date == null ? null : date.toInstant().atZone(Times.ZONE).toOffsetDateTime();
    }
}
