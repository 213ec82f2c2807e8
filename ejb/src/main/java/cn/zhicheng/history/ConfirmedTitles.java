package cn.zhicheng.history;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Unit;
import cn.zhicheng.review.PersonalRequest;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 职称确认审核 → historical certificate data (SPEC §3.15.5, §3.13.5): when the last reviewing unit passes a
 * 外省职称确认 or 证书核验, the title becomes, in the same transaction, one record of an approved batch collected and
 * issued by that unit, so it waits in that unit's 历史证书生成 (待发证). The batch's flow log says which request made
 * it; the request's flow log names the batch. A request yields at most one record (unique source column); a title the
 * historical data already hold (same person, series, level and 文号) is not stored twice: the request's flow log says
 * so instead. Called by the request kinds' services inside their {@code pass}, which check the caller's role.
 */
@Stateless
@PermitAll
public class ConfirmedTitles {

    static final String HISTORY_CREATED = "HISTORY_CREATED";
    static final String HISTORY_EXISTS = "HISTORY_EXISTS";
    static final String CREATED_FROM_REQUEST = "CREATED_FROM_REQUEST";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    /**
     * Stores the title of a request its last unit has just passed and returns the record — the existing one when the
     * request or the same title is already in the historical data.
     */
    public HistoryRecord record(PersonalRequest request, ConfirmedTitle title) {
        Optional<HistoryRecord> made = bySource(title.sourceType(), title.sourceId());
        if (made.isPresent()) {
            return made.get();
        }
        String status = request.getStatus().name();
        Optional<HistoryRecord> same = sameTitle(title);
        if (same.isPresent()) {
            auditLog.record(title.sourceType(), title.sourceId(), HISTORY_EXISTS, status, status,
                    "历史证书数据中已有该职称（批次 #" + same.get().getBatchId() + "），未重复生成");
            return same.get();
        }
        List<Long> path = request.path();
        Unit approver = em.find(Unit.class, path.get(path.size() - 1));
        Account reviewer = callers.current();
        OffsetDateTime now = Times.now();
        HistoryBatch batch = HistoryBatch.confirmedBy(approver, title, reviewer.getLoginName(),
                reviewer.getDisplayName(), now);
        em.persist(batch);
        em.flush();
        HistoryRecord record = HistoryRecord.confirmed(batch.getId(), title, workUnitOf(request), now.toLocalDate(),
                now);
        em.persist(record);
        auditLog.record(HistoryUploads.ENTITY, batch.getId(), CREATED_FROM_REQUEST, null, batch.getStatus().name(),
                title.origin());
        auditLog.record(title.sourceType(), title.sourceId(), HISTORY_CREATED, status, status,
                "已生成历史证书数据（批次 #" + batch.getId() + "），待" + approver.getName() + "发证");
        return record;
    }

    /** The record a request made, if any. */
    public Optional<HistoryRecord> bySource(String sourceType, Long sourceId) {
        return em.createQuery("select r from HistoryRecord r where r.sourceRequestType = :type"
                        + " and r.sourceRequestId = :id", HistoryRecord.class)
                .setParameter("type", sourceType).setParameter("id", sourceId)
                .getResultStream().findFirst();
    }

    /** The duplicate rule of SPEC §3.13.2 (the unique index of history_record). */
    private Optional<HistoryRecord> sameTitle(ConfirmedTitle title) {
        return em.createQuery("select r from HistoryRecord r where r.idNumber = :idNumber"
                        + " and r.seriesName = :series and r.level = :level and r.documentNumber = :number",
                        HistoryRecord.class)
                .setParameter("idNumber", title.idNumber()).setParameter("series", title.seriesName())
                .setParameter("level", title.level()).setParameter("number", title.documentNumber())
                .getResultStream().findFirst();
    }

    /** The holder's employer (工作单位) at the final pass, if they have one. */
    private String workUnitOf(PersonalRequest request) {
        Account holder = em.find(Account.class, request.getApplicantAccountId());
        return holder == null ? null : holder.employer().map(Unit::getName).orElse(null);
    }
}
