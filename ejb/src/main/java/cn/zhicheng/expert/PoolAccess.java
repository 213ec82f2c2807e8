package cn.zhicheng.expert;

import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may add experts to a committee's pool, in one place for the pages and the import job: staff of the formation
 * unit with 专家库管理 (SPEC §3.6.1), or — in the Hebei model — the committee's own code account (§3.6.5), whose
 * experts start 待完善.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN})
public class PoolAccess {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private ProvinceSettings settings;

    /** The committee's formation unit, provided the caller manages the committee's pool; otherwise HTTP 403. */
    public Unit requireManaged(Long committeeId) {
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        if (isCommitteeAccount()) {
            boolean own = em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                    .setParameter("account", callers.current()).getResultStream()
                    .anyMatch(link -> link.getRole() == Role.COMMITTEE_ADMIN && link.getCommittee().equals(committee));
            if (!own || !committeeAccountsAddExperts()) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            return committee.getFormationUnit();
        }
        Unit unit = permissions.require(Permission.EXPERT_POOL);
        if (!committee.getFormationUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return unit;
    }

    /** Whether the caller signed in as a committee's own account (their experts start 待完善). */
    public boolean isCommitteeAccount() {
        return context.isCallerInRole(Role.Names.COMMITTEE_ADMIN);
    }

    /** HB: the committee's code account adds experts itself. */
    public boolean committeeAccountsAddExperts() {
        return settings.get(SettingKeys.COMMITTEE_SETUP_MODEL) == CommitteeSetupModel.REFORM_OFFICE_CREATES;
    }
}
