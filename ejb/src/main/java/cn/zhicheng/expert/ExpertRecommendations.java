package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.FilingStatus;
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

import java.util.List;

/**
 * 下级单位推荐 (SPEC §3.6.1 tab 下级单位推荐待审核专家, §3.6.5 state machine): a unit below a committee's formation unit
 * recommends experts to that committee's pool. A recommendation is a pool member added by the recommending unit and
 * submitted at once to the formation unit, which approves (在库) or returns it on 专家库管理; a returned one can be
 * recommended again. Only filed committees formed by a unit strictly above the caller's unit take recommendations.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class ExpertRecommendations {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private ExpertPool pool;

    @EJB
    private ExpertAccounts accounts;

    @EJB
    private AuditLog auditLog;

    /** The filed committees formed by a unit above the caller's unit, by name. */
    public List<CommitteeChoice> committees() {
        Unit own = permissions.require(Permission.EXPERT_RECOMMEND);
        List<Long> above = ancestorIds(own);
        if (above.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Committee c where c.status = :filed and c.formationUnit.id in :above"
                        + " order by c.name, c.id", Committee.class)
                .setParameter("filed", FilingStatus.FILED).setParameter("above", above).getResultList().stream()
                .filter(c -> c.isFiledOn(Times.now().toLocalDate()))
                .map(c -> new CommitteeChoice(c.getId(), c.getName(), c.getSeries().getName())).toList();
    }

    /** The active series, for the 现专业技术系列 choice. */
    public List<String> seriesNames() {
        permissions.require(Permission.EXPERT_RECOMMEND);
        return em.createQuery("select s.name from TitleSeries s where s.retired = false order by s.name", String.class)
                .getResultList();
    }

    /** 推荐: checks the input and submits the expert to the formation unit as 下级单位推荐待审核. */
    public Long recommend(Long committeeId, ExpertInput input) {
        Unit own = permissions.require(Permission.EXPERT_RECOMMEND);
        Committee committee = recommendable(committeeId, own);
        PoolMember member = pool.addChecked(committee, own, input.validate());
        member.submit(committee.getFormationUnit(), Times.now());
        accounts.ensureAccount(member.getExpert());
        auditLog.record(ExpertPool.ENTITY, member.getId(), "RECOMMENDED", PoolStatus.DRAFT.name(),
                member.getStatus().name(), own.getName() + "推荐至" + committee.getName());
        return member.getId();
    }

    /** 重新推荐 of a returned recommendation, after the reason was dealt with. */
    public void recommendAgain(Long memberId) {
        Unit own = permissions.require(Permission.EXPERT_RECOMMEND);
        PoolMember member = ownRecommendation(memberId, own);
        PoolStatus from = member.getStatus();
        if (!from.allows(PoolStatus.Action.SUBMIT) || from == PoolStatus.DRAFT) {
            throw new BusinessException("expert.recommend.notReturned");
        }
        Committee committee = recommendable(member.getCommittee().getId(), own);
        member.submit(committee.getFormationUnit(), Times.now());
        auditLog.record(ExpertPool.ENTITY, member.getId(), "RECOMMENDED", from.name(), member.getStatus().name(),
                own.getName() + "重新推荐至" + committee.getName());
    }

    /** One page of the caller's unit's recommendations, newest first. */
    public List<RecommendationRow> mine(int first, int pageSize) {
        Unit own = permissions.require(Permission.EXPERT_RECOMMEND);
        return em.createQuery("select m from PoolMember m join fetch m.expert join fetch m.committee"
                        + " where m.addedByUnit = :own and m.committee.formationUnit <> :own"
                        + " order by m.submittedAt desc, m.id desc", PoolMember.class)
                .setParameter("own", own).setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(RecommendationRow::of).toList();
    }

    public long countMine() {
        Unit own = permissions.require(Permission.EXPERT_RECOMMEND);
        return em.createQuery("select count(m) from PoolMember m where m.addedByUnit = :own"
                + " and m.committee.formationUnit <> :own", Long.class).setParameter("own", own).getSingleResult();
    }

    /** The units strictly above {@code unit}, from its materialised path ("/1/5/9/"). */
    static List<Long> ancestorIds(Unit unit) {
        return java.util.Arrays.stream(unit.getPath().split("/")).filter(part -> !part.isEmpty())
                .map(Long::valueOf).filter(id -> !id.equals(unit.getId())).toList();
    }

    private Committee recommendable(Long committeeId, Unit own) {
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !ancestorIds(own).contains(committee.getFormationUnit().getId())) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        if (!committee.isFiledOn(Times.now().toLocalDate())) {
            throw new BusinessException("expert.recommend.committeeNotFiled", committee.getName());
        }
        return committee;
    }

    private PoolMember ownRecommendation(Long memberId, Unit own) {
        PoolMember member = memberId == null ? null : em.find(PoolMember.class, memberId);
        if (member == null || member.getAddedByUnit() == null || !member.getAddedByUnit().equals(own)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return member;
    }
}
