package cn.zhicheng.org;

import cn.zhicheng.shared.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.EnumSet;
import java.util.Set;

/**
 * The permission check every unit-side service starts with (SPEC §2.5, §3.2): which of the catalogue's functions
 * the signed-in staff member holds in their unit, and a refusal (HTTP 403 on screens) when a function or a unit is
 * out of reach. Read live from the database, so a changed role applies at the next request.
 */
@Stateless
@PermitAll
public class UnitPermissions {

    @EJB
    private Callers callers;

    @EJB
    private UnitScope unitScope;

    /** The signed-in user's permissions; empty for applicants, experts and anonymous callers. */
    public Set<Permission> ofCaller() {
        return callers.findCurrent().map(Account::permissions).orElse(EnumSet.noneOf(Permission.class));
    }

    public boolean callerHas(Permission permission) {
        return ofCaller().contains(permission);
    }

    /** The caller's own (authorised) unit, provided they hold the permission there. */
    public Unit require(Permission permission) {
        Account account = callers.current();
        if (!account.permissions().contains(permission)) {
            throw new AccessDeniedException("security.permission.missing");
        }
        return account.staffUnit().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    /**
     * The caller's unit, provided they hold the permission and {@code unitId} is that unit or lies below it
     * (SPEC §2.6). Use it for every action on a unit named by a request parameter.
     */
    public Unit requireInScope(Permission permission, Long unitId) {
        Unit own = require(permission);
        if (unitId == null || !unitScope.isVisible(unitId)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return own;
    }
}
