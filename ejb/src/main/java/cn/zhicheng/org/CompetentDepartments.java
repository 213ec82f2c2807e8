package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 主管部门配置 (SPEC §3.4) for a 人社部门: the employer units of its region (its subtree) with the 主管部门 their
 * applications go through, and setting or clearing a unit's own assignment. Every change is audited on the unit.
 */
@Stateless
@PermitAll
public class CompetentDepartments {

    static final String ENTITY = "UNIT";
    private static final int STATUS_MAX = 40;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private ReviewRouting routing;

    @EJB
    private AuditLog auditLog;

    /** One page of the region's employer units whose name contains the filter, by name. */
    public List<RegionUnitRow> employerUnits(String nameFilter, int first, int pageSize) {
        Unit region = region();
        List<Unit> units = regionQuery(region, nameFilter, "select u from Unit u left join fetch u.parent", Unit.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        Map<Long, CompetentDepartment> current = routing.competentDepartmentsFor(units);
        return units.stream()
                .map(u -> new RegionUnitRow(u.getId(), u.getName(), u.getType(),
                        u.getParent() == null ? null : u.getParent().getName(), current.get(u.getId())))
                .toList();
    }

    public long countEmployerUnits(String nameFilter) {
        return regionQuery(region(), nameFilter, "select count(u) from Unit u", Long.class).getSingleResult();
    }

    /** The 主管部门 of the region, by name. */
    public List<UnitOption> departments() {
        Unit region = region();
        return em.createQuery("select u from Unit u where u.path >= :from and u.path < :to and u.type = :type "
                        + "order by u.name, u.id", Unit.class)
                .setParameter("from", region.subtreeFrom())
                .setParameter("to", region.subtreeTo())
                .setParameter("type", UnitType.COMPETENT_DEPARTMENT)
                .getResultList().stream()
                .map(u -> new UnitOption(u.getId(), u.getName()))
                .toList();
    }

    /** 【设置主管部门】: routes the unit (and the units below it without their own assignment) via the department. */
    public void assign(Long employerId, Long departmentId) {
        Unit hrss = permissions.requireInScope(Permission.COMPETENT_DEPARTMENT_CONFIG, employerId);
        permissions.requireInScope(Permission.COMPETENT_DEPARTMENT_CONFIG, departmentId);
        Unit employer = em.find(Unit.class, employerId);
        Unit department = em.find(Unit.class, departmentId);
        Optional<CompetentDepartmentAssignment> existing = find(employerId);
        String before = existing.map(a -> a.getDepartment().getName()).orElse(null);
        if (existing.isPresent()) {
            existing.get().reassign(department, hrss, Times.now());
        } else {
            em.persist(new CompetentDepartmentAssignment(employer, department, hrss, Times.now()));
        }
        auditLog.record(ENTITY, employerId, "COMPETENT_DEPARTMENT_SET", shorten(before), shorten(department.getName()),
                "主管部门：" + department.getName() + "（由" + hrss.getName() + "设置）");
    }

    /** Clears the unit's own assignment: the unit falls back to an ancestor's assignment or to the tree. */
    public void clear(Long employerId) {
        Unit hrss = permissions.requireInScope(Permission.COMPETENT_DEPARTMENT_CONFIG, employerId);
        Unit employer = em.find(Unit.class, employerId);
        CompetentDepartmentAssignment assignment = find(employerId)
                .orElseThrow(() -> new BusinessException("competent.notAssigned", employer.getName()));
        String before = assignment.getDepartment().getName();
        em.remove(assignment);
        auditLog.record(ENTITY, employerId, "COMPETENT_DEPARTMENT_CLEARED", shorten(before), null,
                "清除主管部门：" + before + "（由" + hrss.getName() + "清除）");
    }

    private Optional<CompetentDepartmentAssignment> find(Long employerId) {
        return em.createNamedQuery(CompetentDepartmentAssignment.FIND_BY_EMPLOYER, CompetentDepartmentAssignment.class)
                .setParameter("employerId", employerId)
                .getResultStream().findFirst();
    }

    private Unit region() {
        return permissions.require(Permission.COMPETENT_DEPARTMENT_CONFIG);
    }

    private <T> TypedQuery<T> regionQuery(Unit region, String nameFilter, String select, Class<T> type) {
        String name = nameFilter == null ? "" : nameFilter.strip();
        boolean count = type == Long.class;
        TypedQuery<T> query = em.createQuery(select + " where u.path >= :from and u.path < :to and u.type in :types"
                + (name.isEmpty() ? "" : " and u.name like :name escape '\\'")
                + (count ? "" : " order by u.name, u.id"), type)
                .setParameter("from", region.subtreeFrom())
                .setParameter("to", region.subtreeTo())
                .setParameter("types", CompetentDepartmentAssignment.EMPLOYER_TYPES);
        if (!name.isEmpty()) {
            query.setParameter("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= STATUS_MAX ? text : text.substring(0, STATUS_MAX);
    }
}
