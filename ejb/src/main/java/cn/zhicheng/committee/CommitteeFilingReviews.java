package cn.zhicheng.committee;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.review.Advance;
import cn.zhicheng.review.MultiPostConfig;
import cn.zhicheng.review.MultiPostReview;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.review.ReviewLevel;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 评委会备案审核 (SPEC §3.5.2, §3.3, §4.3) for the 授权管理单位 and then the 备案单位: the 待审核 / 审核通过 / 审核不通过
 * tabs, paged in the database; 审核通过 moves the filing to the next level of the unit's multi-post sequence, or to
 * the next unit (授权管理单位 → 备案单位 → 已备案 with three years' validity); 审核不通过 needs an opinion and returns the
 * filing to the formation unit. Single or batch with one opinion; one flow-log entry per committee.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class CommitteeFilingReviews {

    private static final ReviewItemType TYPE = ReviewItemType.COMMITTEE_FILING;
    private static final List<FilingStatus> UNDER_REVIEW =
            List.of(FilingStatus.AUTHORISING_REVIEW, FilingStatus.FILING_REVIEW);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private Callers callers;

    @EJB
    private MultiPostReview multiPost;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private RegionDirectory regions;

    @EJB
    private Messages messages;

    /** False when the caller's unit has no levels for 评委会备案: the page shows the 多岗审核 notice. */
    public boolean isMultiPostConfigured() {
        return multiPost.isConfigured(permissions.require(Permission.COMMITTEE_FILING_REVIEW), TYPE);
    }

    public List<CommitteeRow> list(ReviewTab tab, String nameContains, int first, int pageSize) {
        Query query = query(tab, nameContains);
        TypedQuery<Committee> select = em.createQuery("select c from Committee c join fetch c.series where "
                + query.where + " order by c.submittedAt, c.id", Committee.class);
        query.bind(select);
        return select.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(c -> CommitteeViews.row(em, c)).toList();
    }

    public long count(ReviewTab tab, String nameContains) {
        Query query = query(tab, nameContains);
        TypedQuery<Long> count = em.createQuery("select count(c) from Committee c where " + query.where, Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    /** For the home page's to-do list: 0 without the permission instead of a refusal. */
    @PermitAll
    public long countPendingForCallerIfPermitted() {
        return permissions.callerHas(Permission.COMMITTEE_FILING_REVIEW) ? count(ReviewTab.PENDING, null) : 0;
    }

    /** 审核: the filing content of a committee waiting for the caller. */
    public CommitteeDetails pendingDetails(Long committeeId) {
        return CommitteeViews.details(em, regions, settings, requireActionable(committeeId));
    }

    /** 审核通过 (single or batch; the opinion is optional). Returns how many committees were passed. */
    public int pass(List<Long> committeeIds, String opinion) {
        requireSome(committeeIds);
        String cleanOpinion = optionalOpinion(opinion);
        for (Long id : committeeIds) {
            Committee committee = requireActionable(id);
            ReviewPosition at = committee.getPosition();
            Unit unit = em.find(Unit.class, at.getUnitId());
            String from = committee.getStatus().name();
            Advance advance = multiPost.advance(at, TYPE);
            if (!advance.isLeavingUnit()) {
                committee.moveToLevel(advance.next().orElseThrow());
                auditLog.record(CommitteeViews.ENTITY, id, "LEVEL_PASSED", from, from,
                        note(unit.getName() + "第" + at.getLevel() + "级审核通过", cleanOpinion));
            } else if (committee.getStatus() == FilingStatus.AUTHORISING_REVIEW) {
                committee.passUnit(multiPost.enter(committee.getFilingUnit(), TYPE), Times.now());
                auditLog.record(CommitteeViews.ENTITY, id, "PASSED", from, committee.getStatus().name(),
                        note(unit.getName() + "审核通过，提交至" + committee.getFilingUnit().getName(), cleanOpinion));
            } else {
                committee.passUnit(null, Times.now());
                String validity = "备案有效期" + committee.getValidFrom() + "至" + committee.getValidUntil();
                auditLog.record(CommitteeViews.ENTITY, id, "FILED", from, committee.getStatus().name(),
                        note(unit.getName() + "审核通过，" + validity, cleanOpinion));
                notifyFiler(committee, "评委会备案已核准通过", "“" + committee.getName() + "”的备案已由" + unit.getName()
                        + "核准通过，" + validity + "。");
            }
        }
        return committeeIds.size();
    }

    /** 审核不通过 (single or batch) with the required opinion (at most 1000 characters). */
    public int reject(List<Long> committeeIds, String opinion) {
        requireSome(committeeIds);
        for (Long id : committeeIds) {
            Committee committee = requireActionable(id);
            String from = committee.getStatus().name();
            multiPost.leave(committee.getPosition(), TYPE);
            Unit unit = em.find(Unit.class, committee.getPosition().getUnitId());
            committee.reject(opinion);
            auditLog.record(CommitteeViews.ENTITY, id, "REJECTED", from, committee.getStatus().name(),
                    committee.getLastOpinion());
            notifyFiler(committee, "评委会备案未通过", "“" + committee.getName() + "”的备案未通过" + unit.getName()
                    + "的审核，原因：" + committee.getLastOpinion() + "。请修改后重新提交。");
        }
        return committeeIds.size();
    }

    /**
     * The outcome of a filing reaches whoever files it: the account that submitted it, the formation unit's super
     * administrators and the committee's administrators (SX/HB, where they complete the filing).
     */
    private void notifyFiler(Committee committee, String title, String body) {
        Set<Long> recipients = new LinkedHashSet<>(em.createQuery("select r.actorAccountId from AuditRecord r "
                        + "where r.entityType = :type and r.entityId = :id and r.action in :submissions "
                        + "and r.actorAccountId is not null order by r.occurredAt desc", Long.class)
                .setParameter("type", CommitteeViews.ENTITY).setParameter("id", committee.getId())
                .setParameter("submissions", List.of("SUBMITTED", "RENEWAL_SUBMITTED")).setMaxResults(1)
                .getResultList());
        recipients.addAll(em.createQuery("select m.account.id from Membership m "
                        + "where m.unit = :unit and m.role = :role", Long.class)
                .setParameter("unit", committee.getFormationUnit()).setParameter("role", Role.UNIT_ADMIN)
                .getResultList());
        recipients.addAll(em.createQuery("select l.account.id from CommitteeAccount l where l.committee = :committee "
                        + "and l.role = :role", Long.class)
                .setParameter("committee", committee).setParameter("role", Role.COMMITTEE_ADMIN).getResultList());
        recipients.forEach(recipient -> messages.sendFromSystem(recipient, title, body));
    }

    private static String note(String what, String opinion) {
        return opinion == null ? what : what + "：" + opinion;
    }

    private static String optionalOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            return null;
        }
        if (opinion.strip().length() > Committee.OPINION_MAX) {
            throw new BusinessException("committee.opinion.tooLong", Committee.OPINION_MAX);
        }
        return opinion.strip();
    }

    private static void requireSome(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("committee.review.noneSelected");
        }
    }

    /**
     * A committee waiting at the caller's unit at a level the caller may act on now. One that waits elsewhere is out
     * of reach (403); one that moved on since the page was shown (another post or unit decided) is a stale decision.
     */
    private Committee requireActionable(Long committeeId) {
        Unit own = permissions.require(Permission.COMMITTEE_FILING_REVIEW);
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null || !(own.equals(committee.getAuthorisingUnit()) || own.equals(committee.getFilingUnit()))) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        ReviewPosition at = committee.getPosition();
        if (!committee.getStatus().isUnderReview() || at == null || !at.isInUnit(own.getId())
                || !multiPost.canAct(callers.current(), at, TYPE)) {
            throw new BusinessException("committee.review.notWaiting");
        }
        return committee;
    }

    private Query query(ReviewTab tab, String nameContains) {
        Unit own = permissions.require(Permission.COMMITTEE_FILING_REVIEW);
        String name = nameContains == null || nameContains.isBlank() ? null : CommitteeViews.like(nameContains);
        String nameWhere = name == null ? "" : " and c.name like :name";
        return switch (tab) {
            case PENDING -> {
                Optional<Set<Integer>> levels = actingLevels(own);
                yield new Query("c.position.unitId = :ownId and c.status in :reviewing"
                        + levels.map(l -> " and c.position.level in :levels").orElse("") + nameWhere,
                        q -> {
                            q.setParameter("ownId", own.getId()).setParameter("reviewing", UNDER_REVIEW);
                            levels.ifPresent(l -> q.setParameter("levels", l));
                        }, name);
            }
            case PASSED -> new Query("c.submittedAt is not null and ((c.authorisingUnit = :own and c.status in "
                    + ":afterAuthorising) or (c.filingUnit = :own and c.status = :filed))" + nameWhere,
                    q -> q.setParameter("own", own)
                            .setParameter("afterAuthorising", List.of(FilingStatus.FILING_REVIEW, FilingStatus.FILED))
                            .setParameter("filed", FilingStatus.FILED), name);
            case REJECTED -> new Query("c.status = :rejected and c.rejectedByUnitId = :ownId" + nameWhere,
                    q -> q.setParameter("rejected", FilingStatus.REJECTED).setParameter("ownId", own.getId()), name);
        };
    }

    /**
     * The levels of the caller's unit the caller may act at: empty Optional = every level (no multi-post
     * configuration and the caller holds the permission); a set, possibly {-1} meaning none, otherwise.
     */
    private Optional<Set<Integer>> actingLevels(Unit own) {
        Account caller = callers.current();
        Optional<MultiPostConfig> config = multiPost.findConfig(own.getId(), TYPE).filter(MultiPostConfig::isConfigured);
        if (config.isEmpty()) {
            return MultiPostConfig.isEligible(caller, own, TYPE) ? Optional.empty() : Optional.of(Set.of(-1));
        }
        Set<Integer> levels = new LinkedHashSet<>();
        for (ReviewLevel level : config.get().getLevels()) {
            if (config.get().mayAct(caller, ReviewPosition.of(own.getId(), level.getNumber()))) {
                levels.add(level.getNumber());
            }
        }
        return Optional.of(levels.isEmpty() ? Set.of(-1) : levels);
    }

    private record Query(String where, Binder binder, String name) {
        void bind(TypedQuery<?> query) {
            binder.bind(query);
            if (name != null) {
                query.setParameter("name", name);
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(TypedQuery<?> query);
    }
}
