package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The expert's own side (SPEC §3.6.5 step 2): their profile, the self-completed sections, and 提交审批, which moves
 * their pool entries waiting for completion (待完善) or returned (已退回) to 待审核 at the unit above each committee's
 * formation unit. An expert only ever reaches their own record: it is found from the signed-in account.
 */
@Stateless
@RolesAllowed(Role.Names.EXPERT)
public class ExpertProfiles {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog auditLog;

    /** Whether the signed-in expert sits in any committee's pool (an expert account may exist without one). */
    public boolean hasProfile() {
        return em.createNamedQuery(Expert.FIND_BY_ACCOUNT, Expert.class)
                .setParameter("accountId", callers.current().getId()).getResultStream().findFirst()
                .map(e -> !members(e).isEmpty()).orElse(false);
    }

    /** The signed-in expert's profile with their pool entries. */
    public ExpertView mine() {
        Expert expert = me();
        List<PoolMember> members = members(expert);
        PoolMember first = members.isEmpty() ? null : members.get(0);
        if (first == null) {
            throw new AccessDeniedException("security.permission.missing");
        }
        return ExpertView.of(first, List.of());
    }

    /** The signed-in expert's pool entries (one per committee). */
    public List<PoolRow> memberships() {
        return members(me()).stream().map(PoolRow::of).toList();
    }

    /** Replaces one section of the signed-in expert's profile. */
    public void saveSection(ProfileSection section, List<ExpertView.Entry> entries) {
        Expert expert = me();
        List<ProfileEntry> checked = entries.stream().map(e -> new ProfileEntry(section, e.periodFrom(), e.periodTo(),
                e.title(), e.organisation(), e.detail())).toList();
        expert.replaceSection(section, checked);
        auditLog.record("EXPERT", expert.getId(), "PROFILE_" + section.name(), null, null,
                checked.size() + " entries");
    }

    /**
     * 提交审批: every entry waiting for completion or returned goes to 待审核; refused when there is none or the
     * profile is incomplete.
     *
     * @return how many entries were submitted
     */
    public int submitForApproval() {
        Expert expert = me();
        List<PoolMember> open = members(expert).stream()
                .filter(m -> m.getStatus().allows(PoolStatus.Action.EXPERT_SUBMIT)).toList();
        if (open.isEmpty()) {
            throw new BusinessException("expert.profile.nothingToSubmit");
        }
        for (PoolMember member : open) {
            Unit reviewer = member.getCommittee().poolReviewingUnit();
            PoolStatus from = member.getStatus();
            member.submitByExpert(reviewer, Times.now());
            auditLog.record(ExpertPool.ENTITY, member.getId(), "EXPERT_SUBMITTED", from.name(),
                    member.getStatus().name(), reviewer.getName());
        }
        return open.size();
    }

    private Expert me() {
        Account account = callers.current();
        return em.createNamedQuery(Expert.FIND_BY_ACCOUNT, Expert.class).setParameter("accountId", account.getId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    private List<PoolMember> members(Expert expert) {
        return em.createQuery("select m from PoolMember m where m.expert = :e order by m.createdAt, m.id",
                PoolMember.class).setParameter("e", expert).getResultList();
    }
}
