package cn.zhicheng.job;

import cn.zhicheng.shared.Times;
import cn.zhicheng.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Updates a job's progress inside the chunk's transaction, so progress and written rows commit together and a
 * restarted job counts on from what was really committed. Jobs run with the identity of whoever started them, so the
 * roles are those that may start jobs.
 */
@Stateless
@RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER,
        Role.Names.COMMITTEE_ADMIN, Role.Names.COMMITTEE_OPERATOR})
public class JobProgressTracker {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public void total(long instanceId, String jobName, long total) {
        progressOf(instanceId, jobName).total(total, Times.now());
    }

    public void advance(long instanceId, String jobName, long processed, long failed) {
        progressOf(instanceId, jobName).advance(processed, failed, Times.now());
    }

    /** The items committed so far (processed and failed): where a restarted run's count goes on from. */
    public long done(long instanceId) {
        JobProgress progress = em.find(JobProgress.class, instanceId);
        return progress == null ? 0 : progress.getProcessedItems() + progress.getFailedItems();
    }

    private JobProgress progressOf(long instanceId, String jobName) {
        JobProgress progress = em.find(JobProgress.class, instanceId, LockModeType.PESSIMISTIC_WRITE);
        if (progress == null) {
            progress = new JobProgress(instanceId, jobName, Times.now());
            em.persist(progress);
        }
        return progress;
    }
}
