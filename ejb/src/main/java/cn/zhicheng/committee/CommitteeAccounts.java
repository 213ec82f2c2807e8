package cn.zhicheng.committee;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 评委会账号管理 (SPEC §3.5.6): the 评委会管理员 creates operator accounts of its committee (姓名, 有效证件号码; the
 * login is the ID number, the initial password {@code password.initial} is changed at the first sign-in), edits their
 * name, disables and re-enables them, and retires them (注销: the account leaves the list for good).
 */
@Stateless
@RolesAllowed(Role.Names.COMMITTEE_ADMIN)
public class CommitteeAccounts {

    private static final String ACCOUNT = "ACCOUNT";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @Inject
    private PasswordHasher hasher;

    /** The caller's committee's operators that are not retired, oldest first. */
    public List<OperatorRow> operators(int first, int pageSize) {
        return em.createQuery("select ca.account from CommitteeAccount ca where ca.committee = :committee "
                        + "and ca.role = :operator and ca.account.status <> :retired order by ca.id", Account.class)
                .setParameter("committee", committee()).setParameter("operator", Role.COMMITTEE_OPERATOR)
                .setParameter("retired", AccountStatus.RETIRED).setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(CommitteeAccounts::row).toList();
    }

    public long countOperators() {
        return em.createQuery("select count(ca) from CommitteeAccount ca where ca.committee = :committee "
                        + "and ca.role = :operator and ca.account.status <> :retired", Long.class)
                .setParameter("committee", committee()).setParameter("operator", Role.COMMITTEE_OPERATOR)
                .setParameter("retired", AccountStatus.RETIRED).getSingleResult();
    }

    /** 新增: an operator of the caller's committee; returns its login (the ID number). */
    public String create(String name, String idNumber) {
        Committee committee = committee();
        IdNumber id = IdNumber.of(idNumber);
        if (accounts.findByLogin(id.value()).isPresent()) {
            throw new BusinessException("account.login.taken", id.masked());
        }
        OffsetDateTime now = Times.now();
        Account operator = Account.createdByOther(id.value(), name, id, null,
                hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), now);
        operator.changeContact(name, null);
        operator.grant(Role.COMMITTEE_OPERATOR, committee.getFormationUnit());
        em.persist(operator);
        em.persist(new CommitteeAccount(operator, committee, Role.COMMITTEE_OPERATOR, now));
        auditLog.record(ACCOUNT, operator.getId(), "CREATED", null, operator.getStatus().name(),
                "评委会操作员：" + committee.getName());
        return operator.getLoginName();
    }

    /** 编辑: the operator's name (the ID number is the login and never changes). */
    public void rename(Long accountId, String name) {
        Account operator = operator(accountId);
        operator.changeContact(name, operator.getPhone());
        auditLog.record(ACCOUNT, accountId, "EDITED", operator.getStatus().name(), operator.getStatus().name(), null);
    }

    public void disable(Long accountId) {
        Account operator = operator(accountId);
        String from = operator.getStatus().name();
        operator.disable();
        auditLog.record(ACCOUNT, accountId, "DISABLED", from, operator.getStatus().name(), null);
    }

    public void enable(Long accountId) {
        Account operator = operator(accountId);
        String from = operator.getStatus().name();
        operator.enable();
        auditLog.record(ACCOUNT, accountId, "ENABLED", from, operator.getStatus().name(), null);
    }

    /** 注销 (the manual's 废弃): irreversible; the account disappears from the list. */
    public void retire(Long accountId) {
        Account operator = operator(accountId);
        String from = operator.getStatus().name();
        operator.retire();
        auditLog.record(ACCOUNT, accountId, "RETIRED", from, operator.getStatus().name(), null);
    }

    private Committee committee() {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", callers.current()).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee)
                .findFirst().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    /** An operator of the caller's committee; any other account is out of reach (403). */
    private Account operator(Long accountId) {
        return em.createQuery("select ca.account from CommitteeAccount ca where ca.committee = :committee "
                        + "and ca.role = :operator and ca.account.id = :id", Account.class)
                .setParameter("committee", committee()).setParameter("operator", Role.COMMITTEE_OPERATOR)
                .setParameter("id", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("security.unit.outOfScope"));
    }

    private static OperatorRow row(Account a) {
        return new OperatorRow(a.getId(), a.getDisplayName(), a.getIdNumber() == null ? null : a.getIdNumber().masked(),
                a.getLoginName(), a.getStatus(), a.getCreatedAt());
    }
}
