package cn.zhicheng.history;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.review.Advance;
import cn.zhicheng.review.MultiPostConfig;
import cn.zhicheng.review.MultiPostReview;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.review.ReviewLevel;
import cn.zhicheng.review.ReviewPosition;
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
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 数据审核 (SPEC §3.13.4): the batches waiting at the caller's unit, 审核通过 (on to the next level, finally the issuer:
 * 审核通过, ready for certificates), 审核退回 with a reason back to the collecting unit, both for several batches at
 * once (批量审核), and the 任职资格文件人员名单校验. Every change is one audit record (流转日志).
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class HistoryReviews {

    /** The multi-post item type of every unit's review of a batch (SPEC §3.3). */
    public static final ReviewItemType TYPE = ReviewItemType.HISTORY_DATA;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private AuditLog auditLog;

    @EJB
    private MultiPostReview multiPost;

    @EJB
    private Callers callers;

    /**
     * The batches at the caller's unit's level and at an internal (multi-post) level the caller acts at, oldest
     * submission first.
     */
    public List<BatchRow> pending(int first, int pageSize) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        Optional<Set<Integer>> levels = actingLevels(own);
        TypedQuery<HistoryBatch> query = em.createQuery("select b from HistoryBatch b where b.reviewUnitId = :u"
                + " and b.status = :s" + levels.map(l -> " and b.reviewLevel in :levels").orElse("")
                + " order by b.submittedAt, b.id", HistoryBatch.class);
        query.setParameter("u", own.getId()).setParameter("s", HistoryBatchStatus.IN_REVIEW);
        levels.ifPresent(l -> query.setParameter("levels", l));
        return uploads.rows(query.setFirstResult(first).setMaxResults(pageSize).getResultList());
    }

    public long countPending() {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        Optional<Set<Integer>> levels = actingLevels(own);
        TypedQuery<Long> query = em.createQuery("select count(b) from HistoryBatch b where b.reviewUnitId = :u"
                + " and b.status = :s" + levels.map(l -> " and b.reviewLevel in :levels").orElse(""), Long.class);
        query.setParameter("u", own.getId()).setParameter("s", HistoryBatchStatus.IN_REVIEW);
        levels.ifPresent(l -> query.setParameter("levels", l));
        return query.getSingleResult();
    }

    /** False when the caller's unit has no levels for 历史职称数据审核: one step by any reviewer of the unit. */
    public boolean isMultiPostConfigured() {
        return multiPost.isConfigured(permissions.require(Permission.HISTORY_REVIEW), TYPE);
    }

    /**
     * The internal levels of the caller's unit the caller may act at: empty Optional = every level (no multi-post
     * configuration); otherwise a set, {-1} meaning none.
     */
    private Optional<Set<Integer>> actingLevels(Unit own) {
        Optional<MultiPostConfig> config = multiPost.findConfig(own.getId(), TYPE)
                .filter(MultiPostConfig::isConfigured);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Account caller = callers.current();
        Set<Integer> levels = new LinkedHashSet<>();
        for (ReviewLevel level : config.get().getLevels()) {
            if (config.get().mayAct(caller, ReviewPosition.of(own.getId(), level.getNumber()))) {
                levels.add(level.getNumber());
            }
        }
        return Optional.of(levels.isEmpty() ? Set.of(-1) : levels);
    }

    /** Batches waiting at the caller's unit (home to-do "历史职称数据待审核"); 0 without the permission. */
    @PermitAll
    public long countPendingOfCaller() {
        return permissions.callerHas(Permission.HISTORY_REVIEW) ? countPending() : 0;
    }

    /**
     * 审核通过 (one batch, 一键审核, or the ticked ones, 批量审核): to the next internal level of the caller's unit per its
     * 多岗审核配置 (SPEC §3.3), after the last one to the next unit of the path, after the issuer approved (ready for
     * certificates). A 初定/确认/委托评审 batch's path is its issuing authority alone: its internal review only.
     */
    public int pass(List<Long> batchIds) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        for (HistoryBatch batch : load(batchIds)) {
            ReviewPosition at = requireActionable(batch, own);
            String from = label(batch);
            Advance advance = multiPost.advance(at, TYPE);
            if (!advance.isLeavingUnit()) {
                batch.passLevel(own.getId(), advance.next().orElseThrow());
                auditLog.record(HistoryUploads.ENTITY, batch.getId(), "LEVEL_PASSED", from, label(batch),
                        own.getName() + "第" + at.getLevel() + "级审核通过");
                continue;
            }
            batch.pass(own.getId(), Times.now());
            auditLog.record(HistoryUploads.ENTITY, batch.getId(),
                    batch.getStatus() == HistoryBatchStatus.APPROVED ? "APPROVED" : "LEVEL_PASSED", from,
                    label(batch), null);
        }
        return batchIds.size();
    }

    /** Waiting at the caller's unit, at an internal level the caller acts at now; else a stale or foreign decision. */
    private ReviewPosition requireActionable(HistoryBatch batch, Unit own) {
        ReviewPosition at = batch.reviewPosition();
        if (!batch.isAwaiting(own.getId()) || at == null) {
            throw new BusinessException("history.review.notYours");
        }
        if (!multiPost.canAct(callers.current(), at, TYPE)) {
            throw new BusinessException("history.review.notYourPost", at.getLevel());
        }
        return at;
    }

    /** 审核退回 with the reason the collecting unit sees. */
    public int returnWith(List<Long> batchIds, String reason) {
        Unit own = permissions.require(Permission.HISTORY_REVIEW);
        for (HistoryBatch batch : load(batchIds)) {
            ReviewPosition at = requireActionable(batch, own);
            String from = label(batch);
            multiPost.leave(at, TYPE);
            batch.returnWith(own.getId(), reason);
            auditLog.record(HistoryUploads.ENTITY, batch.getId(), "RETURNED", from, label(batch),
                    batch.getReturnReason());
        }
        return batchIds.size();
    }

    /**
     * The status as the flow log stores it: IN_REVIEW carries its level (IN_REVIEW_1 = 待复审, …); a unit's internal
     * step keeps it (the opinion names the step).
     */
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
