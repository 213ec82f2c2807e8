package cn.zhicheng.org;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Log-in checks, lock-out and password changes. Writes one structured security log line per log-in attempt and
 * audits the state changes (lock, password change).
 */
@Stateless
public class AccountService {

    /** Security events go to their own logger so that ops can route them (docs/OPERATIONS.md). */
    private static final Logger SECURITY_LOG = Logger.getLogger("cn.zhicheng.security");

    static final String ENTITY = "ACCOUNT";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditLog auditLog;

    @EJB
    private Callers callers;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private UnitScope unitScope;

    /** Checks a log-in attempt. Unknown names cost as much time as known ones, so timing reveals nothing. */
    @PermitAll
    public LoginOutcome authenticate(String loginName, String password, String clientAddress) {
        OffsetDateTime now = Times.now();
        String login = loginName == null || loginName.isBlank() ? "" : Account.normalizeLogin(loginName);
        Optional<Account> found = login.isEmpty() ? Optional.empty() : findForUpdate(login);
        if (found.isEmpty()) {
            hasher.matches(password == null ? "" : password, DummyHash.get(hasher));
            logSecurity("login_failed", login, clientAddress, "reason=unknown_account");
            return LoginOutcome.refused(LoginOutcome.Result.INVALID_CREDENTIALS, login, null);
        }
        Account account = found.get();
        if (account.getStatus() != AccountStatus.ACTIVE) {
            logSecurity("login_failed", login, clientAddress, "reason=" + account.getStatus().name().toLowerCase());
            return LoginOutcome.refused(LoginOutcome.Result.DISABLED, login, null);
        }
        if (account.isLocked(now)) {
            logSecurity("login_locked", login, clientAddress, "until=" + account.getLockedUntil());
            return LoginOutcome.refused(LoginOutcome.Result.LOCKED, login, account.getLockedUntil());
        }
        if (password == null || !hasher.matches(password, account.getPasswordHash())) {
            int maxAttempts = settings.get(SettingKeys.SECURITY_LOCKOUT_MAX_ATTEMPTS);
            Duration lockFor = Duration.ofMinutes(settings.get(SettingKeys.SECURITY_LOCKOUT_MINUTES));
            boolean lockedNow = account.recordFailedLogin(now, maxAttempts, lockFor);
            if (lockedNow) {
                logSecurity("account_locked", login, clientAddress, "until=" + account.getLockedUntil());
                auditLog.record(AuditRecord.Actor.SYSTEM, ENTITY, account.getId(), "LOCKED", "ACTIVE", "LOCKED",
                        "连续" + maxAttempts + "次密码错误，锁定至" + Times.display(account.getLockedUntil()));
                return LoginOutcome.refused(LoginOutcome.Result.LOCKED, login, account.getLockedUntil());
            }
            logSecurity("login_failed", login, clientAddress, "reason=bad_password attempts=" + account.getFailedAttempts());
            return LoginOutcome.refused(LoginOutcome.Result.INVALID_CREDENTIALS, login, null);
        }
        account.recordSuccessfulLogin(now);
        logSecurity("login_ok", login, clientAddress, "mustChangePassword=" + account.isMustChangePassword());
        return new LoginOutcome(LoginOutcome.Result.OK, login, account.roles(), null, account.isMustChangePassword());
    }

    /** The signed-in user changes their own password; the old one is required and the policy applies. */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = callers.current();
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.current.wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new BusinessException("password.sameAsCurrent");
        }
        PasswordPolicy.check(newPassword, account.getLoginName());
        account.changePassword(hasher.hash(newPassword), Times.now());
        logSecurity("password_changed", account.getLoginName(), null, "");
        auditLog.record(ENTITY, account.getId(), "PASSWORD_CHANGED", null, null, null);
    }

    /** The home page facts of the signed-in user, scoped to what they may see. */
    @PermitAll
    public HomeFacts homeFactsOfCaller() {
        Account account = callers.current();
        Unit unit = account.primaryUnit().orElse(null);
        return new HomeFacts(account.getDisplayName(), account.getLoginName(),
                account.getIdNumber() == null ? null : account.getIdNumber().masked(), account.roles(),
                unit == null ? null : unit.getName(), unit == null ? null : unit.getType(),
                unit == null ? null : unit.getHrssLevel(),
                unit == null || unit.getParent() == null ? null : unit.getParent().getName(),
                unitScope.visibleUnitIds(account).size(), account.getLastLoginAt(),
                unit == null ? null : unit.getRegionCode(), unit == null ? null : unit.getStatus());
    }

    @PermitAll
    public Optional<Account> findByLogin(String loginName) {
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", Account.normalizeLogin(loginName))
                .getResultStream().findFirst();
    }

    @PermitAll
    public Account getByLogin(String loginName) {
        return findByLogin(loginName).orElseThrow(() -> new BusinessException("account.notFound", loginName));
    }

    /** The session's view of the signed-in account, built once after log-in. */
    @PermitAll
    public SignedInUser describeCaller() {
        Account account = callers.current();
        Unit unit = account.primaryUnit().orElse(null);
        return new SignedInUser(account.getId(), account.getLoginName(), account.getDisplayName(), account.roles(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
                unit == null ? null : unit.getType(), unit == null ? null : unit.getHrssLevel(),
                account.isMustChangePassword());
    }

    /**
     * Creates an account on behalf of its owner: the initial password must be changed at first log-in.
     * Used by the unit and committee administration flows and the demo seed.
     */
    @RolesAllowed({Role.Names.SYSTEM_ADMIN, Role.Names.UNIT_ADMIN, Role.Names.COMMITTEE_ADMIN})
    public Account createForOther(String loginName, String displayName, IdNumber idNumber, String phone,
                                  String initialPassword) {
        return persistNew(Account.createdByOther(loginName, displayName, idNumber, phone,
                hasher.hash(initialPassword), Times.now()));
    }

    Account persistNew(Account account) {
        if (findByLogin(account.getLoginName()).isPresent()) {
            throw new BusinessException("account.login.taken", account.getLoginName());
        }
        em.persist(account);
        auditLog.record(ENTITY, account.getId(), "CREATED", null, AccountStatus.ACTIVE.name(), null);
        return account;
    }

    private Optional<Account> findForUpdate(String login) {
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private static void logSecurity(String event, String login, String clientAddress, String details) {
        SECURITY_LOG.info(() -> String.format("event=%s login=%s ip=%s %s", event, login,
                clientAddress == null ? "-" : clientAddress, details).strip());
    }

    /** A hash to verify against when the account does not exist, computed once. */
    private static final class DummyHash {
        private static volatile String value;

        static String get(PasswordHasher hasher) {
            if (value == null) {
                value = hasher.hash("not-a-real-password");
            }
            return value;
        }
    }
}
