package cn.zhicheng.history;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.config.HistoricalDataChain;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SX 职称评审信息上报 (SPEC §3.13.3, {@code history.chain = COMMITTEE_DEPT_PROVINCE}): the 评委会管理员 adds historical
 * review activities of the committee, imports each one's certificates as batches through the same job and checks as a
 * unit's upload ({@link HistoryImportJobs#uploadReport}), fixes the failed rows there ({@link HistoryUploads}), and
 * reports (上报) a batch with its 任职资格文件 to the committee's 主管部门 (its formation unit) and then the province;
 * the reviewers use 数据审核 ({@link HistoryReviews}), a return comes back here.
 */
@Stateless
@RolesAllowed(Role.Names.COMMITTEE_ADMIN)
public class HistoryReports {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private HistoryUploads uploads;

    @EJB
    private Callers callers;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private AuditLog auditLog;

    /** Whether the province reports historical titles through its committees (SX). */
    public boolean isCommitteeChain() {
        return settings.get(SettingKeys.HISTORY_CHAIN) == HistoricalDataChain.COMMITTEE_DEPT_PROVINCE;
    }

    private void requireCommitteeChain() {
        if (!isCommitteeChain()) {
            throw new BusinessException("history.report.notCommitteeChain");
        }
    }

    /**
     * 上报 batches of the caller's committees that a reviewer returned (home to-do "职称评审信息上报已退回", SPEC §3.13.3):
     * 0 for anyone who is no 评委会管理员.
     */
    @PermitAll
    public long countReturnedOfCaller() {
        Optional<Account> caller = callers.findCurrent();
        if (caller.isEmpty()) {
            return 0;
        }
        List<Committee> committees = em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", caller.get()).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee).toList();
        if (committees.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(b) from HistoryBatch b where b.status = :s and b.activityId in"
                        + " (select a.id from HistoryActivity a where a.committee in :c)", Long.class)
                .setParameter("s", HistoryBatchStatus.RETURNED).setParameter("c", committees).getSingleResult();
    }

    /** 新增历史评审活动 of the caller's committee. */
    public Long createActivity(int year, String name, Long seriesId, TitleLevel level) {
        requireCommitteeChain();
        Committee committee = uploads.callerCommittee();
        TitleSeries series = seriesId == null ? null : em.find(TitleSeries.class, seriesId);
        HistoryActivity activity = new HistoryActivity(committee, year, name, series, level, Times.now());
        boolean taken = em.createQuery("select count(a) from HistoryActivity a where a.committee = :c"
                        + " and a.year = :y and a.name = :n", Long.class).setParameter("c", committee)
                .setParameter("y", activity.getYear()).setParameter("n", activity.getName()).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("history.activity.nameTaken", activity.getName());
        }
        em.persist(activity);
        return activity.getId();
    }

    /** The caller's committee's historical activities, newest year first. */
    public List<ActivityRow> activities(int first, int pageSize) {
        Committee committee = uploads.callerCommittee();
        List<HistoryActivity> found = em.createQuery("select a from HistoryActivity a join fetch a.series"
                        + " where a.committee = :c order by a.year desc, a.id desc", HistoryActivity.class)
                .setParameter("c", committee).setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<Long, Long> batches = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select b.activityId, count(b) from HistoryBatch b where b.activityId in :ids"
                            + " group by b.activityId", Object[].class)
                    .setParameter("ids", found.stream().map(HistoryActivity::getId).toList()).getResultList()
                    .forEach(r -> batches.put((Long) r[0], (Long) r[1]));
        }
        return found.stream().map(a -> new ActivityRow(a.getId(), a.getYear(), a.getName(), a.getSeries().getName(),
                a.getLevel(), batches.getOrDefault(a.getId(), 0L))).toList();
    }

    public long countActivities() {
        return em.createQuery("select count(a) from HistoryActivity a where a.committee = :c", Long.class)
                .setParameter("c", uploads.callerCommittee()).getSingleResult();
    }

    /** One activity of the caller's committee (HTTP 403 for another committee's). */
    public ActivityRow activity(Long activityId) {
        HistoryActivity activity = own(activityId);
        return activities(0, Integer.MAX_VALUE).stream().filter(a -> a.id().equals(activity.getId())).findFirst()
                .orElseThrow();
    }

    /** The active catalog series the 新增 form offers. */
    public List<UnitOption> seriesOptions() {
        return em.createQuery("select s from TitleSeries s where s.retired = false order by s.id", TitleSeries.class)
                .getResultList().stream().map(s -> new UnitOption(s.getId(), s.getName())).toList();
    }

    /** 证书历史数据导入, step 1: a new batch of the activity under the 职称文件文号 (started by the import facade). */
    public Long createBatch(Long activityId, String documentNumber) {
        requireCommitteeChain();
        HistoryActivity activity = own(activityId);
        DocumentNumber number = DocumentNumber.of(documentNumber);
        Account account = callers.current();
        HistoryBatch batch = HistoryBatch.forActivity(activity, number, account.getLoginName(),
                account.getDisplayName(), Times.now());
        em.persist(batch);
        em.flush();
        auditLog.record(HistoryUploads.ENTITY, batch.getId(), "CREATED", null, batch.getStatus().name(),
                number.value());
        return batch.getId();
    }

    /** The batches imported for an activity, newest first. */
    public List<BatchRow> batches(Long activityId) {
        return batches(activityId, 0, Integer.MAX_VALUE);
    }

    public List<BatchRow> batches(Long activityId, int first, int pageSize) {
        own(activityId);
        return uploads.rows(em.createQuery("select b from HistoryBatch b where b.activityId = :a"
                        + " order by b.importedAt desc, b.id desc", HistoryBatch.class).setParameter("a", activityId)
                .setFirstResult(first).setMaxResults(pageSize).getResultList());
    }

    public long countBatches(Long activityId) {
        own(activityId);
        return em.createQuery("select count(b) from HistoryBatch b where b.activityId = :a", Long.class)
                .setParameter("a", activityId).getSingleResult();
    }

    /** "本次审核需经过以下几级单位": the committee's 主管部门, then the province. */
    public List<UnitOption> reportPath(Long batchId) {
        return uploads.reviewPath(batchId, issuer(batchId));
    }

    /** 【上报】 with the 任职资格文件 (PDF): to the 主管部门 first. */
    public BatchRow report(Long batchId, Long qualificationFileId) {
        requireCommitteeChain();
        return uploads.submit(batchId, issuer(batchId), qualificationFileId);
    }

    private Long issuer(Long batchId) {
        return uploads.issuers(batchId).get(0).id();
    }

    private HistoryActivity own(Long activityId) {
        HistoryActivity activity = activityId == null ? null : em.find(HistoryActivity.class, activityId);
        if (activity == null || !activity.getCommittee().equals(uploads.callerCommittee())) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return activity;
    }
}
