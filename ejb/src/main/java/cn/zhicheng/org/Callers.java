package cn.zhicheng.org;

import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.Optional;

/** Who is calling: the signed-in account behind the container's caller principal. */
@Stateless
@PermitAll
public class Callers {

    private static final String ANONYMOUS = "ANONYMOUS";

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    public Optional<Account> findCurrent() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || ANONYMOUS.equalsIgnoreCase(principal.getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("loginName", Account.normalizeLogin(principal.getName()))
                .getResultStream().findFirst();
    }

    /** The signed-in account; refuses anonymous callers. */
    public Account current() {
        return findCurrent().orElseThrow(() -> new BusinessException("security.notSignedIn"));
    }

    /** The actor to write into the flow log. */
    public AuditRecord.Actor actor() {
        return findCurrent().map(Callers::actorOf).orElse(AuditRecord.Actor.SYSTEM);
    }

    static AuditRecord.Actor actorOf(Account account) {
        Unit unit = account.primaryUnit().orElse(null);
        return new AuditRecord.Actor(account.getId(), account.getLoginName(), account.getDisplayName(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getName());
    }
}
