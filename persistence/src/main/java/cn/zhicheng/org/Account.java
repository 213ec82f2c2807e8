package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's log-in account with the person's identifying data and their role memberships per unit.
 * Only the password hash is stored; the lock-out and forced-change rules live here.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_LOGIN, query = "select a from Account a where a.loginName = :loginName")
@NamedQuery(name = Account.FIND_BY_ID_NUMBER, query = "select a from Account a where a.idNumber = :idNumber")
public class Account {

    public static final String FIND_BY_LOGIN = "Account.findByLogin";
    public static final String FIND_BY_ID_NUMBER = "Account.findByIdNumber";
    public static final int DISPLAY_NAME_MAX = 50;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "login_name", nullable = false, length = 64)
    private String loginName;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(name = "id_number", length = 18)
    private IdNumber idNumber;

    @Column(length = 20)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Membership> memberships = new ArrayList<>();

    /** The unit-defined roles (角色管理) of a staff account; they grant permissions in its staff unit. */
    @ManyToMany
    @JoinTable(name = "account_unit_role", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_role_id"))
    private Set<UnitRole> staffRoles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    /**
     * An account created by somebody else (an administrator, a parent unit, the demo seed): its first log-in must
     * change the password.
     */
    public static Account createdByOther(String loginName, String displayName, IdNumber idNumber, String phone,
                                         String passwordHash, OffsetDateTime now) {
        Account account = new Account(loginName, displayName, idNumber, phone, passwordHash, now);
        account.mustChangePassword = true;
        return account;
    }

    /** An account whose owner chose the password (self-registration). */
    public static Account selfRegistered(String loginName, String displayName, IdNumber idNumber, String phone,
                                         String passwordHash, OffsetDateTime now) {
        return new Account(loginName, displayName, idNumber, phone, passwordHash, now);
    }

    private Account(String loginName, String displayName, IdNumber idNumber, String phone, String passwordHash,
                    OffsetDateTime now) {
        this.loginName = normalizeLogin(loginName);
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessException("account.name.required");
        }
        if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            throw new BusinessException("account.name.tooLong", DISPLAY_NAME_MAX);
        }
        this.displayName = displayName.strip();
        this.idNumber = idNumber;
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.status = AccountStatus.ACTIVE;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /**
     * Log-in names compare case-insensitively: stored in lower case, except that an ID number (applicants and experts
     * log in with it) keeps the upper-case check character X that GB 11643 prescribes.
     */
    public static String normalizeLogin(String loginName) {
        if (loginName == null || loginName.isBlank()) {
            throw new BusinessException("account.login.required");
        }
        String login = loginName.strip();
        return login.matches("[0-9]{17}[0-9xX]") ? login.toUpperCase(Locale.ROOT) : login.toLowerCase(Locale.ROOT);
    }

    /**
     * A login name somebody chooses for a staff account: 3 to 32 letters, digits, "_", "." or "-", starting with a
     * letter, so that it can never collide with the ID numbers applicants and experts log in with.
     */
    public static String chosenLogin(String loginName) {
        String login = normalizeLogin(loginName);
        if (!login.matches("[a-z][a-z0-9_.-]{2,31}")) {
            throw new BusinessException("account.login.format", login);
        }
        return login;
    }

    public void grant(Role role, Unit unit) {
        boolean present = memberships.stream().anyMatch(m -> m.matches(role, unit));
        if (!present) {
            memberships.add(new Membership(this, unit, role));
        }
    }

    public void revoke(Role role, Unit unit) {
        memberships.removeIf(m -> m.matches(role, unit));
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        memberships.forEach(m -> roles.add(m.getRole()));
        return roles;
    }

    /** The unit the account works for: the unit of its first unit or committee membership, if any. */
    public Optional<Unit> primaryUnit() {
        return memberships.stream().map(Membership::getUnit).filter(Objects::nonNull).findFirst();
    }

    /** The unit the account works for as unit staff (super administrator, handler or leader), if any. */
    public Optional<Unit> staffUnit() {
        return memberships.stream().filter(m -> m.getRole().isUnitRole()).map(Membership::getUnit)
                .filter(Objects::nonNull).findFirst();
    }

    /** 超级管理员 of its staff unit. */
    public boolean isSuperAdmin() {
        return memberships.stream().anyMatch(m -> m.getRole() == Role.UNIT_ADMIN && m.getUnit() != null);
    }

    /**
     * Replaces the staff roles; each must be a role of the account's own staff unit, and staff other than the super
     * administrator (who holds every function anyway) need at least one.
     */
    public void assignStaffRoles(Set<UnitRole> roles) {
        Unit unit = staffUnit().orElseThrow(() -> new BusinessException("staff.notUnitStaff"));
        if (roles.isEmpty() && !isSuperAdmin()) {
            throw new BusinessException("staff.roles.required");
        }
        for (UnitRole role : roles) {
            if (!role.getUnit().equals(unit)) {
                throw new BusinessException("role.otherUnit", role.getName());
            }
        }
        staffRoles.clear();
        staffRoles.addAll(roles);
    }

    public Set<UnitRole> getStaffRoles() {
        return Collections.unmodifiableSet(staffRoles);
    }

    /**
     * What the account may do in its staff unit (SPEC §3.2): nothing unless the account is active and the unit
     * authorised; everything the unit's type allows for the super administrator; otherwise the union of its roles'
     * permissions, bounded by what the unit's type allows.
     */
    public Set<Permission> permissions() {
        Unit unit = staffUnit().orElse(null);
        if (unit == null || status != AccountStatus.ACTIVE || !unit.isAuthorized()) {
            return EnumSet.noneOf(Permission.class);
        }
        Set<Permission> available = Permission.availableTo(unit.getType());
        if (unit.getParent() != null) {
            // the province's catalog belongs to the root unit alone (SPEC §3.16)
            available.remove(Permission.TITLE_CATALOG);
        }
        if (isSuperAdmin()) {
            return available;
        }
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        staffRoles.forEach(role -> granted.addAll(role.getPermissions()));
        granted.retainAll(available);
        return granted;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean canLogIn(OffsetDateTime now) {
        return status == AccountStatus.ACTIVE && !isLocked(now);
    }

    /**
     * Counts a wrong password. Reaching {@code maxAttempts} locks the account for {@code lockFor} and starts a new
     * count. Returns true when this attempt locked the account.
     */
    public boolean recordFailedLogin(OffsetDateTime now, int maxAttempts, Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(OffsetDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The owner's own change: the forced-change flag is cleared. The policy is checked by the caller's hash step. */
    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An administrator's reset: the owner must choose a new password at the next log-in. */
    public void resetPassword(String newHash, OffsetDateTime now) {
        requireNotRetired();
        changePassword(newHash, now);
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** 禁用: an active account stops logging in until re-enabled. */
    public void disable() {
        moveTo(AccountStatus.DISABLED);
    }

    /** 启用: a disabled account logs in again. */
    public void enable() {
        moveTo(AccountStatus.ACTIVE);
    }

    /**
     * 废弃: the account never logs in again and cannot be re-enabled. A retired staff member no longer holds the
     * unit's roles, so that a role can be deleted once only former staff held it.
     */
    public void retire() {
        moveTo(AccountStatus.RETIRED);
        staffRoles.clear();
    }

    private void requireNotRetired() {
        if (status == AccountStatus.RETIRED) {
            throw new BusinessException("account.retired.final");
        }
    }

    private void moveTo(AccountStatus target) {
        if (status == AccountStatus.RETIRED) {
            throw new BusinessException("account.status.retired");
        }
        if (!status.canMoveTo(target)) {
            throw new BusinessException("account.status.unchanged");
        }
        status = target;
    }

    /** Whether a manager may disable / enable / retire the account now (the same rule the methods above apply). */
    public boolean canBecome(AccountStatus target) {
        return status.canMoveTo(target);
    }

    /** Corrects the person's name and contact phone; the login name and the ID number never change. */
    public void changeContact(String newDisplayName, String newPhone) {
        requireNotRetired();
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new BusinessException("account.name.required");
        }
        if (newDisplayName.strip().length() > DISPLAY_NAME_MAX) {
            throw new BusinessException("account.name.tooLong", DISPLAY_NAME_MAX);
        }
        this.displayName = newDisplayName.strip();
        this.phone = newPhone;
    }

    /** True for an account that holds the applicant role (申报人). */
    public boolean isApplicant() {
        return memberships.stream().anyMatch(m -> m.getRole() == Role.APPLICANT);
    }

    /** The applicant's employer unit (工作单位): the unit of the applicant membership, if chosen. */
    public Optional<Unit> employer() {
        return memberships.stream().filter(m -> m.getRole() == Role.APPLICANT).map(Membership::getUnit)
                .filter(Objects::nonNull).findFirst();
    }

    /**
     * An applicant chooses or changes the employer unit (SPEC §3.1, §3.8.1): only an authorised unit can be chosen,
     * because only units with an account take part in the review chain.
     */
    public void chooseEmployer(Unit unit) {
        Membership applicant = memberships.stream().filter(m -> m.getRole() == Role.APPLICANT).findFirst()
                .orElseThrow(() -> new BusinessException("applicant.notApplicant"));
        if (!Objects.requireNonNull(unit).isAuthorized()) {
            throw new BusinessException("applicant.employer.notAuthorized", unit.getName());
        }
        applicant.moveTo(unit);
    }

    /**
     * Corrects the person's name, ID number and phone (a parent unit maintaining a subordinate's 经办人, a registrant
     * completing 经办人信息). The log-in name stays.
     */
    public void correctPersonalData(String newDisplayName, IdNumber newIdNumber, String newPhone) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new BusinessException("account.name.required");
        }
        this.displayName = newDisplayName.strip();
        this.idNumber = newIdNumber;
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    public Long getId() {
        return id;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Account other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + " " + loginName + "]";
    }
}
