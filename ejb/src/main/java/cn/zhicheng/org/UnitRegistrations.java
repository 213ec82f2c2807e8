package cn.zhicheng.org;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Self-registration and authorisation (SPEC §3.1.3, §3.1.4): the public 单位注册 that creates a unit's first account,
 * the registrant's 用户权限申请 (complete, upload the licence, 提交审核, resubmit after a return), and the parent's
 * 下级单位注册审核 of registrations and changes of parent (approve, return with a reason; single or batch).
 */
@Stateless
public class UnitRegistrations {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private RegionDirectory regions;

    @EJB
    private AttachmentService attachments;

    @EJB
    private UnitScope unitScope;

    @EJB
    private Messages messages;

    @Inject
    private PasswordHasher hasher;

    /** Whether the public 单位注册 page is open (province setting unit.selfRegistration). */
    @PermitAll
    public boolean isOpen() {
        return settings.get(SettingKeys.UNIT_SELF_REGISTRATION);
    }

    /**
     * 单位注册: a not yet authorised unit with the given name and its first account (the registrant's own password,
     * checked by the password policy), which is the unit's super administrator.
     */
    @PermitAll
    public String register(SelfRegistration form) {
        if (!isOpen()) {
            throw new BusinessException("registration.closed");
        }
        if (form.name() == null || form.name().isBlank()) {
            throw new BusinessException("account.name.required");
        }
        if (form.phone() == null || form.phone().isBlank()) {
            throw new BusinessException("account.phone.required");
        }
        IdNumber idNumber = IdNumber.of(form.idNumber());
        String login = Account.normalizeLogin(form.loginName());
        UnitRecords.requireLoginFree(em, login);
        if (UnitRecords.findByIdNumber(em, idNumber).isPresent()) {
            throw new BusinessException("account.idNumber.registered");
        }
        PasswordPolicy.check(form.password(), login);
        OffsetDateTime now = Times.now();
        Unit unit = Unit.selfRegistered(form.unitName(), now);
        em.persist(unit);
        unit.placeUnder(null);
        Account account = Account.selfRegistered(login, form.name(), idNumber, form.phone().strip(),
                hasher.hash(form.password()), now);
        account.grant(Role.UNIT_ADMIN, unit);
        em.persist(account);
        var actor = Callers.actorOf(account);
        auditLog.record(actor, UnitRecords.UNIT, unit.getId(), "REGISTERED", null, unit.getStatus().name(), null);
        auditLog.record(actor, UnitRecords.ACCOUNT, account.getId(), "CREATED", null, AccountStatus.ACTIVE.name(),
                "单位注册：" + unit.getName());
        return account.getLoginName();
    }

    /** True when the caller is the super administrator of a unit that is not authorised yet (用户权限申请 first). */
    @PermitAll
    public boolean callerMustRegister() {
        return callers.findCurrent().flatMap(UnitRegistrations::unregisteredUnitOf).isPresent();
    }

    private static Optional<Unit> unregisteredUnitOf(Account account) {
        return account.getMemberships().stream()
                .filter(m -> m.getRole() == Role.UNIT_ADMIN && m.getUnit() != null && !m.getUnit().isAuthorized())
                .map(Membership::getUnit).findFirst();
    }

    /** The registrant's unit, for the 用户权限申请 page. */
    @RolesAllowed(Role.Names.UNIT_ADMIN)
    public UnitDetails ownRegistration() {
        return UnitRecords.details(em, regions, registrantUnit());
    }

    private Unit registrantUnit() {
        return unregisteredUnitOf(callers.current())
                .orElseThrow(() -> new BusinessException("unit.registration.alreadyAuthorised"));
    }

    /** Stores the uploaded 企业营业执照 (image or PDF) and attaches it to the registration. */
    @RolesAllowed(Role.Names.UNIT_ADMIN)
    public UnitDetails uploadLicence(InputStream content, String fileName) {
        Unit unit = registrantUnit();
        Attachment licence = attachments.store(content, fileName, AttachmentPurpose.UNIT_DOCUMENT);
        unit.attachLicence(licence.getId());
        auditLog.record(UnitRecords.UNIT, unit.getId(), "LICENCE_UPLOADED", null, null, licence.getOriginalName());
        return UnitRecords.details(em, regions, unit);
    }

    /** Saves the registration without submitting it. */
    @RolesAllowed(Role.Names.UNIT_ADMIN)
    public UnitDetails saveRegistration(UnitProfile profile, UnitType type, HandlingPerson handler) {
        Unit unit = registrantUnit();
        fill(unit, profile, type, handler);
        auditLog.record(UnitRecords.UNIT, unit.getId(), "EDITED", unit.getStatus().name(), unit.getStatus().name(),
                null);
        return UnitRecords.details(em, regions, unit);
    }

    /** 提交审核: saves and submits to the chosen authorised parent (first time or after a return). */
    @RolesAllowed(Role.Names.UNIT_ADMIN)
    public UnitDetails submit(UnitProfile profile, UnitType type, HandlingPerson handler, Long parentId) {
        Unit unit = registrantUnit();
        fill(unit, profile, type, handler);
        Unit parent = parentId == null ? null : em.find(Unit.class, parentId);
        String from = unit.getStatus().name();
        unit.submitForAuthorisation(parent, Times.now());
        auditLog.record(UnitRecords.UNIT, unit.getId(), "SUBMITTED", from, unit.getStatus().name(),
                "上级单位：" + parent.getName());
        return UnitRecords.details(em, regions, unit);
    }

    private void fill(Unit unit, UnitProfile profile, UnitType type, HandlingPerson handler) {
        regions.require(profile.regionCode());
        UnitRecords.requireCreditCodeFree(em, profile.creditCode(), unit.getId());
        unit.changeRegisteredType(type);
        unit.describe(profile);
        Account registrant = callers.current();
        UnitRecords.requireIdNumberFree(em, handler.idNumber(), registrant.getId());
        registrant.correctPersonalData(handler.name(), handler.idNumber(), handler.phone());
    }

    /** Authorised units whose name contains the text: the 上级单位 picker of a registration or a change of parent. */
    @PermitAll
    public List<UnitOption> searchParents(String nameContains, int limit) {
        callers.current();
        String needle = nameContains == null ? "" : nameContains.strip();
        return em.createQuery("select u from Unit u where u.status = :authorised and u.name like :name "
                        + "order by u.depth, u.name", Unit.class)
                .setParameter("authorised", UnitStatus.AUTHORIZED)
                .setParameter("name", "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(limit).getResultStream()
                .map(u -> new UnitOption(u.getId(), u.getName())).toList();
    }

    // --- 下级单位注册审核 ---------------------------------------------------------------------------------------

    /** Registrations and changes of parent waiting for the caller's unit, oldest first. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<RegistrationRow> pending(String nameContains, int first, int pageSize) {
        Unit own = permissions.require(Permission.SUBORDINATE_REGISTRATION_REVIEW);
        TypedQuery<Unit> query = em.createQuery("select u from Unit u left join fetch u.parent where "
                + pendingWhere(nameContains) + " order by u.submittedAt, u.id", Unit.class);
        bindPending(query, own, nameContains);
        List<Unit> units = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<String, String> regionNames = regions.fullNames(units.stream().map(Unit::getRegionCode)
                .filter(code -> code != null).collect(Collectors.toSet()));
        return units.stream().map(u -> {
            Account registrant = UnitRecords.superAdmin(em, u).orElse(null);
            return new RegistrationRow(u.getId(), u.getName(),
                    u.getCreditCode() == null ? null : u.getCreditCode().value(), regionNames.get(u.getRegionCode()),
                    u.getNature(), u.getType(), u.getContactPerson(), u.getPhone(), u.getAddress(),
                    u.hasPendingParentChange(), u.getParent() == null ? null : u.getParent().getName(),
                    u.getSubmittedAt(), u.getLicenceAttachmentId(),
                    registrant == null ? null : registrant.getDisplayName(),
                    registrant == null ? null : registrant.getPhone());
        }).toList();
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long countPending(String nameContains) {
        Unit own = permissions.require(Permission.SUBORDINATE_REGISTRATION_REVIEW);
        TypedQuery<Long> query = em.createQuery("select count(u) from Unit u where " + pendingWhere(nameContains),
                Long.class);
        bindPending(query, own, nameContains);
        return query.getSingleResult();
    }

    /** For the home page's to-do list: 0 without the permission instead of a refusal. */
    @PermitAll
    public long countPendingForCallerIfPermitted() {
        return permissions.callerHas(Permission.SUBORDINATE_REGISTRATION_REVIEW) ? countPending(null) : 0;
    }

    private static String pendingWhere(String nameContains) {
        return "u.requestedParent = :own and u.status in :waiting"
                + (nameContains == null || nameContains.isBlank() ? "" : " and u.name like :name");
    }

    private static void bindPending(TypedQuery<?> query, Unit own, String nameContains) {
        query.setParameter("own", own).setParameter("waiting", List.of(UnitStatus.PENDING, UnitStatus.AUTHORIZED));
        if (nameContains != null && !nameContains.isBlank()) {
            query.setParameter("name", "%" + nameContains.strip()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /** 预览: one waiting unit's details, only for the unit it is addressed to. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public UnitDetails pendingDetails(Long unitId) {
        return UnitRecords.details(em, regions, requireAddressedToCaller(unitId));
    }

    /** 审核通过 (single or batch): the unit is authorised, or moves with its subtree, under the caller's unit. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public int approve(List<Long> unitIds) {
        requireSome(unitIds);
        for (Long unitId : unitIds) {
            Unit unit = requireAddressedToCaller(unitId);
            boolean parentChange = unit.hasPendingParentChange();
            String from = unit.getStatus().name();
            String oldParent = unit.getParent() == null ? "" : unit.getParent().getName();
            Unit newParent = unit.approveRequest();
            unitScope.moveUnder(unit, newParent);
            auditLog.record(UnitRecords.UNIT, unit.getId(), parentChange ? "PARENT_CHANGED" : "APPROVED", from,
                    unit.getStatus().name(), parentChange ? oldParent + " → " + newParent.getName() : null);
            notifyAdmins(unit, parentChange ? "上级单位变更已审核通过" : "单位注册已审核通过",
                    parentChange ? "您单位变更上级单位为“" + newParent.getName() + "”的申请已审核通过。"
                            : "您单位“" + unit.getName() + "”的注册申请已由“" + newParent.getName()
                            + "”审核通过，单位已授权，可以使用申报、经办等功能。");
        }
        return unitIds.size();
    }

    /** 审核退回 (single or batch) with the reason the registrant sees. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public int returnRequests(List<Long> unitIds, String reason) {
        requireSome(unitIds);
        for (Long unitId : unitIds) {
            Unit unit = requireAddressedToCaller(unitId);
            boolean parentChange = unit.hasPendingParentChange();
            String reviewer = unit.getRequestedParent().getName();
            String from = unit.getStatus().name();
            unit.returnRequest(reason);
            auditLog.record(UnitRecords.UNIT, unit.getId(), parentChange ? "PARENT_CHANGE_RETURNED" : "RETURNED",
                    from, unit.getStatus().name(), unit.getReturnReason());
            notifyAdmins(unit, parentChange ? "上级单位变更被退回" : "单位注册被退回",
                    "“" + reviewer + "”退回了您单位的" + (parentChange ? "上级单位变更申请" : "注册申请")
                            + "，退回原因：" + unit.getReturnReason()
                            + (parentChange ? "" : "。请修改单位信息后重新提交审核。"));
        }
        return unitIds.size();
    }

    private static void requireSome(List<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            throw new BusinessException("unit.review.noneSelected");
        }
    }

    /** A waiting unit addressed to the caller's unit; anything else is out of the caller's reach. */
    private Unit requireAddressedToCaller(Long unitId) {
        Unit own = permissions.require(Permission.SUBORDINATE_REGISTRATION_REVIEW);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null || unit.getRequestedParent() == null || !unit.getRequestedParent().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return unit;
    }

    private void notifyAdmins(Unit unit, String title, String body) {
        em.createQuery("select m.account from Membership m where m.unit = :unit and m.role = :role", Account.class)
                .setParameter("unit", unit).setParameter("role", Role.UNIT_ADMIN).getResultList()
                .forEach(admin -> messages.sendFromSystem(admin.getId(), title, body));
    }

    /** Whether the unit's licence may be shown to the caller: the unit asked the caller's unit to review it. */
    @PermitAll
    public boolean isLicenceUnderCallersReview(Long attachmentId) {
        Optional<Unit> own = callers.findCurrent().flatMap(Account::staffUnit);
        return own.isPresent() && permissions.callerHas(Permission.SUBORDINATE_REGISTRATION_REVIEW) && !em.createQuery("select u.id from Unit u where u.licenceAttachmentId = :id "
                        + "and u.requestedParent = :own", Long.class)
                .setParameter("id", attachmentId).setParameter("own", own.get()).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
