package cn.zhicheng.activity;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.committee.ReviewTab;
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
import java.util.function.Consumer;

/**
 * 评审活动发布审核 (SPEC §3.7.10, §3.3, §4.3) for the committee's 授权管理单位: the 待审核 / 审核通过 / 审核不通过 tabs,
 * paged in the database; 审核通过 moves the activity to the next level of the unit's multi-post sequence or, at the
 * highest level, publishes it (and posts its notice); 审核不通过 needs an opinion and returns it to the committee.
 * Single or batch with one opinion; one flow-log entry per activity.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class ActivityPublicationReviews {

    private static final ReviewItemType TYPE = ReviewItemType.ACTIVITY_PUBLICATION;

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
    private RegionDirectory regions;

    /** False when the caller's unit has no levels for 评审活动发布: the page shows the 多岗审核 notice. */
    public boolean isMultiPostConfigured() {
        return multiPost.isConfigured(permissions.require(Permission.ACTIVITY_PUBLISH_REVIEW), TYPE);
    }

    public List<ActivityRow> list(ReviewTab tab, String nameContains, int first, int pageSize) {
        Query query = query(tab, nameContains);
        TypedQuery<Activity> select = em.createQuery("select a from Activity a join fetch a.committee where "
                + query.where + " order by a.submittedAt, a.id", Activity.class);
        query.bind(select);
        return select.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(a -> ActivityViews.row(em, a)).toList();
    }

    public long count(ReviewTab tab, String nameContains) {
        Query query = query(tab, nameContains);
        TypedQuery<Long> count = em.createQuery("select count(a) from Activity a where " + query.where, Long.class);
        query.bind(count);
        return count.getSingleResult();
    }

    /** For the home page's to-do list: 0 without the permission instead of a refusal. */
    @PermitAll
    public long countPendingForCallerIfPermitted() {
        return permissions.callerHas(Permission.ACTIVITY_PUBLISH_REVIEW) ? count(ReviewTab.PENDING, null) : 0;
    }

    /** 审核 / full-screen view: an activity submitted to the caller's unit (pending or decided by it). */
    public ActivityDetails details(Long activityId) {
        return ActivityViews.details(em, regions, visible(activityId));
    }

    public List<AuditRecord> history(Long activityId, int first, int pageSize) {
        return auditLog.latest(ActivityViews.ENTITY, visible(activityId).getId(), first, pageSize);
    }

    public long historySize(Long activityId) {
        return auditLog.count(ActivityViews.ENTITY, visible(activityId).getId());
    }

    /** 审核通过 (single or batch; the opinion is optional). Returns how many activities were passed. */
    public int pass(List<Long> activityIds, String opinion) {
        requireSome(activityIds);
        String cleanOpinion = optionalOpinion(opinion);
        for (Long id : activityIds) {
            Activity activity = requireActionable(id);
            ReviewPosition at = activity.getPosition();
            Unit unit = em.find(Unit.class, at.getUnitId());
            String from = activity.getStatus().name();
            Advance advance = multiPost.advance(at, TYPE);
            if (!advance.isLeavingUnit()) {
                activity.moveToLevel(advance.next().orElseThrow());
                auditLog.record(ActivityViews.ENTITY, id, "LEVEL_PASSED", from, from,
                        note(unit.getName() + "第" + at.getLevel() + "级审核通过", cleanOpinion));
            } else {
                activity.approve(Times.now());
                auditLog.record(ActivityViews.ENTITY, id, "PUBLISHED", from, activity.getStatus().name(),
                        note(unit.getName() + "审核通过，评审活动已发布", cleanOpinion));
                Notices.postPublished(em, activity);
            }
        }
        return activityIds.size();
    }

    /** 审核不通过 (single or batch) with the required opinion (at most 1000 characters). */
    public int reject(List<Long> activityIds, String opinion) {
        requireSome(activityIds);
        for (Long id : activityIds) {
            Activity activity = requireActionable(id);
            String from = activity.getStatus().name();
            multiPost.leave(activity.getPosition(), TYPE);
            activity.reject(opinion);
            auditLog.record(ActivityViews.ENTITY, id, "REJECTED", from, activity.getStatus().name(),
                    activity.getLastOpinion());
        }
        return activityIds.size();
    }

    private static String note(String what, String opinion) {
        return opinion == null ? what : what + "：" + opinion;
    }

    private static String optionalOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            return null;
        }
        if (opinion.strip().length() > Activity.OPINION_MAX) {
            throw new BusinessException("activity.opinion.tooLong", Activity.OPINION_MAX);
        }
        return opinion.strip();
    }

    private static void requireSome(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("activity.review.noneSelected");
        }
    }

    /** An activity of a committee the caller's unit authorises; anything else is out of reach (403). */
    private Activity visible(Long activityId) {
        Unit own = permissions.require(Permission.ACTIVITY_PUBLISH_REVIEW);
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null || activity.getSubmittedAt() == null
                || !own.equals(activity.getCommittee().getAuthorisingUnit())) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return activity;
    }

    /** Waiting at the caller's unit at a level the caller may act on now; otherwise a stale decision. */
    private Activity requireActionable(Long activityId) {
        Unit own = permissions.require(Permission.ACTIVITY_PUBLISH_REVIEW);
        Activity activity = visible(activityId);
        ReviewPosition at = activity.getPosition();
        if (at == null || !at.isInUnit(own.getId()) || !multiPost.canAct(callers.current(), at, TYPE)) {
            throw new BusinessException("activity.review.notWaiting");
        }
        return activity;
    }

    private Query query(ReviewTab tab, String nameContains) {
        Unit own = permissions.require(Permission.ACTIVITY_PUBLISH_REVIEW);
        String name = nameContains == null || nameContains.isBlank() ? null : ActivityViews.like(nameContains);
        String nameWhere = name == null ? "" : " and a.name like :name";
        return switch (tab) {
            case PENDING -> {
                Optional<Set<Integer>> levels = actingLevels(own);
                yield new Query("a.position.unitId = :ownId and a.status = :pending"
                        + levels.map(l -> " and a.position.level in :levels").orElse("") + nameWhere,
                        q -> {
                            q.setParameter("ownId", own.getId()).setParameter("pending", ActivityStatus.PENDING_REVIEW);
                            levels.ifPresent(l -> q.setParameter("levels", l));
                        }, name);
            }
            case PASSED -> new Query("a.committee.authorisingUnit = :own and a.status = :published" + nameWhere,
                    q -> q.setParameter("own", own).setParameter("published", ActivityStatus.PUBLISHED), name);
            case REJECTED -> new Query("a.status = :returned and a.rejectedByUnitId = :ownId" + nameWhere,
                    q -> q.setParameter("returned", ActivityStatus.RETURNED).setParameter("ownId", own.getId()),
                    name);
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

    private record Query(String where, Consumer<TypedQuery<?>> binder, String name) {
        void bind(TypedQuery<?> query) {
            binder.accept(query);
            if (name != null) {
                query.setParameter("name", name);
            }
        }
    }
}
