package cn.zhicheng.review;

import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The multi-post review engine (多岗审核, SPEC §3.3), reused by every review flow (committee filings, activity
 * publication, applications). An item under review in a unit holds a {@link ReviewPosition}; the engine answers who
 * must act at it and where a pass takes it.
 * <ul>
 *     <li>{@link #enter}: an item arriving in a unit (first time or again after a return) starts at level 1.</li>
 *     <li>{@link #actorsAt} / {@link #canAct}: the staff of the acting level; when the unit has configured nothing,
 *     every active staff member of the unit holding the type's permission, in one step.</li>
 *     <li>{@link #advance}: a pass by the signed-in caller: the next level of the unit, or out of the unit after the
 *     last level (the calling flow forwards the item to the next unit or the committee).</li>
 *     <li>{@link #leave}: a return or rejection by the signed-in caller, allowed at any level, ends the unit's
 *     internal sequence at once (SPEC §3.3 rule); the item keeps no position in the unit, and when it comes back it
 *     {@link #enter}s at level 1 again.</li>
 * </ul>
 * Read-only except for the caller checks: the calling flow stores the new position, audits and sends messages.
 */
@Stateless
@PermitAll
public class MultiPostReview {

    private static final EnumSet<Role> STAFF_ROLES = EnumSet.of(Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.UNIT_LEADER);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** The position of an item entering the unit's sequence: level 1 (of the configuration or of "any staff"). */
    public ReviewPosition enter(Unit unit, ReviewItemType type) {
        if (!type.isReviewedBy(unit.getType())) {
            throw new BusinessException("multiPost.type.notForUnit");
        }
        return ReviewPosition.firstLevelOf(unit.getId());
    }

    /** True when the unit has at least one level for the type; otherwise review screens show the notice. */
    public boolean isConfigured(Unit unit, ReviewItemType type) {
        return findConfig(unit.getId(), type).map(MultiPostConfig::isConfigured).orElse(false);
    }

    /** The accounts who must act next on an item at this position, by log-in name. */
    public List<Account> actorsAt(ReviewPosition position, ReviewItemType type) {
        Unit unit = unitOf(position);
        Optional<MultiPostConfig> config = configured(position.getUnitId(), type);
        if (config.isEmpty()) {
            return eligibleStaff(unit, type);
        }
        return config.get().levelAt(position).map(ReviewLevel::staffInOrder).orElse(List.of()).stream()
                .filter(account -> MultiPostConfig.isEligible(account, unit, type))
                .toList();
    }

    /** Whether this account may pass, return or reject an item at this position now. */
    public boolean canAct(Account account, ReviewPosition position, ReviewItemType type) {
        Unit unit = unitOf(position);
        return configured(position.getUnitId(), type)
                .map(config -> config.mayAct(account, position))
                .orElseGet(() -> MultiPostConfig.isEligible(account, unit, type));
    }

    /** A pass by the signed-in caller: the next level of the unit, or out of the unit after the last level. */
    public Advance advance(ReviewPosition position, ReviewItemType type) {
        requireCallerMayAct(position, type);
        return configured(position.getUnitId(), type)
                .map(config -> config.advance(position))
                .orElseGet(Advance::leavesUnit);
    }

    /** A return or rejection by the signed-in caller at any level: the unit's internal sequence ends. */
    public Advance leave(ReviewPosition position, ReviewItemType type) {
        requireCallerMayAct(position, type);
        return Advance.leavesUnit();
    }

    /** Active staff of the unit who hold the type's permission there: the candidates for any level. */
    public List<Account> eligibleStaff(Unit unit, ReviewItemType type) {
        return em.createQuery("select distinct a from Account a join a.memberships m where m.unit = :unit "
                        + "and m.role in :roles and a.status = :active order by a.loginName", Account.class)
                .setParameter("unit", unit)
                .setParameter("roles", STAFF_ROLES)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList().stream()
                .filter(account -> MultiPostConfig.isEligible(account, unit, type))
                .toList();
    }

    /** The unit's configuration for the type, if it was ever created (it may have no levels left). */
    public Optional<MultiPostConfig> findConfig(Long unitId, ReviewItemType type) {
        return em.createNamedQuery(MultiPostConfig.FIND_BY_UNIT_AND_TYPE, MultiPostConfig.class)
                .setParameter("unitId", unitId)
                .setParameter("itemType", type)
                .getResultStream().findFirst();
    }

    private Optional<MultiPostConfig> configured(Long unitId, ReviewItemType type) {
        return findConfig(unitId, type).filter(MultiPostConfig::isConfigured);
    }

    private void requireCallerMayAct(ReviewPosition position, ReviewItemType type) {
        if (!canAct(callers.current(), position, type)) {
            throw new AccessDeniedException("review.notYourTurn");
        }
    }

    private Unit unitOf(ReviewPosition position) {
        Unit unit = em.find(Unit.class, position.getUnitId());
        if (unit == null) {
            throw new IllegalArgumentException("no unit " + position.getUnitId());
        }
        return unit;
    }
}
