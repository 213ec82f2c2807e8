package cn.zhicheng.history;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 数据审核 (SPEC §3.13.4): the batches waiting at the caller's unit, 审核通过 (on to the next level, finally the issuer:
 * 审核通过, ready for certificates), 审核退回 with a reason back to the collecting unit, both for several batches at
 * once (批量审核), and the 任职资格文件人员名单校验. Every change is one audit record (流转日志).
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class HistoryReviews {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private AuditLog auditLog;

    /** The batches at the caller's unit's level, oldest submission first. */
    public List<BatchRow> pending(int first, int pageSize) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        return uploads.rows(em.createQuery("select b from HistoryBatch b where b.reviewUnitId = :u and b.status = :s"
                        + " order by b.submittedAt, b.id", HistoryBatch.class)
                .setParameter("u", own.getId()).setParameter("s", HistoryBatchStatus.IN_REVIEW)
                .setFirstResult(first).setMaxResults(pageSize).getResultList());
    }

    public long countPending() {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        return em.createQuery("select count(b) from HistoryBatch b where b.reviewUnitId = :u and b.status = :s",
                        Long.class).setParameter("u", own.getId()).setParameter("s", HistoryBatchStatus.IN_REVIEW)
                .getSingleResult();
    }

    /** Batches waiting at the caller's unit (home to-do "历史职称数据待审核"); 0 without the permission. */
    @PermitAll
    public long countPendingOfCaller() {
        return permissions.callerHas(Permission.HISTORY_REVIEW) ? countPending() : 0;
    }

    /** 审核通过 (one batch, 一键审核, or the ticked ones, 批量审核). */
    public int pass(List<Long> batchIds) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        for (HistoryBatch batch : load(batchIds)) {
            String from = label(batch);
            batch.pass(own.getId(), Times.now());
            auditLog.record(HistoryUploads.ENTITY, batch.getId(),
                    batch.getStatus() == HistoryBatchStatus.APPROVED ? "APPROVED" : "LEVEL_PASSED", from,
                    label(batch), null);
        }
        return batchIds.size();
    }

    /** 审核退回 with the reason the collecting unit sees. */
    public int returnWith(List<Long> batchIds, String reason) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        for (HistoryBatch batch : load(batchIds)) {
            String from = label(batch);
            batch.returnWith(own.getId(), reason);
            auditLog.record(HistoryUploads.ENTITY, batch.getId(), "RETURNED", from, label(batch),
                    batch.getReturnReason());
        }
        return batchIds.size();
    }

    /** The status as the flow log stores it: IN_REVIEW carries its level (IN_REVIEW_1 = 待复审, …). */
    private static String label(HistoryBatch batch) {
        return batch.getStatus() == HistoryBatchStatus.IN_REVIEW && batch.getPosition() > 0
                ? batch.getStatus().name() + "_" + batch.getPosition() : batch.getStatus().name();
    }

    private List<HistoryBatch> load(List<Long> batchIds) {
        if (batchIds == null || batchIds.isEmpty()) {
            throw new BusinessException("history.review.selectionEmpty");
        }
        List<HistoryBatch> batches = new ArrayList<>();
        for (Long id : batchIds) {
            batches.add(uploads.find(id));
        }
        return batches;
    }

    /**
     * 任职资格文件人员名单校验: the names pasted from the file, separated by blanks (full-width too), commas or line
     * breaks; each record of the batch shows 存在 when its name is among them, else 不存在.
     */
    public List<NameCheck> verifyNames(Long batchId, String pasted) {
        uploads.visible(batchId);
        Set<String> names = new HashSet<>(Arrays.asList((pasted == null ? "" : pasted.strip())
                .split("[\\s\\u3000,，、;；]+")));
        names.remove("");
        List<String> recordNames = em.createQuery("select r.name from HistoryRecord r where r.batchId = :b"
                + " order by r.rowNumber, r.id", String.class).setParameter("b", batchId).getResultList();
        List<NameCheck> result = new ArrayList<>(recordNames.size());
        for (int i = 0; i < recordNames.size(); i++) {
            result.add(new NameCheck(i + 1, recordNames.get(i), names.contains(recordNames.get(i))));
        }
        return result;
    }
}
