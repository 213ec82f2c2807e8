package cn.zhicheng.it.staff;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.config.SettingView;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.ApplicantAccountService;
import cn.zhicheng.org.ApplicantRow;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.LoginOutcome;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.RoleRow;
import cn.zhicheng.org.StaffRow;
import cn.zhicheng.org.StaffService;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitChoice;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitRoleService;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff, roles and applicant accounts inside the real server (SPEC §2.4–2.6, §3.2, §3.8.1): permission bounds,
 * cross-unit refusal, uniqueness, disable / retire and what log-in then says, role deletion, both applicant
 * provisioning models switched by the province setting (restored afterwards), self-registration and employer choice.
 * Each test seeds its own units and accounts with unique names.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    private static final String PASSWORD = "Right@2026";
    private static final String INITIAL = "888888";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StaffIT.class, SignIn.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @EJB
    private StaffService staff;

    @EJB
    private UnitRoleService roles;

    @EJB
    private ApplicantAccountService applicants;

    @EJB
    private AccountService accounts;

    @EJB
    private UnitPermissions unitPermissions;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private AuditLog auditLog;

    @EJB
    private Callers callers;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Test
    void theSuperAdministratorManagesTheStaffOfTheirOwnUnit() throws Exception {
        String tag = tag();
        Unit unit = unit(tag + "医院", UnitType.APPLYING_UNIT, null);
        String admin = admin(tag + "a", unit);
        signIn(admin);
        Long reviewer = roles.create("审核员", "审核申报材料", EnumSet.of(Permission.APPLICATION_REVIEW,
                Permission.SUBORDINATE_UNIT_MANAGE));
        String idNumber = idNumber();

        String login = staff.create("王经办", idNumber, "028-86130000", tag + "w", List.of(reviewer));

        assertEquals((tag + "w").toLowerCase(), login);
        LoginOutcome first = accounts.authenticate(login, INITIAL, "127.0.0.1");
        assertEquals(LoginOutcome.Result.OK, first.result());
        assertTrue(first.mustChangePassword(), "the initial password must be changed");
        assertEquals(Set.of(Role.UNIT_HANDLER), first.roles());
        Account created = account(login);
        assertEquals(EnumSet.of(Permission.APPLICATION_REVIEW, Permission.SUBORDINATE_UNIT_MANAGE),
                created.permissions(), "exactly the role's permissions");
        assertEquals(unit.getId(), created.staffUnit().orElseThrow().getId());

        List<StaffRow> found = staff.list("王经", null, 0, 10);
        assertEquals(1, found.size());
        assertEquals(1, staff.count("王经", null));
        assertEquals(2, staff.count(null, AccountStatus.ACTIVE), "the super administrator and the new member");
        assertEquals(List.of("审核员"), found.get(0).roleNames());
        assertEquals(idNumber.substring(0, 4) + "**********" + idNumber.substring(14), found.get(0).maskedIdNumber());
        assertTrue(found.get(0).canDisable() && found.get(0).canRetire() && !found.get(0).canEnable());

        rejected(() -> staff.create("重名", idNumber(), "13800000000", tag + "W", List.of(reviewer)),
                "account.login.taken");
        rejected(() -> staff.create("重号", idNumber, "13800000000", tag + "x", List.of(reviewer)),
                "account.idNumber.taken");
        rejected(() -> staff.create("无角色", idNumber(), "13800000000", tag + "y", List.of()), "staff.roles.required");
        rejected(() -> staff.create("坏号", "510104199001011231", "13800000000", tag + "z", List.of(reviewer)),
                "idNumber.checksum");
        rejected(() -> staff.create("坏名", idNumber(), "13800000000", "1" + tag, List.of(reviewer)),
                "account.login.format");
        rejected(() -> staff.create("坏电话", idNumber(), "电话", tag + "p", List.of(reviewer)), "phone.contact.format");

        staff.edit(created.getId(), "王经办人", "13900000000", List.of(reviewer));
        assertEquals("王经办人", account(login).getDisplayName());

        staff.disable(created.getId());
        assertEquals(LoginOutcome.Result.DISABLED, accounts.authenticate(login, INITIAL, "127.0.0.1").result());
        assertTrue(account(login).permissions().isEmpty());
        staff.enable(created.getId());
        assertEquals(LoginOutcome.Result.OK, accounts.authenticate(login, INITIAL, "127.0.0.1").result());

        staff.resetPassword(created.getId());
        assertTrue(account(login).isMustChangePassword());

        staff.retire(created.getId());
        assertEquals(LoginOutcome.Result.DISABLED, accounts.authenticate(login, INITIAL, "127.0.0.1").result());
        rejected(() -> staff.enable(created.getId()), "account.status.retired");
        rejected(() -> staff.resetPassword(created.getId()), "account.retired.final");
        rejected(() -> staff.edit(created.getId(), "复活", "13900000000", List.of(reviewer)), "account.retired.final");
        assertEquals(AccountStatus.RETIRED, account(login).getStatus(), "retired is final");

        Long self = account(admin).getId();
        rejected(() -> staff.disable(self), "staff.self.forbidden");
        rejected(() -> staff.retire(self), "staff.self.forbidden");
        assertEquals(AccountStatus.ACTIVE, account(admin).getStatus());

        List<String> history = auditLog.history("ACCOUNT", created.getId()).stream().map(AuditRecord::getAction)
                .toList();
        assertEquals(List.of("STAFF_CREATED", "STAFF_EDITED", "DISABLED", "ENABLED", "PASSWORD_RESET", "RETIRED"),
                history);
        assertEquals(admin, auditLog.history("ACCOUNT", created.getId()).get(0).getActorLogin());
    }

    @Test
    void anotherUnitsStaffAndRolesAreOutOfReach() throws Exception {
        String tag = tag();
        Unit mine = unit(tag + "本单位", UnitType.APPLYING_UNIT, null);
        Unit other = unit(tag + "外单位", UnitType.APPLYING_UNIT, null);
        Unit child = unit(tag + "下级单位", UnitType.APPLYING_UNIT, mine);
        String myAdmin = admin(tag + "m", mine);
        String otherAdmin = admin(tag + "o", other);
        String childAdmin = admin(tag + "c", child);

        signIn(otherAdmin);
        Long otherRole = roles.create("外单位角色", null, EnumSet.of(Permission.APPLICATION_REVIEW));
        String otherLogin = staff.create("外单位人员", idNumber(), "13800000000", tag + "os", List.of(otherRole));
        Long otherStaff = account(otherLogin).getId();
        signIn(childAdmin);
        Long childRole = roles.create("下级角色", null, EnumSet.of(Permission.APPLICATION_REVIEW));
        Long childStaff = account(staff.create("下级人员", idNumber(), "13800000000", tag + "cs",
                List.of(childRole))).getId();

        signIn(myAdmin);
        Long myRole = roles.create("本单位角色", null, EnumSet.of(Permission.APPLICATION_REVIEW));
        for (Long foreign : List.of(otherStaff, childStaff, account(otherAdmin).getId())) {
            denied(() -> staff.details(foreign));
            denied(() -> staff.disable(foreign));
            denied(() -> staff.retire(foreign));
            denied(() -> staff.resetPassword(foreign));
            denied(() -> staff.edit(foreign, "改名", "13800000000", List.of(myRole)));
        }
        for (Long foreignRole : List.of(otherRole, childRole)) {
            denied(() -> roles.get(foreignRole));
            denied(() -> roles.delete(foreignRole));
            denied(() -> roles.edit(foreignRole, "改名", null, EnumSet.of(Permission.APPLICATION_REVIEW)));
            denied(() -> staff.create("借角色", idNumber(), "13800000000", tag + "b" + foreignRole,
                    List.of(foreignRole)));
        }
        assertEquals(1, staff.count(null, null), "the list holds the own unit's staff only, not the child's");
        assertEquals(List.of("本单位角色"), roles.list().stream().map(RoleRow::name).toList());
        assertEquals(AccountStatus.ACTIVE, account(otherLogin).getStatus(), "nothing changed over there");

        signIn(otherLogin, INITIAL);
        assertThrows(EJBAccessException.class, () -> staff.list(null, null, 0, 10), "staff are not super admins");
        assertThrows(EJBAccessException.class, roles::list);
        denied(() -> unitPermissions.require(Permission.STAFF_MANAGE));
        denied(() -> unitPermissions.require(Permission.ROLE_MANAGE));
        assertEquals(EnumSet.of(Permission.APPLICATION_REVIEW), unitPermissions.ofCaller());
    }

    @Test
    void rolesAreBoundedByTheUnitTypeAndCannotBeDeletedWhileHeld() throws Exception {
        String tag = tag();
        Unit unit = unit(tag + "单位", UnitType.APPLYING_UNIT, null);
        signIn(admin(tag + "a", unit));

        assertFalse(roles.grantable().contains(Permission.COMPETENT_DEPARTMENT_CONFIG));
        assertFalse(roles.grantable().contains(Permission.STAFF_MANAGE));
        rejected(() -> roles.create("越权", null, EnumSet.of(Permission.COMPETENT_DEPARTMENT_CONFIG)),
                "role.permission.notGrantable");
        rejected(() -> roles.create("越权", null, EnumSet.of(Permission.ROLE_MANAGE)), "role.permission.notGrantable");
        rejected(() -> roles.create("空角色", null, Set.of()), "role.permissions.required");
        Long review = roles.create("审核", null, EnumSet.of(Permission.APPLICATION_REVIEW));
        Long subordinates = roles.create("下级管理", null, EnumSet.of(Permission.SUBORDINATE_UNIT_MANAGE));
        rejected(() -> roles.create(" 审核 ", null, EnumSet.of(Permission.APPLICATION_REVIEW)), "role.name.taken");
        rejected(() -> roles.edit(subordinates, "审核", null, EnumSet.of(Permission.APPLICATION_REVIEW)),
                "role.name.taken");

        String first = staff.create("甲", idNumber(), "13800000000", tag + "j", List.of(review));
        String second = staff.create("乙", idNumber(), "13800000000", tag + "y", List.of(review, subordinates));
        assertEquals(EnumSet.of(Permission.APPLICATION_REVIEW, Permission.SUBORDINATE_UNIT_MANAGE),
                account(second).permissions(), "the union of the roles");
        assertEquals(2, roles.get(review).holders());

        rejected(() -> roles.delete(review), "role.inUse");

        roles.edit(review, "审核", "改为含注册审核", EnumSet.of(Permission.APPLICATION_REVIEW,
                Permission.SUBORDINATE_REGISTRATION_REVIEW));
        assertEquals(EnumSet.of(Permission.APPLICATION_REVIEW, Permission.SUBORDINATE_REGISTRATION_REVIEW),
                account(first).permissions(), "a changed role applies at once");

        staff.edit(account(first).getId(), "甲", "13800000000", List.of(subordinates));
        staff.retire(account(second).getId());
        assertEquals(0, roles.get(review).holders(), "moved and retired staff no longer hold it");
        roles.delete(review);
        assertEquals(List.of("下级管理"), roles.list().stream().map(RoleRow::name).toList());
        assertEquals(List.of("ROLE_CREATED", "ROLE_EDITED", "ROLE_DELETED"),
                auditLog.history("UNIT_ROLE", review).stream().map(AuditRecord::getAction).toList());
    }

    @Test
    void unitsCreateApplicantAccountsOnlyUnderTheUnitCreatedModel() throws Exception {
        String tag = tag();
        Unit unit = unit(tag + "医院", UnitType.APPLYING_UNIT, null);
        Unit child = unit(tag + "医院分院", UnitType.APPLYING_UNIT, unit);
        Unit other = unit(tag + "别家医院", UnitType.APPLYING_UNIT, null);
        String admin = admin(tag + "a", unit);
        String childAdmin = admin(tag + "c", child);
        String otherAdmin = admin(tag + "o", other);
        signIn(admin);
        Long applicantsRole = roles.create("申报人帐号", null, EnumSet.of(Permission.APPLICANT_ACCOUNTS));
        Long reviewRole = roles.create("审核", null, EnumSet.of(Permission.APPLICATION_REVIEW));
        String handler = staff.create("帐号管理员", idNumber(), "13800000000", tag + "h", List.of(applicantsRole));
        String reviewer = staff.create("审核员", idNumber(), "13800000000", tag + "r", List.of(reviewRole));
        String staffId = account(handler).getIdNumber().value();

        withProvisioning(ApplicantProvisioning.UNIT_CREATED, () -> {
            signIn(handler, INITIAL);
            String id = idNumber();
            String login = applicants.create("申报人甲", id, "13800000000");
            assertEquals(id, login, "the ID number is the login");
            LoginOutcome outcome = accounts.authenticate(id, INITIAL, "127.0.0.1");
            assertEquals(LoginOutcome.Result.OK, outcome.result());
            assertTrue(outcome.mustChangePassword());
            assertEquals(Set.of(Role.APPLICANT), outcome.roles());
            Account applicant = account(id);
            assertEquals(unit.getId(), applicant.employer().orElseThrow().getId(), "linked to the creating unit");
            assertTrue(applicant.permissions().isEmpty());

            rejected(() -> applicants.create("申报人甲", id, "13800000000"), "applicant.account.exists");
            rejected(() -> applicants.create("工作人员本人", staffId, "13800000000"), "applicant.account.exists");
            rejected(() -> applicants.create("坏号", id.substring(0, 17) + "Y", "13800000000"), "idNumber.format");
            rejected(() -> applicants.create("", idNumber(), "13800000000"), "account.name.required");

            List<ApplicantRow> rows = applicants.list("申报人", null, 0, 10);
            assertEquals(1, rows.size());
            assertEquals(1, applicants.count(null, id.substring(0, 10)));
            assertEquals(0, applicants.count("没有这个人", null));

            applicants.disable(applicant.getId());
            assertEquals(LoginOutcome.Result.DISABLED, accounts.authenticate(id, INITIAL, "127.0.0.1").result());
            applicants.enable(applicant.getId());
            applicants.resetPassword(applicant.getId());
            assertEquals(LoginOutcome.Result.OK, accounts.authenticate(id, INITIAL, "127.0.0.1").result());
            assertEquals(List.of("APPLICANT_CREATED", "DISABLED", "ENABLED", "PASSWORD_RESET"),
                    auditLog.history("ACCOUNT", applicant.getId()).stream().map(AuditRecord::getAction).toList());

            signIn(reviewer, INITIAL);
            denied(() -> applicants.create("无权创建", idNumber(), "13800000000"));

            signIn(childAdmin);
            String childsApplicant = applicants.create("分院申报人", idNumber(), "13800000000");
            assertEquals(child.getId(), account(childsApplicant).employer().orElseThrow().getId());
            signIn(admin);
            assertEquals(1, applicants.count(null, null), "the parent lists its own unit's applicants only");
            denied(() -> applicants.disable(account(childsApplicant).getId()));
            signIn(otherAdmin);
            denied(() -> applicants.disable(applicant.getId()));
            denied(() -> applicants.resetPassword(applicant.getId()));
            assertEquals(0, applicants.count(null, null));

            String id2 = idNumber();
            rejected(() -> applicants.register("自己注册", id2, "13800000000", "Self@2026x", "Self@2026x"),
                    "applicant.register.unitCreated");
            return null;
        });

        withProvisioning(ApplicantProvisioning.SELF_REGISTER, () -> {
            signIn(admin);
            rejected(() -> applicants.create("申报人乙", idNumber(), "13800000000"),
                    "applicant.provisioning.selfRegister");
            return null;
        });
    }

    @Test
    void applicantsRegisterThemselvesAndChooseAnAuthorisedEmployer() throws Exception {
        String tag = tag();
        Unit authorised = unit(tag + "A授权医院", UnitType.APPLYING_UNIT, null);
        Unit alsoAuthorised = unit(tag + "B授权学校", UnitType.APPLYING_UNIT, null);
        Unit pending = unit(tag + "C待审医院", UnitType.APPLYING_UNIT, null);
        inTransaction(() -> em.createNativeQuery("update unit set status = 'PENDING' where id = ?1")
                .setParameter(1, pending.getId()).executeUpdate());

        String id = idNumber();
        withProvisioning(ApplicantProvisioning.SELF_REGISTER, () -> {
            request.logout();
            rejected(() -> applicants.register("张三", id.substring(0, 17) + checkOther(id), "13800000000",
                    "Self@2026x", "Self@2026x"), "idNumber.checksum");
            rejected(() -> applicants.register("张三", id, "1380000000", "Self@2026x", "Self@2026x"),
                    "phone.mobile.format");
            rejected(() -> applicants.register("张三", id, "13800000000", "short1A", "short1A"), "password.tooShort");
            rejected(() -> applicants.register("张三", id, "13800000000", "alllowercase1", "alllowercase1"),
                    "password.classes");
            rejected(() -> applicants.register("张三", id, "13800000000", "Self@2026x", "Self@2026y"),
                    "applicant.password.mismatch");
            rejected(() -> applicants.register(" ", id, "13800000000", "Self@2026x", "Self@2026x"),
                    "account.name.required");

            String login = applicants.register("张三", id.toLowerCase(), "13800000000", "Self@2026x", "Self@2026x");

            assertEquals(id, login);
            LoginOutcome outcome = accounts.authenticate(id, "Self@2026x", "127.0.0.1");
            assertEquals(LoginOutcome.Result.OK, outcome.result());
            assertFalse(outcome.mustChangePassword(), "the applicant chose the password");
            rejected(() -> applicants.register("张三", id, "13800000000", "Self@2026x", "Self@2026x"),
                    "applicant.account.exists");

            signIn(id, "Self@2026x");
            assertTrue(applicants.employerOfCaller().isEmpty());
            List<UnitChoice> found = applicants.searchEmployers(tag, 0, 10);
            assertEquals(List.of(tag + "A授权医院", tag + "B授权学校"), found.stream().map(UnitChoice::name).toList(),
                    "only authorised units, by name");
            assertEquals(2, applicants.countEmployers(tag));
            assertEquals(1, applicants.searchEmployers(tag, 1, 10).size(), "paged in the database");

            applicants.chooseEmployer(authorised.getId());
            applicants.chooseEmployer(alsoAuthorised.getId());
            assertEquals(alsoAuthorised.getId(), applicants.employerOfCaller().orElseThrow().id());
            rejected(() -> applicants.chooseEmployer(pending.getId()), "applicant.employer.notAuthorized");
            rejected(() -> applicants.chooseEmployer(-1L), "applicant.employer.notFound");
            assertEquals(alsoAuthorised.getId(), applicants.employerOfCaller().orElseThrow().id());
            assertTrue(unitPermissions.ofCaller().isEmpty(), "an employer gives an applicant no unit function");
            assertEquals(List.of("APPLICANT_REGISTERED", "EMPLOYER_CHOSEN", "EMPLOYER_CHOSEN"),
                    auditLog.history("ACCOUNT", account(id).getId()).stream().map(AuditRecord::getAction).toList());
            assertThrows(EJBAccessException.class, () -> staff.list(null, null, 0, 10));
            return null;
        });

        withProvisioning(ApplicantProvisioning.UNIT_CREATED, () -> {
            signIn(id, "Self@2026x");
            rejected(() -> applicants.chooseEmployer(authorised.getId()), "applicant.employer.unitCreated");
            return null;
        });
    }

    // ---- helpers ----

    /** Runs the work with the province setting switched as the demo system administrator, then restores it. */
    private void withProvisioning(ApplicantProvisioning model, Callable<Void> work) throws Exception {
        String key = SettingKeys.ACCOUNT_APPLICANT_PROVISIONING.key();
        signIn("admin", "Demo@2026");
        SettingView before = settings.list().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
        settings.change(key, model.name());
        try {
            assertEquals(model, settings.get(SettingKeys.ACCOUNT_APPLICANT_PROVISIONING));
            work.call();
        } finally {
            signIn("admin", "Demo@2026");
            if (before.overridden()) {
                settings.change(key, before.value());
            } else {
                settings.resetToDefault(key);
            }
        }
    }

    private static String tag() {
        return "t" + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    /** A valid, unused-looking ID number: a birth date and sequence from the run's counter, with its check digit. */
    private static String idNumber() {
        long n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String body = "510104" + birth.toString().replace("-", "") + String.format("%03d", (n / 15_000) % 1000);
        return body + check(body);
    }

    private static char check(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return checks[sum % 11];
    }

    /** A check character that is wrong for the number. */
    private static char checkOther(String id) {
        return id.charAt(17) == '1' ? '2' : '1';
    }

    private Unit unit(String name, UnitType type, Unit parent) throws Exception {
        return inTransaction(() -> {
            Unit unit = new Unit(name, null, type, null, "510000", Times.now());
            em.persist(unit);
            unit.placeUnder(parent == null ? null : em.find(Unit.class, parent.getId()));
            return unit;
        });
    }

    /** A unit's super administrator with a password of their own; returns the login. */
    private String admin(String login, Unit unit) throws Exception {
        return inTransaction(() -> {
            Account account = Account.selfRegistered(login, "管理员" + login, null, null, hasher.hash(PASSWORD),
                    Times.now());
            account.grant(Role.UNIT_ADMIN, em.find(Unit.class, unit.getId()));
            em.persist(account);
            return account.getLoginName();
        });
    }

    private Account account(String login) {
        return inTransactionUnchecked(() -> {
            Account account = em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                    .setParameter("loginName", Account.normalizeLogin(login)).getSingleResult();
            account.permissions();
            account.getStaffRoles().size();
            account.employer();
            return account;
        });
    }

    private void signIn(String login) throws Exception {
        signIn(login, PASSWORD);
    }

    private void signIn(String login, String password) throws Exception {
        SignIn.as(securityContext, request, login, password);
        assertEquals(Account.normalizeLogin(login), callers.current().getLoginName());
    }

    private static void rejected(Executable action, String key) {
        BusinessException e = assertThrows(BusinessException.class, action, key);
        assertEquals(key, e.getMessageKey());
    }

    private static void denied(Executable action) {
        assertThrows(AccessDeniedException.class, action);
    }

    private Account inTransactionUnchecked(Callable<Account> work) {
        try {
            return inTransaction(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return InTransaction.call(tx, work);
    }
}
