package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Data scoping (SPEC §2.6): a unit user sees their own units and everything below them, never siblings or parents.
 * Every service that lists or opens unit data asks here; the query is one indexed range scan per unit.
 */
@Stateless
@PermitAll
public class UnitScope {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** Ids of the units the signed-in user may see: their membership units and all descendants. */
    public Set<Long> visibleUnitIds() {
        return visibleUnitIds(callers.current());
    }

    public Set<Long> visibleUnitIds(Account account) {
        Set<Long> ids = new LinkedHashSet<>();
        account.getMemberships().stream()
                .filter(m -> m.getRole().isUnitRole())
                .map(Membership::getUnit)
                .filter(Objects::nonNull)
                .forEach(unit -> ids.addAll(subtreeIds(unit)));
        return ids;
    }

    /** The unit and all its descendants, by the materialized path. */
    public List<Long> subtreeIds(Unit unit) {
        return em.createNamedQuery(Unit.FIND_SUBTREE_IDS, Long.class)
                .setParameter("pathFrom", unit.subtreeFrom())
                .setParameter("pathTo", unit.subtreeTo())
                .getResultList();
    }

    /**
     * Moves a unit with everything below it under a new parent: the unit's own path by the entity's rule, its
     * descendants' paths and depths by one bulk update of the old path prefix. The caller checks who may move what
     * (approving a registration or a change of parent needs SUBORDINATE_REGISTRATION_REVIEW, which staff may hold).
     */
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public void moveUnder(Unit unit, Unit newParent) {
        String oldFrom = unit.subtreeFrom();
        String oldTo = unit.subtreeTo();
        int oldDepth = unit.getDepth();
        unit.placeUnder(newParent);
        em.flush();
        em.createQuery("update Unit u set u.path = concat(:newPath, substring(u.path, :cut)), "
                        + "u.depth = u.depth + :depthChange where u.path > :oldFrom and u.path < :oldTo")
                .setParameter("newPath", unit.getPath())
                .setParameter("cut", oldFrom.length() + 1)
                .setParameter("depthChange", unit.getDepth() - oldDepth)
                .setParameter("oldFrom", oldFrom)
                .setParameter("oldTo", oldTo)
                .executeUpdate();
    }

    /** True when the signed-in user's scope contains the unit. */
    public boolean isVisible(Long unitId) {
        Unit target = em.find(Unit.class, unitId);
        if (target == null) {
            return false;
        }
        return callers.current().getMemberships().stream()
                .filter(m -> m.getRole().isUnitRole() && m.getUnit() != null)
                .anyMatch(m -> m.getUnit().isSelfOrAncestorOf(target));
    }

    /** Refuses with a business error when the unit is outside the signed-in user's scope. */
    public void requireVisible(Long unitId) {
        if (!isVisible(unitId)) {
            throw new BusinessException("security.unit.outOfScope");
        }
    }
}
