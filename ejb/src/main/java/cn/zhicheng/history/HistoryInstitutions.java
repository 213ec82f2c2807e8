package cn.zhicheng.history;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitScope;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 历史评审机构管理 (SPEC §3.13.6) for a 人社部门: add, edit, delete and list the institutions the unit created; the
 * collecting units are chosen from the unit's own scope by name (【选择采集单位】).
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class HistoryInstitutions {

    static final String ENTITY = "HISTORY_INSTITUTION";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private UnitScope scope;

    @EJB
    private AuditLog auditLog;

    /** One page of the unit's institutions, by name, filtered by a part of the name. */
    public List<InstitutionRow> list(String nameContains, int first, int pageSize) {
        Unit own = permissions.require(Permission.HISTORY_INSTITUTIONS);
        return query("select i from HistoricalInstitution i where i.owner = :owner"
                + " and (:name = '' or i.name like :pattern) order by i.name", HistoricalInstitution.class, own,
                nameContains).setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(InstitutionRow::of).toList();
    }

    public long count(String nameContains) {
        Unit own = permissions.require(Permission.HISTORY_INSTITUTIONS);
        return query("select count(i) from HistoricalInstitution i where i.owner = :owner"
                + " and (:name = '' or i.name like :pattern)", Long.class, own, nameContains).getSingleResult();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Unit own, String nameContains) {
        String name = nameContains == null ? "" : nameContains.strip();
        return em.createQuery(jpql, type).setParameter("owner", own).setParameter("name", name)
                .setParameter("pattern", "%" + name.replace("%", "") + "%");
    }

    public InstitutionRow get(Long id) {
        return InstitutionRow.of(owned(id));
    }

    /** 保存: a new institution when {@code id} is null, else the changed one. */
    public Long save(Long id, InstitutionInput input) {
        Unit own = permissions.require(Permission.HISTORY_INSTITUTIONS);
        HistoricalInstitution institution = id == null ? new HistoricalInstitution(own, Times.now()) : owned(id);
        String name = input.name() == null ? "" : input.name().strip();
        boolean taken = em.createQuery("select count(i) from HistoricalInstitution i where i.owner = :owner"
                        + " and i.name = :name and i.id <> :id", Long.class)
                .setParameter("owner", own).setParameter("name", name).setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("history.institution.nameTaken", name);
        }
        List<TitleSeries> series = input.seriesIds() == null || input.seriesIds().isEmpty() ? List.of()
                : em.createQuery("select s from TitleSeries s where s.id in :ids", TitleSeries.class)
                .setParameter("ids", input.seriesIds()).getResultList();
        List<Long> collectorIds = input.collectorIds() == null ? List.of() : input.collectorIds();
        Set<Long> visible = scope.visibleUnitIds();
        if (!visible.containsAll(collectorIds)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        List<Unit> collectors = collectorIds.isEmpty() ? List.of()
                : em.createQuery("select u from Unit u where u.id in :ids", Unit.class)
                .setParameter("ids", collectorIds).getResultList();
        institution.describe(name, series, input.levels(), collectors);
        if (id == null) {
            em.persist(institution);
            em.flush();
        }
        auditLog.record(ENTITY, institution.getId(), id == null ? "CREATED" : "EDITED", null, null,
                institution.getName());
        return institution.getId();
    }

    public void delete(Long id) {
        HistoricalInstitution institution = owned(id);
        auditLog.record(ENTITY, institution.getId(), "DELETED", null, null, institution.getName());
        em.remove(institution);
    }

    /** 【选择采集单位】: units of the caller's scope whose name contains the text, at most {@code limit}. */
    public List<UnitOption> collectingUnits(String nameContains, int limit) {
        Unit own = permissions.require(Permission.HISTORY_INSTITUTIONS);
        String name = nameContains == null ? "" : nameContains.strip().replace("%", "");
        return em.createQuery("select u from Unit u where u.path >= :from and u.path < :to and u.name like :pattern"
                        + " order by u.depth, u.name", Unit.class)
                .setParameter("from", own.subtreeFrom()).setParameter("to", own.subtreeTo())
                .setParameter("pattern", "%" + name + "%").setMaxResults(limit).getResultList().stream()
                .map(u -> new UnitOption(u.getId(), u.getName())).toList();
    }

    private HistoricalInstitution owned(Long id) {
        Unit own = permissions.require(Permission.HISTORY_INSTITUTIONS);
        HistoricalInstitution institution = Optional.ofNullable(id)
                .map(i -> em.find(HistoricalInstitution.class, i))
                .orElseThrow(() -> new BusinessException("history.institution.notFound"));
        if (!institution.getOwner().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return institution;
    }
}
