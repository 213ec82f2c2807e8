package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
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

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Applicant accounts in both models of the province setting {@code account.applicantProvisioning} (SPEC §2.4 paths
 * 4 and 5, §3.2.3, §3.8.1). HB ({@link ApplicantProvisioning#UNIT_CREATED}): the employer's staff create accounts for
 * persons of their own unit (login = ID number, initial password, forced change), list, disable, re-enable and reset
 * them. SC ({@link ApplicantProvisioning#SELF_REGISTER}): applicants register themselves and choose an authorised
 * employer unit. Each side refuses while the other model is in force. Every change is audited.
 */
@Stateless
public class ApplicantAccountService {

    static final String ENTITY = AccountService.ENTITY;

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

    /** Who creates applicant accounts in this province. */
    @PermitAll
    public ApplicantProvisioning provisioning() {
        return settings.get(SettingKeys.ACCOUNT_APPLICANT_PROVISIONING);
    }

    /** True when applicants register themselves (the log-in page then offers 个人注册). */
    @PermitAll
    public boolean isSelfRegistrationOpen() {
        return provisioning() == ApplicantProvisioning.SELF_REGISTER;
    }

    // ---- HB: the unit creates and manages its applicants' accounts ----

    /**
     * Creates the account of a person of the caller's own unit (not of a subordinate unit): the ID number is the login,
     * the password the province's initial one, to be changed at the first log-in. One account per person.
     *
     * @return the login name (the normalized ID number)
     */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public String create(String name, String idNumber, String phone) {
        Unit unit = requireUnitCreated();
        IdNumber id = IdNumber.of(idNumber);
        String contact = PhoneNumbers.contact(phone);
        requireNoAccount(id);
        Account account = Account.createdByOther(id.value(), name, id, contact,
                hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), Times.now());
        account.grant(Role.APPLICANT, unit);
        em.persist(account);
        auditLog.record(ENTITY, account.getId(), "APPLICANT_CREATED", null, AccountStatus.ACTIVE.name(),
                unit.getName());
        return account.getLoginName();
    }

    /** One page of the caller's unit's applicants, filtered by name and by ID number (both partial), by name. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public List<ApplicantRow> list(String name, String idNumber, int first, int pageSize) {
        Unit unit = permissions.require(Permission.APPLICANT_ACCOUNTS);
        TypedQuery<Account> query = em.createQuery("select a from Account a where " + where(name, idNumber)
                        + " order by a.displayName, a.id", Account.class)
                .setFirstResult(first)
                .setMaxResults(pageSize);
        bind(query, unit, name, idNumber);
        return query.getResultList().stream().map(ApplicantRow::of).toList();
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public long count(String name, String idNumber) {
        Unit unit = permissions.require(Permission.APPLICANT_ACCOUNTS);
        TypedQuery<Long> query = em.createQuery("select count(a) from Account a where " + where(name, idNumber),
                Long.class);
        bind(query, unit, name, idNumber);
        return query.getSingleResult();
    }

    private static String where(String name, String idNumber) {
        // applicants log in with their ID number, so the login column is the searchable ID number
        return "a.id in (select m.account.id from Membership m where m.unit = :unit and m.role = :applicant)"
                + (blank(name) ? "" : " and lower(a.displayName) like :name")
                + (blank(idNumber) ? "" : " and a.loginName like :idNumber");
    }

    private static void bind(TypedQuery<?> query, Unit unit, String name, String idNumber) {
        query.setParameter("unit", unit).setParameter("applicant", Role.APPLICANT);
        if (!blank(name)) {
            query.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (!blank(idNumber)) {
            query.setParameter("idNumber", "%" + idNumber.strip().toUpperCase(Locale.ROOT) + "%");
        }
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public void disable(Long accountId) {
        Account account = applicantOfCallersUnit(accountId);
        account.disable();
        auditLog.record(ENTITY, account.getId(), "DISABLED", AccountStatus.ACTIVE.name(),
                AccountStatus.DISABLED.name(), null);
    }

    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public void enable(Long accountId) {
        Account account = applicantOfCallersUnit(accountId);
        account.enable();
        auditLog.record(ENTITY, account.getId(), "ENABLED", AccountStatus.DISABLED.name(),
                AccountStatus.ACTIVE.name(), null);
    }

    /** Back to the province's initial password, to be changed at the next log-in. */
    @RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
    public void resetPassword(Long accountId) {
        Account account = applicantOfCallersUnit(accountId);
        account.resetPassword(hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), Times.now());
        auditLog.record(ENTITY, account.getId(), "PASSWORD_RESET", null, null, null);
    }

    /** The caller's unit, provided the unit creates applicant accounts here and the caller holds the function. */
    private Unit requireUnitCreated() {
        Unit unit = permissions.require(Permission.APPLICANT_ACCOUNTS);
        if (provisioning() != ApplicantProvisioning.UNIT_CREATED) {
            throw new BusinessException("applicant.provisioning.selfRegister");
        }
        return unit;
    }

    /** An applicant whose employer is the caller's own unit; any other id is out of reach (HTTP 403). */
    private Account applicantOfCallersUnit(Long accountId) {
        Unit unit = requireUnitCreated();
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || account.employer().filter(unit::equals).isEmpty()) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return account;
    }

    // ---- SC: applicants register themselves and choose their employer ----

    /**
     * Registers an applicant (SC): name, ID number (checked incl. checksum; it becomes the login), mobile number and a
     * password under the password policy, entered twice. The applicant chooses the employer after logging in.
     *
     * @return the login name (the normalized ID number)
     */
    @PermitAll
    public String register(String name, String idNumber, String mobile, String password, String confirmation) {
        if (provisioning() != ApplicantProvisioning.SELF_REGISTER) {
            throw new BusinessException("applicant.register.unitCreated");
        }
        IdNumber id = IdNumber.of(idNumber);
        String phone = PhoneNumbers.mobile(mobile);
        PasswordPolicy.check(password, id.value());
        if (!Objects.equals(password, confirmation)) {
            throw new BusinessException("applicant.password.mismatch");
        }
        requireNoAccount(id);
        Account account = Account.selfRegistered(id.value(), name, id, phone, hasher.hash(password), Times.now());
        account.grant(Role.APPLICANT, null);
        em.persist(account);
        auditLog.record(Callers.actorOf(account), ENTITY, account.getId(), "APPLICANT_REGISTERED", null,
                AccountStatus.ACTIVE.name(), null);
        return account.getLoginName();
    }

    /** One page of authorised units whose name contains the text, by name: the employer choices. */
    @RolesAllowed(Role.Names.APPLICANT)
    public List<UnitChoice> searchEmployers(String name, int first, int pageSize) {
        TypedQuery<Unit> query = em.createQuery("select u from Unit u where " + employerWhere(name)
                        + " order by u.name, u.id", Unit.class)
                .setFirstResult(first)
                .setMaxResults(pageSize);
        bindEmployer(query, name);
        return query.getResultList().stream().map(UnitChoice::of).toList();
    }

    @RolesAllowed(Role.Names.APPLICANT)
    public long countEmployers(String name) {
        TypedQuery<Long> query = em.createQuery("select count(u) from Unit u where " + employerWhere(name),
                Long.class);
        bindEmployer(query, name);
        return query.getSingleResult();
    }

    private static String employerWhere(String name) {
        return "u.status = :authorized" + (blank(name) ? "" : " and lower(u.name) like :name");
    }

    private static void bindEmployer(TypedQuery<?> query, String name) {
        query.setParameter("authorized", UnitStatus.AUTHORIZED);
        if (!blank(name)) {
            query.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    /** The signed-in applicant's employer unit, if chosen. */
    @RolesAllowed(Role.Names.APPLICANT)
    public Optional<UnitChoice> employerOfCaller() {
        return callers.current().employer().map(UnitChoice::of);
    }

    /** The signed-in applicant chooses or changes the employer unit among the authorised units (SC only). */
    @RolesAllowed(Role.Names.APPLICANT)
    public void chooseEmployer(Long unitId) {
        if (provisioning() != ApplicantProvisioning.SELF_REGISTER) {
            throw new BusinessException("applicant.employer.unitCreated");
        }
        Account account = callers.current();
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            throw new BusinessException("applicant.employer.notFound");
        }
        String before = account.employer().map(u -> u.getName() + " → ").orElse("");
        account.chooseEmployer(unit);
        auditLog.record(ENTITY, account.getId(), "EMPLOYER_CHOSEN", null, null, before + unit.getName());
    }

    private void requireNoAccount(IdNumber id) {
        boolean exists = !em.createNamedQuery(Account.FIND_BY_ID_NUMBER, Account.class).setParameter("idNumber", id)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class).setParameter("loginName", id.value())
                .setMaxResults(1).getResultList().isEmpty();
        if (exists) {
            throw new BusinessException("applicant.account.exists", id.masked());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
