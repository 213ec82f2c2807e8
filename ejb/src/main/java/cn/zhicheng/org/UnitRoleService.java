package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 角色管理 (SPEC §3.2.2): the super administrator defines the unit's roles as sets of permissions from the fixed
 * catalogue, bounded by what the unit's type may grant, and deletes roles nobody holds any more. Every change is
 * audited; another unit's role id is refused with {@link AccessDeniedException}.
 */
@Stateless
@RolesAllowed(Role.Names.UNIT_ADMIN)
public class UnitRoleService {

    static final String ENTITY = "UNIT_ROLE";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    /** The unit's roles by name, each with its permissions and the number of staff holding it. */
    public List<RoleRow> list() {
        Unit unit = permissions.require(Permission.ROLE_MANAGE);
        Map<Long, Long> holders = new HashMap<>();
        em.createQuery("select r.id, count(a) from Account a join a.staffRoles r where r.unit = :unit group by r.id",
                        Object[].class)
                .setParameter("unit", unit)
                .getResultList()
                .forEach(row -> holders.put((Long) row[0], (Long) row[1]));
        return em.createNamedQuery(UnitRole.FIND_BY_UNIT, UnitRole.class).setParameter("unit", unit)
                .getResultStream().map(r -> RoleRow.of(r, holders.getOrDefault(r.getId(), 0L))).toList();
    }

    /** What a role of the caller's unit may be given, in catalogue order (grouped by {@link Permission.Group}). */
    public Set<Permission> grantable() {
        Unit unit = permissions.require(Permission.ROLE_MANAGE);
        return Permission.grantableIn(unit.getType());
    }

    public RoleRow get(Long roleId) {
        UnitRole role = roleOfCallersUnit(roleId);
        return RoleRow.of(role, holders(role));
    }

    public Long create(String name, String description, Set<Permission> granted) {
        Unit unit = permissions.require(Permission.ROLE_MANAGE);
        requireUniqueName(unit, name, null);
        UnitRole role = new UnitRole(unit, name, description, copy(granted), Times.now());
        em.persist(role);
        auditLog.record(ENTITY, role.getId(), "ROLE_CREATED", null, null, describe(role));
        return role.getId();
    }

    public void edit(Long roleId, String name, String description, Set<Permission> granted) {
        UnitRole role = roleOfCallersUnit(roleId);
        String before = describe(role);
        requireUniqueName(role.getUnit(), name, role.getId());
        role.change(name, description, copy(granted));
        auditLog.record(ENTITY, role.getId(), "ROLE_EDITED", null, null, before + " → " + describe(role));
    }

    /** Deletes a role that no staff member holds. */
    public void delete(Long roleId) {
        UnitRole role = roleOfCallersUnit(roleId);
        role.checkDeletable(holders(role));
        auditLog.record(ENTITY, role.getId(), "ROLE_DELETED", null, null, describe(role));
        em.remove(role);
    }

    private UnitRole roleOfCallersUnit(Long roleId) {
        Unit unit = permissions.require(Permission.ROLE_MANAGE);
        UnitRole role = roleId == null ? null : em.find(UnitRole.class, roleId);
        if (role == null || !role.getUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return role;
    }

    private long holders(UnitRole role) {
        return em.createNamedQuery(UnitRole.COUNT_HOLDERS, Long.class).setParameter("role", role).getSingleResult();
    }

    /** Checked before the change is made, so that no flush reaches the database's unique constraint first. */
    private void requireUniqueName(Unit unit, String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            return;
        }
        String wanted = name.strip();
        boolean taken = em.createNamedQuery(UnitRole.FIND_BY_UNIT, UnitRole.class).setParameter("unit", unit)
                .getResultStream()
                .anyMatch(r -> r.getName().equals(wanted) && !r.getId().equals(exceptId));
        if (taken) {
            throw new BusinessException("role.name.taken", wanted);
        }
    }

    private static Set<Permission> copy(Set<Permission> granted) {
        return granted == null || granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
    }

    private static String describe(UnitRole role) {
        return role.getName() + "：" + role.getPermissions().stream().sorted().map(Permission::name)
                .collect(Collectors.joining(","));
    }
}
