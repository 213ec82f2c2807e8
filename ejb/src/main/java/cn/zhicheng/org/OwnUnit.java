package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * 本级单位管理 → 基本信息维护 (SPEC §3.1.4): the caller's own unit's basic information, and a change of 上级单位, which
 * the new parent must approve (the old parent stays in force until then). Needs OWN_UNIT_INFO.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class OwnUnit {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    @EJB
    private RegionDirectory regions;

    public UnitDetails details() {
        return UnitRecords.details(em, regions, ownUnit());
    }

    public UnitDetails update(UnitProfile profile) {
        Unit unit = ownUnit();
        regions.require(profile.regionCode());
        UnitRecords.requireCreditCodeFree(em, profile.creditCode(), unit.getId());
        unit.describe(profile);
        auditLog.record(UnitRecords.UNIT, unit.getId(), "EDITED", unit.getStatus().name(), unit.getStatus().name(),
                null);
        return UnitRecords.details(em, regions, unit);
    }

    /** Asks the chosen authorised unit to become the parent; it decides in its 下级单位注册审核. */
    public UnitDetails requestParentChange(Long newParentId) {
        Unit unit = ownUnit();
        Unit newParent = newParentId == null ? null : em.find(Unit.class, newParentId);
        unit.requestParentChange(newParent, Times.now());
        auditLog.record(UnitRecords.UNIT, unit.getId(), "PARENT_CHANGE_REQUESTED", null, null,
                (unit.getParent() == null ? "" : unit.getParent().getName()) + " → " + newParent.getName());
        return UnitRecords.details(em, regions, unit);
    }

    private Unit ownUnit() {
        Unit own = permissions.require(Permission.OWN_UNIT_INFO);
        return em.find(Unit.class, own.getId());
    }
}
