package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 专家库审核 (SPEC §3.6.4): the unit above a committee's formation unit reviews the experts submitted to it —
 * committees with pending experts and their summary, the pending list, 通过 (→ 在库) and 退回 with a reason
 * (→ 已退回, back in the submitter's 本单位退回专家), single and batch. The reviewing unit is fixed on each member at
 * submission (the formation unit's parent). Every decision is audited.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class ExpertPoolReviews {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ExpertAccounts accounts;

    /** One page of the committees with experts waiting for the caller's unit, by committee name. */
    public List<PoolSummary> committees(int first, int pageSize) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        List<Committee> committees = em.createQuery("select c from Committee c where exists (select m from PoolMember m"
                        + " where m.committee = c and m.reviewingUnit = :unit"
                        + " and m.status = cn.zhicheng.expert.PoolStatus.PENDING) order by c.name, c.id", Committee.class)
                .setParameter("unit", unit).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return committees.stream().map(c -> summary(c, unit)).toList();
    }

    public long countCommittees() {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        return em.createQuery("select count(distinct m.committee) from PoolMember m where m.reviewingUnit = :unit"
                        + " and m.status = cn.zhicheng.expert.PoolStatus.PENDING", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    /** The summary line of one committee whose experts the caller's unit reviews. */
    public PoolSummary summary(Long committeeId) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        Committee committee = reviewedCommittee(committeeId, unit);
        return summary(committee, unit);
    }

    private PoolSummary summary(Committee c, Unit unit) {
        return new PoolSummary(c.getId(), c.getName(), c.getSeries().getName(), names(c, CommitteePost.CHAIR),
                names(c, CommitteePost.VICE_CHAIR),
                em.createNamedQuery(PoolMember.COUNT_BY_COMMITTEE_AND_STATUS, Long.class).setParameter("committee", c)
                        .setParameter("statuses", EnumSet.of(PoolStatus.IN_POOL)).getSingleResult(),
                em.createQuery("select count(m) from PoolMember m where m.committee = :c and m.reviewingUnit = :unit"
                                + " and m.status = cn.zhicheng.expert.PoolStatus.PENDING", Long.class)
                        .setParameter("c", c).setParameter("unit", unit).getSingleResult());
    }

    private String names(Committee c, CommitteePost post) {
        return em.createQuery("select m.expert.name from PoolMember m where m.committee = :c and m.post = :post"
                        + " and m.status in :statuses order by m.expert.name", String.class)
                .setParameter("c", c).setParameter("post", post)
                .setParameter("statuses", EnumSet.of(PoolStatus.IN_POOL, PoolStatus.PENDING))
                .setMaxResults(5).getResultList().stream().collect(Collectors.joining("、"));
    }

    /** One page of a committee's experts waiting for the caller's unit, filtered by name, by name. */
    public List<PoolRow> pending(Long committeeId, String name, int first, int pageSize) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        Committee committee = reviewedCommittee(committeeId, unit);
        return em.createQuery("select m from PoolMember m join fetch m.expert e where " + pendingWhere(name)
                        + " order by e.name, m.id", PoolMember.class)
                .setParameter("c", committee).setParameter("unit", unit)
                .setParameter("name", like(name)).setFirstResult(first).setMaxResults(pageSize)
                .getResultList().stream().map(PoolRow::of).toList();
    }

    public long countPending(Long committeeId, String name) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        Committee committee = reviewedCommittee(committeeId, unit);
        return em.createQuery("select count(m) from PoolMember m join m.expert e where " + pendingWhere(name),
                        Long.class)
                .setParameter("c", committee).setParameter("unit", unit).setParameter("name", like(name))
                .getSingleResult();
    }

    private static String pendingWhere(String name) {
        return "m.committee = :c and m.reviewingUnit = :unit and m.status = cn.zhicheng.expert.PoolStatus.PENDING"
                + " and lower(e.name) like :name";
    }

    private static String like(String name) {
        return name == null || name.isBlank() ? "%" : "%" + name.strip().toLowerCase(java.util.Locale.ROOT) + "%";
    }

    /** The member as 查看详情 shows it to the reviewer. */
    public ExpertView view(Long memberId) {
        PoolMember member = reviewable(memberId, permissions.require(Permission.EXPERT_POOL_REVIEW));
        return ExpertView.of(member, auditLog.history(ExpertPool.ENTITY, memberId));
    }

    /** 通过 for each selected member: into the pool; the expert can log in. */
    public int approve(List<Long> memberIds) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        requireSelection(memberIds);
        for (Long memberId : memberIds) {
            PoolMember member = reviewable(memberId, unit);
            PoolStatus from = member.getStatus();
            member.approve(Times.now());
            accounts.ensureAccount(member.getExpert());
            auditLog.record(ExpertPool.ENTITY, member.getId(), "APPROVED", from.name(), member.getStatus().name(),
                    null);
        }
        return memberIds.size();
    }

    /** 退回 for each selected member with the one reason: back to the submitter as 已退回. */
    public int returnWith(List<Long> memberIds, String reason) {
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        requireSelection(memberIds);
        for (Long memberId : memberIds) {
            PoolMember member = reviewable(memberId, unit);
            PoolStatus from = member.getStatus();
            member.returnWith(reason, Times.now());
            auditLog.record(ExpertPool.ENTITY, member.getId(), "RETURNED", from.name(), member.getStatus().name(),
                    member.getReturnReason());
        }
        return memberIds.size();
    }

    /** Experts waiting for the caller's unit (home to-do "专家待审核"); 0 without the permission. */
    @jakarta.annotation.security.PermitAll
    public long countPendingOfCaller() {
        if (!permissions.callerHas(Permission.EXPERT_POOL_REVIEW)) {
            return 0;
        }
        Unit unit = permissions.require(Permission.EXPERT_POOL_REVIEW);
        return em.createQuery("select count(m) from PoolMember m where m.reviewingUnit = :unit"
                        + " and m.status = cn.zhicheng.expert.PoolStatus.PENDING", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    private static void requireSelection(List<Long> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new BusinessException("expert.pool.selectionEmpty");
        }
    }

    private Committee reviewedCommittee(Long committeeId, Unit unit) {
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !unit.equals(committee.poolReviewingUnit())) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return committee;
    }

    private PoolMember reviewable(Long memberId, Unit unit) {
        PoolMember member = memberId == null ? null : em.find(PoolMember.class, memberId);
        if (member == null || member.getReviewingUnit() == null || !member.getReviewingUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return member;
    }
}
