package cn.zhicheng.audit;

import cn.zhicheng.org.Callers;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Writes and reads the flow log (流转日志). Every service that changes a status calls {@link #record} in the same
 * transaction, so a change and its log entry commit or roll back together.
 */
@Stateless
@PermitAll
public class AuditLog {

    private static final int OPINION_MAX = 1000;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** Records a change made by the signed-in caller (or the system when nobody is signed in). */
    public AuditRecord record(String entityType, Long entityId, String action, String fromStatus, String toStatus,
                              String opinion) {
        return record(callers.actor(), entityType, entityId, action, fromStatus, toStatus, opinion);
    }

    public AuditRecord record(AuditRecord.Actor actor, String entityType, Long entityId, String action,
                              String fromStatus, String toStatus, String opinion) {
        AuditRecord entry = new AuditRecord(Times.now(), actor, entityType, entityId, action, fromStatus, toStatus,
                opinion == null || opinion.length() <= OPINION_MAX ? opinion : opinion.substring(0, OPINION_MAX));
        em.persist(entry);
        return entry;
    }

    /** One page of an item's history, newest first, for lists that page in the database. */
    public List<AuditRecord> latest(String entityType, Long entityId, int first, int pageSize) {
        return em.createNamedQuery(AuditRecord.FIND_LATEST_FOR_ENTITY, AuditRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(String entityType, Long entityId) {
        return em.createNamedQuery(AuditRecord.COUNT_FOR_ENTITY, Long.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getSingleResult();
    }

    /** The chronological history of one item. Callers check that the user may see the item itself. */
    public List<AuditRecord> history(String entityType, Long entityId) {
        return em.createNamedQuery(AuditRecord.FIND_FOR_ENTITY, AuditRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }
}
