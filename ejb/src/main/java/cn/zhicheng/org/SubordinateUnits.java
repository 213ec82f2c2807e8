package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 下级单位信息管理 (SPEC §3.1.2): the paged list of the caller's subordinate units, the three-step creation of a
 * subordinate with its super administrator, and editing a subordinate's basic information and 经办人. Every call
 * needs SUBORDINATE_UNIT_MANAGE and acts only below the caller's unit (anything else: AccessDeniedException).
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class SubordinateUnits {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private RegionDirectory regions;

    @Inject
    private PasswordHasher hasher;

    /** One page of the caller's subordinates (its whole subtree without itself), filtered and in name order. */
    public List<SubordinateRow> page(UnitFilter filter, int first, int pageSize) {
        Unit own = permissions.require(Permission.SUBORDINATE_UNIT_MANAGE);
        TypedQuery<Unit> query = em.createQuery("select u from Unit u left join fetch u.parent where "
                + where(filter) + " order by u.name, u.id", Unit.class);
        bind(query, own, filter);
        List<Unit> units = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<String, String> regionNames = regions.fullNames(units.stream().map(Unit::getRegionCode)
                .filter(code -> code != null).collect(Collectors.toSet()));
        return units.stream().map(u -> new SubordinateRow(u.getId(), u.getName(),
                u.getCreditCode() == null ? null : u.getCreditCode().value(), u.getType(), u.getHrssLevel(),
                u.getStatus(), u.getNature(), regionNames.get(u.getRegionCode()), u.getContactPerson(),
                u.getPhone(), u.getParent() == null ? null : u.getParent().getName(), u.hasPendingParentChange()))
                .toList();
    }

    public long count(UnitFilter filter) {
        Unit own = permissions.require(Permission.SUBORDINATE_UNIT_MANAGE);
        TypedQuery<Long> query = em.createQuery("select count(u) from Unit u where " + where(filter), Long.class);
        bind(query, own, filter);
        return query.getSingleResult();
    }

    /** Below the caller's unit (the range excludes the unit's own path), plus the chosen filters. */
    private static String where(UnitFilter filter) {
        StringBuilder where = new StringBuilder("u.path > :pathFrom and u.path < :pathTo");
        if (filter.name() != null) {
            where.append(" and u.name like :name");
        }
        if (filter.type() != null) {
            where.append(" and u.type = :type");
        }
        if (filter.status() != null) {
            where.append(" and u.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Unit own, UnitFilter filter) {
        query.setParameter("pathFrom", own.subtreeFrom()).setParameter("pathTo", own.subtreeTo());
        if (filter.name() != null) {
            query.setParameter("name", "%" + escapeLike(filter.name()) + "%");
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The caller's unit and the authorised units below it: where a new subordinate may be placed. */
    public List<UnitOption> possibleParents(String nameContains, int limit) {
        Unit own = permissions.require(Permission.SUBORDINATE_UNIT_MANAGE);
        String needle = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select u from Unit u where u.path >= :pathFrom and u.path < :pathTo "
                        + "and u.status = :authorised and lower(u.name) like :name order by u.depth, u.name", Unit.class)
                .setParameter("pathFrom", own.subtreeFrom()).setParameter("pathTo", own.subtreeTo())
                .setParameter("authorised", UnitStatus.AUTHORIZED)
                .setParameter("name", "%" + escapeLike(needle) + "%")
                .setMaxResults(limit).getResultStream()
                .map(u -> new UnitOption(u.getId(), u.getName())).toList();
    }

    /** The caller's own unit, the default parent of a new subordinate. */
    public UnitOption ownUnit() {
        Unit own = permissions.require(Permission.SUBORDINATE_UNIT_MANAGE);
        return new UnitOption(own.getId(), own.getName());
    }

    /** The types a new unit under this parent may have: within the parent's and the caller's own permission. */
    public Set<UnitType> creatableTypes(Long parentId) {
        Unit own = permissions.requireInScope(Permission.SUBORDINATE_UNIT_MANAGE, parentId);
        Unit parent = UnitRecords.getUnit(em, parentId);
        Set<UnitType> types = EnumSet.copyOf(parent.getType().creatableChildTypes());
        types.retainAll(own.getType().creatableChildTypes());
        if (parent.getType() == UnitType.HRSS && parent.getHrssLevel() == HrssLevel.COUNTY) {
            types.remove(UnitType.HRSS);
        }
        return types;
    }

    /**
     * 新增下级单位: the unit (authorised at once, placed under the chosen parent) and its super administrator, an
     * account with the province's initial password that must be changed at first log-in.
     */
    public CreatedUnit create(NewSubordinate request) {
        Set<UnitType> allowed = creatableTypes(request.parentId());
        Unit parent = UnitRecords.getUnit(em, request.parentId());
        if (request.type() == null) {
            throw new BusinessException("unit.type.required");
        }
        if (!allowed.contains(request.type())) {
            throw new BusinessException("unit.type.notAllowedUnderParent", request.type().name(), parent.getName());
        }
        UnitProfile profile = request.profile();
        regions.require(profile.regionCode());
        UnitRecords.requireCreditCodeFree(em, profile.creditCode(), null);
        HandlingPerson handler = request.handler();
        UnitRecords.requireLoginFree(em, handler.loginName());
        UnitRecords.requireIdNumberFree(em, handler.idNumber(), null);
        boolean hrss = request.type() == UnitType.HRSS;
        if (!hrss && request.legalPerson() == null) {
            throw new BusinessException("unit.legalPerson.name.required");
        }

        OffsetDateTime now = Times.now();
        Unit unit = new Unit(profile.name(), profile.creditCode(), request.type(),
                hrss ? parent.getHrssLevel().childLevel() : null, profile.regionCode(), now);
        unit.describe(profile);
        if (!hrss) {
            unit.changeLegalPerson(request.legalPerson());
        }
        em.persist(unit);
        unit.placeUnder(parent);
        auditLog.record(UnitRecords.UNIT, unit.getId(), "CREATED", null, unit.getStatus().name(),
                "上级单位：" + parent.getName());

        Account admin = Account.createdByOther(handler.loginName(), handler.name(), handler.idNumber(),
                handler.phone(), hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), now);
        admin.grant(Role.UNIT_ADMIN, unit);
        em.persist(admin);
        auditLog.record(UnitRecords.ACCOUNT, admin.getId(), "CREATED", null, AccountStatus.ACTIVE.name(),
                "单位超级管理员：" + unit.getName());
        return new CreatedUnit(unit.getId(), unit.getName(), admin.getLoginName());
    }

    /** A subordinate's details for the edit page; only units below the caller's unit. */
    public UnitDetails details(Long unitId) {
        return UnitRecords.details(em, regions, requireSubordinate(unitId));
    }

    /** 编辑: basic information, legal person (not for HRSS units) and the 经办人 (super administrator). */
    public void edit(Long unitId, UnitProfile profile, LegalPerson legalPerson, HandlingPerson handler) {
        Unit unit = requireSubordinate(unitId);
        regions.require(profile.regionCode());
        UnitRecords.requireCreditCodeFree(em, profile.creditCode(), unit.getId());
        unit.describe(profile);
        if (unit.getType() != UnitType.HRSS) {
            if (legalPerson == null) {
                throw new BusinessException("unit.legalPerson.name.required");
            }
            unit.changeLegalPerson(legalPerson);
        }
        if (handler != null) {
            Account admin = UnitRecords.superAdmin(em, unit)
                    .orElseThrow(() -> new BusinessException("unit.admin.missing", unit.getName()));
            UnitRecords.requireIdNumberFree(em, handler.idNumber(), admin.getId());
            admin.correctPersonalData(handler.name(), handler.idNumber(), handler.phone());
            auditLog.record(UnitRecords.ACCOUNT, admin.getId(), "EDITED", null, null, "经办人信息（" + unit.getName() + "）");
        }
        auditLog.record(UnitRecords.UNIT, unit.getId(), "EDITED", unit.getStatus().name(), unit.getStatus().name(),
                null);
    }

    /** A unit strictly below the caller's unit; its own unit goes through 本级单位管理. */
    private Unit requireSubordinate(Long unitId) {
        Unit own = permissions.requireInScope(Permission.SUBORDINATE_UNIT_MANAGE, unitId);
        if (own.getId().equals(unitId)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return UnitRecords.getUnit(em, unitId);
    }
}
