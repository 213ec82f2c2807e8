package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;

/**
 * The expert import's database side (SPEC §3.6.3, §4.6), called by the job's processor and writer inside the
 * chunk's transaction: what the checks need (ID numbers already in the pool, active series) and the writing of a
 * chunk — refused rows as {@link ExpertImportFailure}s, valid rows (in an import run) as 本单位新增待提交 members, or
 * 待完善 members with a sign-in when the HB committee account imports.
 * A chunk commits whole or not at all. The unit and committee were checked when the job was started
 * ({@code ExpertImportJobs}); the job runs with the starter's identity.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class ExpertImports {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private PoolAccess access;

    @EJB
    private ExpertAccounts accounts;

    @EJB
    private AuditLog auditLog;

    /** The ID numbers in the committee's pool, whatever their status. */
    public Set<String> idNumbersInPool(long committeeId) {
        return new HashSet<>(em.createQuery("select m.expert.idNumber from PoolMember m where m.committee.id = :c",
                        cn.zhicheng.org.IdNumber.class).setParameter("c", committeeId).getResultList().stream()
                .map(cn.zhicheng.org.IdNumber::value).toList());
    }

    /** The names of the series a row may name. */
    public Set<String> activeSeriesNames() {
        return new HashSet<>(em.createQuery("select s.name from TitleSeries s where s.retired = false", String.class)
                .getResultList());
    }

    /**
     * Writes one chunk: failures always, valid rows only when {@code commit} (the import run; the check run writes
     * only failures). The persons of the chunk are looked up in one query and the actor once, so the inserts reach
     * the database as JDBC batches when the chunk commits (no query in between forces a flush).
     *
     * @return how many experts were added
     */
    public int write(long instanceId, long committeeId, long unitId, boolean commit, boolean toComplete,
                     List<ExpertImportRow> rows) {
        Committee committee = em.find(Committee.class, committeeId);
        Unit unit = em.find(Unit.class, unitId);
        if (committee == null || unit == null || !committee.getFormationUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        OffsetDateTime now = Times.now();
        List<ExpertImportRow> valid = rows.stream().filter(ExpertImportRow::isValid).toList();
        Map<IdNumber, Expert> known = new HashMap<>();
        Map<String, TitleSeries> series = new HashMap<>();
        if (commit && !valid.isEmpty()) {
            em.createQuery("select e from Expert e where e.idNumber in :ids", Expert.class)
                    .setParameter("ids", valid.stream().map(r -> r.details().idNumber()).toList())
                    .getResultList().forEach(e -> known.put(e.getIdNumber(), e));
            valid.stream().map(r -> r.details().seriesName()).filter(Objects::nonNull).distinct()
                    .forEach(name -> series.put(name, ExpertPool.seriesNamed(em, name)));
        }
        AuditRecord.Actor actor = callers.actor();
        int added = 0;
        for (ExpertImportRow row : rows) {
            if (!row.isValid()) {
                em.persist(new ExpertImportFailure(instanceId, committeeId, row.rowNumber(), row.field(),
                        row.messageKey(), row.arguments().toArray(), row.cells(), now));
            } else if (commit) {
                ExpertDetails details = row.details();
                TitleSeries rowSeries = details.seriesName() == null ? null : series.get(details.seriesName());
                Expert expert = known.get(details.idNumber());
                if (expert == null) {
                    expert = new Expert(details, rowSeries, now);
                    em.persist(expert);
                    known.put(details.idNumber(), expert);
                } else if (expert.getSex() == null) {
                    expert.describe(details, rowSeries);
                }
                // the processor checked the pool and the file; the unique (committee, expert) constraint catches a
                // concurrent single add, failing the chunk, which a restart then reports as a duplicate
                PoolMember member = toComplete ? PoolMember.toBeCompleted(committee, expert, details.post(), now)
                        : PoolMember.addedBy(unit, committee, expert, details.post(), now);
                em.persist(member);
                if (toComplete) {
                    accounts.ensureAccount(expert);  // 待完善: the expert signs in to complete the profile
                }
                auditLog.record(actor, ExpertPool.ENTITY, member.getId(), "ADDED", null, member.getStatus().name(),
                        committee.getName());
                added++;
            }
        }
        return added;
    }

    /** One page of a run's failures, by row; the run must be of one of the caller's committees. */
    public List<ImportFailureRow> failures(Long committeeId, long instanceId, int first, int pageSize) {
        access.requireManaged(committeeId);
        return em.createNamedQuery(ExpertImportFailure.FIND_BY_INSTANCE, ExpertImportFailure.class)
                .setParameter("instanceId", instanceId).setParameter("committeeId", committeeId)
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultList().stream().map(ImportFailureRow::of).toList();
    }

    public long countFailures(Long committeeId, long instanceId) {
        access.requireManaged(committeeId);
        return em.createNamedQuery(ExpertImportFailure.COUNT_BY_INSTANCE, Long.class)
                .setParameter("instanceId", instanceId).setParameter("committeeId", committeeId).getSingleResult();
    }
}
