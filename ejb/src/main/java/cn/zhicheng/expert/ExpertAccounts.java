package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One person, one account (issue 4): an expert's log-in is their ID number with the province's initial password, to
 * be changed at the first log-in. A person who already has an account (an applicant, a staff member) keeps it and is
 * granted {@link Role#EXPERT}. Called by the pool services once the caller's permission was checked.
 */
@Stateless
@PermitAll
public class ExpertAccounts {

    static final String ACCOUNT_ENTITY = "ACCOUNT";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private AuditLog auditLog;

    /** Makes sure the expert can log in; returns the account. */
    public Account ensureAccount(Expert expert) {
        if (expert.hasAccount()) {
            Account linked = em.find(Account.class, expert.getAccountId());
            if (linked != null) {
                grantExpert(linked);
                return linked;
            }
        }
        Account account = em.createNamedQuery(Account.FIND_BY_ID_NUMBER, Account.class)
                .setParameter("idNumber", expert.getIdNumber()).getResultStream().findFirst()
                .or(() -> em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                        .setParameter("loginName", expert.getIdNumber().value()).getResultStream().findFirst())
                .orElse(null);
        if (account == null) {
            account = Account.createdByOther(expert.getIdNumber().value(), expert.getName(), expert.getIdNumber(),
                    expert.getPhone1(), hasher.hash(settings.get(SettingKeys.PASSWORD_INITIAL)), Times.now());
            account.grant(Role.EXPERT, null);
            em.persist(account);
            em.flush();
            auditLog.record(ACCOUNT_ENTITY, account.getId(), "EXPERT_ACCOUNT_CREATED", null,
                    AccountStatus.ACTIVE.name(), null);
        } else {
            grantExpert(account);
        }
        expert.linkAccount(account.getId());
        return account;
    }

    private void grantExpert(Account account) {
        if (!account.roles().contains(Role.EXPERT)) {
            account.grant(Role.EXPERT, null);
            auditLog.record(ACCOUNT_ENTITY, account.getId(), "EXPERT_ROLE_GRANTED", null, null, null);
        }
    }
}
