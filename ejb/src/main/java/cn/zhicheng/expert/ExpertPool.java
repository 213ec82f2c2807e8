package cn.zhicheng.expert;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.catalog.TitleSeries;
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
import jakarta.persistence.TypedQuery;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 专家库管理 (SPEC §3.6.1–3.6.3) for the unit that formed a committee: choose one of its committees, list the four
 * tabs (paged and filtered in the database), add an expert (an existing person, same ID number, is reused: one
 * person, one expert, one account), edit and delete drafts, submit drafts and returned members for review. The
 * reviewing unit is the formation unit's parent (SPEC §3.6.4 "the unit above the formation unit", implied).
 * Expert accounts are created at submission. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class ExpertPool {

    static final String ENTITY = "POOL_MEMBER";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ExpertAccounts accounts;

    /** The committees the caller's unit formed, by name. */
    public List<CommitteeChoice> committeesOfCaller() {
        Unit unit = permissions.require(Permission.EXPERT_POOL);
        return em.createQuery("select c from Committee c where c.formationUnit = :unit order by c.name, c.id",
                        Committee.class).setParameter("unit", unit).getResultList().stream()
                .map(c -> new CommitteeChoice(c.getId(), c.getName(), c.getSeries().getName())).toList();
    }

    /**
     * The committee, provided the caller holds 专家库管理 and their unit formed it; any other id is out of reach.
     *
     * @return the caller's unit
     */
    public Unit requireOwnCommittee(Long committeeId) {
        return ownCommittee(committeeId).getFormationUnit();
    }

    private Committee ownCommittee(Long committeeId) {
        Unit unit = permissions.require(Permission.EXPERT_POOL);
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !committee.getFormationUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return committee;
    }

    /** One page of a tab, filtered by name (partial) and ID number (whole), by name. */
    public List<PoolRow> list(Long committeeId, PoolTab tab, String name, String idNumber, int first, int pageSize) {
        Committee committee = ownCommittee(committeeId);
        TypedQuery<PoolMember> query = em.createQuery("select m from PoolMember m join fetch m.expert e where "
                        + where(tab, name, idNumber) + " order by e.name, m.id", PoolMember.class)
                .setFirstResult(first).setMaxResults(pageSize);
        bind(query, committee, tab, name, idNumber);
        return query.getResultList().stream().map(PoolRow::of).toList();
    }

    public long count(Long committeeId, PoolTab tab, String name, String idNumber) {
        Committee committee = ownCommittee(committeeId);
        TypedQuery<Long> query = em.createQuery("select count(m) from PoolMember m join m.expert e where "
                + where(tab, name, idNumber), Long.class);
        bind(query, committee, tab, name, idNumber);
        return query.getSingleResult();
    }

    /** The unfiltered size of every tab, for the tab titles. */
    public Map<PoolTab, Long> counts(Long committeeId) {
        Map<PoolTab, Long> counts = new EnumMap<>(PoolTab.class);
        for (PoolTab tab : PoolTab.values()) {
            counts.put(tab, count(committeeId, tab, null, null));
        }
        return counts;
    }

    private static String where(PoolTab tab, String name, String idNumber) {
        String status = switch (tab) {
            case DRAFTS -> "m.status = cn.zhicheng.expert.PoolStatus.DRAFT"
                    + " and (m.addedByUnit = :unit or m.addedByUnit is null)";
            case RECOMMENDED -> "m.status = cn.zhicheng.expert.PoolStatus.PENDING and m.reviewingUnit = :unit";
            case IN_POOL -> "m.status = cn.zhicheng.expert.PoolStatus.IN_POOL";
            case RETURNED -> "m.status = cn.zhicheng.expert.PoolStatus.RETURNED"
                    + " and (m.addedByUnit = :unit or m.addedByUnit is null)";
        };
        return "m.committee = :committee and " + status
                + (blank(name) ? "" : " and lower(e.name) like :name")
                + (validId(idNumber) ? " and e.idNumber = :idNumber" : "");
    }

    private static void bind(TypedQuery<?> query, Committee committee, PoolTab tab, String name, String idNumber) {
        query.setParameter("committee", committee);
        if (tab != PoolTab.IN_POOL) {
            query.setParameter("unit", committee.getFormationUnit());
        }
        if (!blank(name)) {
            query.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (validId(idNumber)) {
            query.setParameter("idNumber", cn.zhicheng.org.IdNumber.of(idNumber));
        }
    }

    /** The ID-number filter matches whole valid numbers only (the column holds normalized numbers). */
    private static boolean validId(String idNumber) {
        return !blank(idNumber) && cn.zhicheng.org.IdNumber.isValid(idNumber);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * 新增专家信息: checks the input, reuses the person with the same ID number or creates them, and adds them to the
     * committee's pool as 本单位新增待提交.
     *
     * @return the pool member's id
     */
    public Long add(Long committeeId, ExpertInput input) {
        Committee committee = ownCommittee(committeeId);
        return addChecked(committee, committee.getFormationUnit(), input.validate()).getId();
    }

    /**
     * Adds checked details for the unit: the import's writer calls it (the job checked the unit and committee when it
     * was started); {@link #add} after its own checks.
     */
    public PoolMember addChecked(Committee committee, Unit unit, ExpertDetails details) {
        Expert expert = personFor(em, committee, details, series(details.seriesName()));
        PoolMember member = PoolMember.addedBy(unit, committee, expert, details.post(), Times.now());
        em.persist(member);
        em.flush();
        auditLog.record(ENTITY, member.getId(), "ADDED", null, member.getStatus().name(), committee.getName());
        return member;
    }

    /**
     * The person with the details' ID number, created when new (one person, one expert), provided they are not in
     * the committee's pool yet. A person known only by name and ID number gets the details.
     */
    static Expert personFor(EntityManager em, Committee committee, ExpertDetails details, TitleSeries series) {
        Expert expert = em.createNamedQuery(Expert.FIND_BY_ID_NUMBER, Expert.class)
                .setParameter("idNumber", details.idNumber()).getResultStream().findFirst().orElse(null);
        if (expert == null) {
            expert = new Expert(details, series, Times.now());
            em.persist(expert);
            return expert;
        }
        if (!em.createNamedQuery(PoolMember.FIND_BY_COMMITTEE_AND_EXPERT, PoolMember.class)
                .setParameter("committee", committee).setParameter("expert", expert).getResultList().isEmpty()) {
            throw new BusinessException("expert.pool.duplicate", details.idNumber().value());
        }
        if (expert.getSex() == null) {
            expert.describe(details, series);
        }
        return expert;
    }

    /** The series of the given name, or null for a blank name; retired or unknown series are refused. */
    public TitleSeries series(String name) {
        return seriesNamed(em, name);
    }

    static TitleSeries seriesNamed(EntityManager em, String name) {
        if (name == null) {
            return null;
        }
        return em.createNamedQuery(TitleSeries.FIND_BY_NAME, TitleSeries.class).setParameter("name", name)
                .getResultStream().filter(s -> !s.isRetired()).findFirst()
                .orElseThrow(() -> new ExpertFieldException(ExpertField.SERIES,
                        new BusinessException("expert.series.unknown", name)));
    }

    /** The names of the series an expert may be given (现专业技术系列), by name. */
    public List<String> seriesNames() {
        permissions.require(Permission.EXPERT_POOL);
        return em.createQuery("select s.name from TitleSeries s where s.retired = false order by s.name", String.class)
                .getResultList();
    }

    /** The ID numbers already in the committee's pool, whatever their status (the import's duplicate check). */
    public Set<String> idNumbersInPool(Long committeeId) {
        Committee committee = ownCommittee(committeeId);
        return new HashSet<>(em.createQuery("select m.expert.idNumber from PoolMember m where m.committee = :c",
                        cn.zhicheng.org.IdNumber.class).setParameter("c", committee).getResultList().stream()
                .map(cn.zhicheng.org.IdNumber::value).toList());
    }

    /** The current values of a draft or returned member, for the edit form. */
    public ExpertInput draft(Long memberId) {
        PoolMember member = ownMember(memberId);
        member.requireEditable();
        return ExpertInput.of(member.getExpert(), member.getPost());
    }

    /** The member as 查看详情 shows it. */
    public ExpertView view(Long memberId) {
        return ExpertView.of(ownMember(memberId), auditLog.history(ENTITY, memberId));
    }

    /** Edits a draft, 待完善 or returned member: the person's details (not the ID number) and the 评委会职务. */
    public void edit(Long memberId, ExpertInput input) {
        PoolMember member = ownMember(memberId);
        member.requireEditable();
        ExpertDetails details = input.validate();
        member.getExpert().describe(details, series(details.seriesName()));
        member.changePost(details.post());
        auditLog.record(ENTITY, member.getId(), "EDITED", member.getStatus().name(), member.getStatus().name(), null);
    }

    /** Deletes a draft; the person goes too when they are in no other pool and have no account. */
    public void delete(Long memberId) {
        PoolMember member = ownMember(memberId);
        member.requireDeletable();
        Expert expert = member.getExpert();
        auditLog.record(ENTITY, member.getId(), "DELETED", member.getStatus().name(), null,
                expert.getName());
        em.remove(member);
        em.flush();
        long others = em.createQuery("select count(m) from PoolMember m where m.expert = :e", Long.class)
                .setParameter("e", expert).getSingleResult();
        if (others == 0 && !expert.hasAccount()) {
            em.remove(expert);
        }
    }

    /**
     * Submits the selected drafts and returned members for review by the formation unit's parent and makes sure each
     * expert can log in (account created or granted the expert role).
     *
     * @return how many were submitted
     */
    public int submit(Long committeeId, List<Long> memberIds) {
        Committee committee = ownCommittee(committeeId);
        if (memberIds == null || memberIds.isEmpty()) {
            throw new BusinessException("expert.pool.selectionEmpty");
        }
        Unit reviewer = committee.poolReviewingUnit();
        for (Long memberId : memberIds) {
            PoolMember member = ownMember(memberId);
            if (!member.getCommittee().equals(committee)) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            PoolStatus from = member.getStatus();
            member.submit(reviewer, Times.now());
            accounts.ensureAccount(member.getExpert());
            auditLog.record(ENTITY, member.getId(), "SUBMITTED", from.name(), member.getStatus().name(),
                    reviewer.getName());
        }
        return memberIds.size();
    }

    /** 通过 of experts recommended by units below (tab 下级单位推荐待审核专家): they join the pool (在库). */
    public int approveRecommended(Long committeeId, List<Long> memberIds) {
        List<PoolMember> members = recommendedMembers(committeeId, memberIds);
        for (PoolMember member : members) {
            PoolStatus from = member.getStatus();
            member.approve(Times.now());
            accounts.ensureAccount(member.getExpert());
            auditLog.record(ENTITY, member.getId(), "APPROVED", from.name(), member.getStatus().name(), null);
        }
        return members.size();
    }

    /** 退回 of recommended experts with one reason: back to the recommending unit as 已退回. */
    public int returnRecommended(Long committeeId, List<Long> memberIds, String reason) {
        List<PoolMember> members = recommendedMembers(committeeId, memberIds);
        for (PoolMember member : members) {
            PoolStatus from = member.getStatus();
            member.returnWith(reason, Times.now());
            auditLog.record(ENTITY, member.getId(), "RETURNED", from.name(), member.getStatus().name(),
                    member.getReturnReason());
        }
        return members.size();
    }

    private List<PoolMember> recommendedMembers(Long committeeId, List<Long> memberIds) {
        Committee committee = ownCommittee(committeeId);
        if (memberIds == null || memberIds.isEmpty()) {
            throw new BusinessException("expert.pool.selectionEmpty");
        }
        return memberIds.stream().map(id -> {
            PoolMember member = id == null ? null : em.find(PoolMember.class, id);
            if (member == null || !member.getCommittee().equals(committee)
                    || !committee.getFormationUnit().equals(member.getReviewingUnit())) {
                throw new AccessDeniedException("security.unit.outOfScope");
            }
            return member;
        }).toList();
    }

    /** Drafts waiting to be submitted in the caller's committees (home to-do "评审会专家待提交"). */
    @jakarta.annotation.security.PermitAll
    public long countDraftsOfCaller() {
        if (!permissions.callerHas(Permission.EXPERT_POOL)) {
            return 0;
        }
        Unit unit = permissions.require(Permission.EXPERT_POOL);
        return em.createQuery("select count(m) from PoolMember m where m.committee.formationUnit = :unit"
                        + " and m.status = cn.zhicheng.expert.PoolStatus.DRAFT", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    /** A member of one of the caller's committees; anything else is out of reach (HTTP 403). */
    private PoolMember ownMember(Long memberId) {
        Unit unit = permissions.require(Permission.EXPERT_POOL);
        PoolMember member = memberId == null ? null : em.find(PoolMember.class, memberId);
        if (member == null || !member.getCommittee().getFormationUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return member;
    }
}
