package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;

/**
 * 单位评委库管理 for the committee's own account (SPEC §3.6.5 step 1): the committee administrator sees its pool and,
 * in the Hebei model (the 评委会代码 account, {@code committee.setupModel = REFORM_OFFICE_CREATES}), adds experts one
 * by one. Such an expert is 待完善: they sign in with their ID number, complete their profile and 提交审批, after which
 * the unit that reviews the committee's pool approves them (§3.6.4).
 */
@Stateless
@RolesAllowed(Role.Names.COMMITTEE_ADMIN)
public class CommitteePool {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private PoolAccess access;

    @EJB
    private ExpertAccounts accounts;

    @EJB
    private AuditLog auditLog;

    /** The caller's committee. */
    public CommitteeChoice committee() {
        Committee c = own();
        return new CommitteeChoice(c.getId(), c.getName(), c.getSeries().getName());
    }

    /** Whether the committee account adds experts itself (HB) rather than its formation unit. */
    public boolean addsExperts() {
        return access.committeeAccountsAddExperts();
    }

    /** 查询专家: one page of the pool (every status), filtered by name, by name. */
    public List<PoolRow> list(String name, int first, int pageSize) {
        TypedQuery<PoolMember> query = em.createQuery("select m from PoolMember m join fetch m.expert e"
                + " where m.committee = :committee" + nameWhere(name) + " order by e.name, m.id", PoolMember.class);
        bind(query, name);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream().map(PoolRow::of).toList();
    }

    public long count(String name) {
        TypedQuery<Long> query = em.createQuery("select count(m) from PoolMember m join m.expert e"
                + " where m.committee = :committee" + nameWhere(name), Long.class);
        bind(query, name);
        return query.getSingleResult();
    }

    private void bind(TypedQuery<?> query, String name) {
        query.setParameter("committee", own());
        if (!blank(name)) {
            query.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    /** 新增 (HB): the expert joins the pool as 待完善 and can sign in with the ID number to complete the profile. */
    public Long add(ExpertInput input) {
        if (!addsExperts()) {
            throw new BusinessException("expert.committeePool.formationUnitAdds");
        }
        Committee committee = own();
        ExpertDetails details = input.validate();
        Expert expert = ExpertPool.personFor(em, committee, details, ExpertPool.seriesNamed(em, details.seriesName()));
        PoolMember member = PoolMember.toBeCompleted(committee, expert, details.post(), Times.now());
        em.persist(member);
        em.flush();
        accounts.ensureAccount(expert);
        auditLog.record(ExpertPool.ENTITY, member.getId(), "ADDED", null, member.getStatus().name(),
                committee.getName());
        return member.getId();
    }

    /** 查看专家信息 of a member of the caller's committee. */
    public ExpertView view(Long memberId) {
        PoolMember member = memberId == null ? null : em.find(PoolMember.class, memberId);
        if (member == null || !member.getCommittee().equals(own())) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return ExpertView.of(member, auditLog.history(ExpertPool.ENTITY, memberId));
    }

    /** The series names for the 现专业技术系列 choice. */
    public List<String> seriesNames() {
        own();
        return em.createQuery("select s.name from TitleSeries s where s.retired = false order by s.name", String.class)
                .getResultList();
    }

    private Committee own() {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", callers.current()).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee)
                .findFirst().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    private static String nameWhere(String name) {
        return blank(name) ? "" : " and lower(e.name) like :name";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
