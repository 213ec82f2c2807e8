package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
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

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 工作人员管理 (SPEC §3.2.1, §2.4 path 3): the super administrator lists, adds, edits, disables, re-enables and retires
 * the staff accounts of their own unit and resets their passwords. Each call starts with the permission check; an id
 * of another unit's account is refused with {@link AccessDeniedException}. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.UNIT_ADMIN)
public class StaffService {

    static final String ENTITY = AccountService.ENTITY;
    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.UNIT_LEADER);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    /** One page of the unit's staff, filtered by name (part of it) and status, ordered by name. */
    public List<StaffRow> list(String name, AccountStatus status, int first, int pageSize) {
        Unit unit = permissions.require(Permission.STAFF_MANAGE);
        Account caller = callers.current();
        TypedQuery<Account> query = em.createQuery("select a from Account a where " + where(name, status)
                + " order by a.displayName, a.id", Account.class)
                .setHint("eclipselink.batch", "a.staffRoles")
                .setFirstResult(first)
                .setMaxResults(pageSize);
        bind(query, unit, name, status);
        return query.getResultList().stream().map(a -> StaffRow.of(a, caller)).toList();
    }

    public long count(String name, AccountStatus status) {
        Unit unit = permissions.require(Permission.STAFF_MANAGE);
        TypedQuery<Long> query = em.createQuery("select count(a) from Account a where " + where(name, status),
                Long.class);
        bind(query, unit, name, status);
        return query.getSingleResult();
    }

    private static String where(String name, AccountStatus status) {
        return "a.id in (select m.account.id from Membership m where m.unit = :unit and m.role in :roles)"
                + (blank(name) ? "" : " and lower(a.displayName) like :name")
                + (status == null ? "" : " and a.status = :status");
    }

    private static void bind(TypedQuery<?> query, Unit unit, String name, AccountStatus status) {
        query.setParameter("unit", unit).setParameter("roles", STAFF_ROLES);
        if (!blank(name)) {
            query.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    /** The unit's roles, for the role choices of the add and edit forms. */
    public List<RoleRow> roleChoices() {
        Unit unit = permissions.require(Permission.STAFF_MANAGE);
        return em.createNamedQuery(UnitRole.FIND_BY_UNIT, UnitRole.class).setParameter("unit", unit)
                .getResultStream().map(r -> RoleRow.of(r, 0)).toList();
    }

    /**
     * Adds a staff member (经办人员) to the caller's unit with one or more of its roles. The account gets the
     * province's initial password and must change it at the first log-in.
     *
     * @return the new account's login name
     */
    public String create(String name, String idNumber, String phone, String loginName, Collection<Long> roleIds) {
        Unit unit = permissions.require(Permission.STAFF_MANAGE);
        String login = Account.chosenLogin(loginName);
        IdNumber id = IdNumber.of(idNumber);
        String contact = PhoneNumbers.contact(phone);
        Set<UnitRole> roles = rolesOf(unit, roleIds);
        if (exists(Account.FIND_BY_LOGIN, "loginName", login)) {
            throw new BusinessException("account.login.taken", login);
        }
        if (exists(Account.FIND_BY_ID_NUMBER, "idNumber", id)) {
            throw new BusinessException("account.idNumber.taken");
        }
        Account account = Account.createdByOther(login, name, id, contact,
                hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), Times.now());
        account.grant(Role.UNIT_HANDLER, unit);
        account.assignStaffRoles(roles);
        em.persist(account);
        auditLog.record(ENTITY, account.getId(), "STAFF_CREATED", null, AccountStatus.ACTIVE.name(),
                unit.getName() + "：" + roleNames(roles));
        return account.getLoginName();
    }

    /** The staff member as the edit form shows it. */
    public StaffDetails details(Long accountId) {
        Account account = staffOfCallersUnit(accountId);
        return new StaffDetails(account.getId(), account.getLoginName(),
                account.getIdNumber() == null ? null : account.getIdNumber().masked(), account.getDisplayName(),
                account.getPhone(), account.getStaffRoles().stream().map(UnitRole::getId).sorted().toList(),
                account.isSuperAdmin());
    }

    /** Changes the staff member's name, phone and roles; a retired account stays as it was. */
    public void edit(Long accountId, String name, String phone, Collection<Long> roleIds) {
        Account account = staffOfCallersUnit(accountId);
        Unit unit = account.staffUnit().orElseThrow();
        String before = describe(account);
        account.changeContact(name, PhoneNumbers.contact(phone));
        account.assignStaffRoles(rolesOf(unit, roleIds));
        auditLog.record(ENTITY, account.getId(), "STAFF_EDITED", null, null,
                before + " → " + describe(account));
    }

    public void disable(Long accountId) {
        changeStatus(accountId, AccountStatus.DISABLED);
    }

    public void enable(Long accountId) {
        changeStatus(accountId, AccountStatus.ACTIVE);
    }

    /** Retires the account for good: it never logs in again and gives up its roles. */
    public void retire(Long accountId) {
        changeStatus(accountId, AccountStatus.RETIRED);
    }

    /** Resets the password to the province's initial password; the staff member must change it at the next log-in. */
    public void resetPassword(Long accountId) {
        Account account = staffOfCallersUnit(accountId);
        account.resetPassword(hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), Times.now());
        auditLog.record(ENTITY, account.getId(), "PASSWORD_RESET", null, null, null);
    }

    private void changeStatus(Long accountId, AccountStatus target) {
        Account account = staffOfCallersUnit(accountId);
        if (target != AccountStatus.ACTIVE && account.equals(callers.current())) {
            throw new BusinessException("staff.self.forbidden");
        }
        AccountStatus from = account.getStatus();
        switch (target) {
            case DISABLED -> account.disable();
            case ACTIVE -> account.enable();
            case RETIRED -> account.retire();
        }
        String action = switch (target) {
            case DISABLED -> "DISABLED";
            case ACTIVE -> "ENABLED";
            case RETIRED -> "RETIRED";
        };
        auditLog.record(ENTITY, account.getId(), action, from.name(), target.name(), null);
    }

    /** A staff account of the caller's own unit; any other id is out of reach (HTTP 403 on screens). */
    private Account staffOfCallersUnit(Long accountId) {
        Unit unit = permissions.require(Permission.STAFF_MANAGE);
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || account.staffUnit().filter(unit::equals).isEmpty()) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return account;
    }

    /** The chosen roles, each of which must be a role of the unit (another unit's role id is refused). */
    private Set<UnitRole> rolesOf(Unit unit, Collection<Long> roleIds) {
        Set<UnitRole> roles = new HashSet<>();
        for (Long roleId : roleIds == null ? List.<Long>of() : roleIds) {
            UnitRole role = em.find(UnitRole.class, roleId);
            if (role == null || !role.getUnit().equals(unit)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            roles.add(role);
        }
        return roles;
    }

    private boolean exists(String namedQuery, String parameter, Object value) {
        return !em.createNamedQuery(namedQuery, Account.class).setParameter(parameter, value)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static String describe(Account account) {
        return account.getDisplayName() + " " + account.getPhone() + " [" + roleNames(account.getStaffRoles()) + "]";
    }

    private static String roleNames(Collection<UnitRole> roles) {
        return roles.stream().map(UnitRole::getName).sorted().collect(Collectors.joining("、"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
