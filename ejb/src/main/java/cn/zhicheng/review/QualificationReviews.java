package cn.zhicheng.review;

import cn.zhicheng.activity.Activity;
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationSheets;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.SectionComment;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 资格审核 / 参评资格审核 (SPEC §3.9.5, the committee part of §3.9.4, §3.9.6): the committee's staff (评委会管理员 and
 * 操作员) choose one of their committee's activities, see the counters line and the tabs with counts, filter and page
 * the applications in the database, open one read-only and decide — 通过 (已接收, on to the meeting), 退回 (to the
 * applicant with a reason and a personal resubmission deadline) or 不通过 (final for the year) — one by one or in a
 * batch with one opinion. Every decision checks the version the screen showed (SPEC §4.3), writes the flow log and
 * tells the applicant. Another committee's applications answer "not found".
 */
@Stateless
@RolesAllowed({Role.Names.COMMITTEE_ADMIN, Role.Names.COMMITTEE_OPERATOR})
public class QualificationReviews {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog audit;

    @EJB
    private Messages messages;

    @EJB
    private ApplicationSheets sheets;

    /** The committee of a committee-side account (administrator or operator), if it is one. */
    public static Optional<Committee> committeeOf(EntityManager em, Account account) {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", account).getResultStream()
                .filter(link -> link.getRole().isCommitteeRole()).map(CommitteeAccount::getCommittee).findFirst();
    }

    /**
     * Whether a committee's staff may read an application (一览表, 审核 page, flow log): of their committee and once
     * it reached the committee.
     */
    public static boolean reachedCommitteeOf(Application application, Committee committee) {
        return committee != null && committee.equals(application.getCommittee())
                && (application.isAtCommittee() || application.getCommitteeDecision() != null);
    }

    /** The caller's committee's activities, newest year first (the 选择评审活动 step). */
    public List<NamedOption> activities() {
        Committee committee = callerCommittee();
        return em.createQuery("select a from Activity a where a.committee = :c order by a.year desc, a.id desc",
                        Activity.class).setParameter("c", committee).getResultStream()
                .map(a -> new NamedOption(a.getId(), a.getYear() + " " + a.getName())).toList();
    }

    /** The counters line of one of the caller's activities. */
    public QualificationCounters counters(Long activityId) {
        Activity activity = ownActivity(activityId);
        List<Object[]> groups = em.createQuery("select a.status, a.committeeDecision, count(a) from Application a "
                        + "where a.activity = :act group by a.status, a.committeeDecision", Object[].class)
                .setParameter("act", activity).getResultList();
        long submitted = em.createQuery("select count(a) from Application a where a.activity = :act "
                        + "and a.firstSubmittedAt is not null", Long.class)
                .setParameter("act", activity).getSingleResult();
        long applied = 0;
        long deptPending = 0;
        long deptPassed = 0;
        long deptRejected = 0;
        long pending = 0;
        long accepted = 0;
        long rejected = 0;
        for (Object[] g : groups) {
            ApplicationStatus status = (ApplicationStatus) g[0];
            ApplicationStatus decision = (ApplicationStatus) g[1];
            long n = ((Number) g[2]).longValue();
            applied += n;
            if (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_REVIEW) {
                deptPending += n;
            }
            if (status == ApplicationStatus.AT_COMMITTEE || decision != null) {
                deptPassed += n;
            }
            if (status == ApplicationStatus.REJECTED && decision == null) {
                deptRejected += n;
            }
            if (status == ApplicationStatus.AT_COMMITTEE) {
                pending += n;
            }
            if (status == ApplicationStatus.ACCEPTED) {
                accepted += n;
            }
            if (status == ApplicationStatus.REJECTED && decision == ApplicationStatus.REJECTED) {
                rejected += n;
            }
        }
        return new QualificationCounters(applied, submitted, deptPending, deptPassed, deptRejected, pending,
                accepted, rejected);
    }

    /** The tabs with their counts under the filter. */
    public Map<QualificationTab, Long> tabCounts(Long activityId, QualificationFilter filter) {
        Activity activity = ownActivity(activityId);
        Map<QualificationTab, Long> counts = new EnumMap<>(QualificationTab.class);
        for (QualificationTab tab : QualificationTab.values()) {
            counts.put(tab, query(activity, tab, filter, true, Long.class).getSingleResult());
        }
        return counts;
    }

    /** One page of a tab, in the order the applications reached the committee. */
    public List<QualificationRow> list(Long activityId, QualificationTab tab, QualificationFilter filter, int first,
                                       int pageSize) {
        Activity activity = ownActivity(activityId);
        List<Application> page = query(activity, tab, filter, false, Application.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList();
        Map<Long, String> departments = departmentsOf(page.stream().map(Application::getEmployer).toList());
        return page.stream().map(a -> new QualificationRow(a.getId(), a.getVersion(), a.getApplicantName(),
                Applications.masked(a.getIdNumber()), departments.get(a.getEmployer().getId()),
                a.getSeries().getName(), a.getSpecialty(), a.getQualification().getName(), a.getLevel(), a.getRoute(),
                a.getStatus(), a.getSubmittedAt(), a.getReturnDeadline(), a.getLastOpinion(), a.isAtCommittee()))
                .toList();
    }

    public long count(Long activityId, QualificationTab tab, QualificationFilter filter) {
        return query(ownActivity(activityId), tab, filter, true, Long.class).getSingleResult();
    }

    /** The 主管部门 above the employers of the activity's applications, for the filter. */
    public List<NamedOption> departments(Long activityId) {
        Activity activity = ownActivity(activityId);
        List<String> paths = em.createQuery("select distinct a.employer.path from Application a "
                + "where a.activity = :act", String.class).setParameter("act", activity).getResultList();
        Set<Long> ids = new HashSet<>();
        paths.forEach(p -> ids.addAll(idsIn(p)));
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from Unit u where u.id in :ids and u.type = :type order by u.name", Unit.class)
                .setParameter("ids", ids).setParameter("type", UnitType.COMPETENT_DEPARTMENT).getResultStream()
                .map(u -> new NamedOption(u.getId(), u.getName())).toList();
    }

    /** The 审核 page: the applicant's form read-only (as the 一览表 shows it) and the version to decide on. */
    public QualificationReviewView review(Long applicationId) {
        Application application = readable(applicationId);
        Committee committee = callerCommittee();
        boolean decidable = application.isAtCommittee();
        List<ReviewItem.CommentRow> comments = em.createNamedQuery(SectionComment.FIND_OF_APPLICATION,
                        SectionComment.class).setParameter("applicationId", applicationId).getResultStream()
                .map(c -> new ReviewItem.CommentRow(c.getId(), c.getSection(), c.getComment(), c.getAuthorName(),
                        c.getUnitName(), c.getCreatedAt(),
                        decidable && committee.getId().equals(c.getCommitteeId())))
                .toList();
        return new QualificationReviewView(sheets.sheet(applicationId).view(), application.getVersion(),
                decidable, application.getActivity().getId(), tabOf(application), comments);
    }

    // ---- per-section 驳回意见 of the committee (SPEC §3.9.3: 填写 / 修改 / 删除驳回意见) ----

    /** 填写驳回意见 on a section of an application waiting for the caller's committee; the applicant sees it. */
    public Long addComment(Long applicationId, FormSection section, String text) {
        Committee committee = callerCommittee();
        Application application = readable(applicationId);
        if (!application.isAtCommittee()) {
            throw new BusinessException("review.qualification.notWaiting");
        }
        if (section == null) {
            throw new BusinessException("application.comment.required");
        }
        SectionComment comment = SectionComment.byCommittee(application.getId(), section, text,
                callers.current().getDisplayName(), committee.getId(), committee.getName(), Times.now());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    /** 修改驳回意见: the committee's own, while the application waits for it. */
    public void editComment(Long commentId, String text) {
        ownComment(commentId).edit(text, callers.current().getDisplayName());
    }

    /** 删除驳回意见: the committee's own, while the application waits for it. */
    public void deleteComment(Long commentId) {
        em.remove(ownComment(commentId));
    }

    private SectionComment ownComment(Long commentId) {
        Committee committee = callerCommittee();
        SectionComment comment = commentId == null ? null : em.find(SectionComment.class, commentId);
        if (comment == null || !committee.getId().equals(comment.getCommitteeId())) {
            throw new AccessDeniedException("review.qualification.commentNotFound");
        }
        if (!readable(comment.getApplicationId()).isAtCommittee()) {
            throw new BusinessException("review.qualification.notWaiting");
        }
        return comment;
    }

    /** 流转日志, oldest first. */
    public List<AuditRecord> flowLog(Long applicationId) {
        readable(applicationId);
        return audit.history(Applications.AUDIT_TYPE, applicationId);
    }

    /**
     * One decision on one application as the screen showed it ({@code version}): 通过, 退回 (reason and a future
     * deadline) or 不通过 (reason).
     */
    public void decide(Long applicationId, long version, QualificationDecision decision, String opinion,
                       OffsetDateTime deadline) {
        Committee committee = callerCommittee();
        decideOne(committee, applicationId, version, decision, opinion, deadline, false);
        flush();
    }

    /**
     * 批量审核 (SPEC §3.9.4, §4.3): the same decision and opinion for every chosen application (id → version shown);
     * all or none — one refusal names the applicant and changes nothing.
     */
    public int decideAll(Map<Long, Long> versions, QualificationDecision decision, String opinion,
                         OffsetDateTime deadline) {
        if (versions == null || versions.isEmpty()) {
            throw new BusinessException("review.qualification.noneChosen");
        }
        Committee committee = callerCommittee();
        // rows locked in id order: two batches over the same applications cannot deadlock
        for (Map.Entry<Long, Long> chosen : new TreeMap<>(versions).entrySet()) {
            decideOne(committee, chosen.getKey(), chosen.getValue(), decision, opinion, deadline, true);
        }
        flush();
        return versions.size();
    }

    /**
     * Loads the application serialised with other decisions on it (row lock, fresh from the database) and checks it
     * still is as the screen showed it: otherwise "已由 X 于 T 处理" from the flow log (SPEC §4.3), naming the
     * applicant in a batch.
     */
    private void decideOne(Committee committee, Long applicationId, long version, QualificationDecision decision,
                           String opinion, OffsetDateTime deadline, boolean inBatch) {
        if (decision == null) {
            throw new BusinessException("review.qualification.decision.required");
        }
        Application application = applicationId == null ? null : em.find(Application.class, applicationId,
                LockModeType.PESSIMISTIC_WRITE, Map.of("jakarta.persistence.cache.retrieveMode",
                        CacheRetrieveMode.BYPASS));
        if (application == null || !reachedCommitteeOf(application, committee)) {
            throw new BusinessException("application.notFound");
        }
        if (application.getVersion() != version) {
            throw staleFor(application, inBatch);
        }
        ApplicationStatus from = application.getStatus();
        OffsetDateTime now = Times.now();
        try {
            switch (decision) {
                case ACCEPT -> application.acceptByCommittee(opinion);
                case RETURN -> application.returnByCommittee(opinion, deadline, now);
                case REJECT -> application.rejectByCommittee(opinion);
            }
        } catch (BusinessException e) {
            if (e.getMessageKey().equals("review.qualification.notWaiting")) {
                throw new BusinessException("review.qualification.notWaiting.named", application.getApplicantName());
            }
            throw e;
        }
        Account caller = callers.current();
        audit.record(new AuditRecord.Actor(caller.getId(), caller.getLoginName(), caller.getDisplayName(), null,
                        committee.getName()), Applications.AUDIT_TYPE, application.getId(),
                "review.qualification." + decision.name(), from.name(), application.getStatus().name(),
                application.getLastOpinion());
        tell(application, committee, decision);
    }

    private void tell(Application application, Committee committee, QualificationDecision decision) {
        String what = application.getActivity().getName() + "（" + application.getQualification().getName() + "）";
        String reason = application.getLastOpinion() == null ? "" : "意见：" + application.getLastOpinion() + "。";
        String title;
        String body;
        switch (decision) {
            case ACCEPT -> {
                title = "评委会资格审核通过";
                body = "你的申报" + what + "已通过" + committee.getName() + "的资格审核，进入评审阶段。" + reason;
            }
            case RETURN -> {
                title = "申报被评委会退回修改";
                body = "你的申报" + what + "被" + committee.getName() + "退回修改，" + reason + "请在"
                        + Times.display(application.getReturnDeadline()) + "前修改并重新提交。";
            }
            default -> {
                title = "评委会资格审核不通过";
                body = "你的申报" + what + "未通过" + committee.getName() + "的资格审核。" + reason;
            }
        }
        messages.sendFromUnit(application.getApplicantId(), null, committee.getName(), title,
                body.length() > 2000 ? body.substring(0, 2000) : body);
    }

    private BusinessException staleFor(Application application, boolean inBatch) {
        List<AuditRecord> latest = audit.latest(Applications.AUDIT_TYPE, application.getId(), 0, 1);
        if (latest.isEmpty()) {
            return new BusinessException("review.qualification.stale", application.getApplicantName());
        }
        AuditRecord last = latest.get(0);
        String who = last.getActorName() == null ? last.getActorLogin() : last.getActorName();
        String when = Times.display(last.getOccurredAt());
        return inBatch
                ? new BusinessException("review.qualification.alreadyHandled.named", application.getApplicantName(),
                who, when)
                : new BusinessException("review.application.alreadyHandled", who, when);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("review.qualification.stale", "");
        }
    }

    private static QualificationTab tabOf(Application application) {
        return switch (application.getStatus()) {
            case AT_COMMITTEE -> application.isResubmittedToCommittee() ? QualificationTab.SECOND
                    : QualificationTab.FIRST;
            case ACCEPTED -> QualificationTab.ACCEPTED;
            case REJECTED -> QualificationTab.REJECTED;
            default -> QualificationTab.RETURNED;
        };
    }

    private <T> TypedQuery<T> query(Activity activity, QualificationTab tab, QualificationFilter filter,
                                    boolean count, Class<T> type) {
        QualificationFilter f = filter == null ? QualificationFilter.none() : filter;
        StringBuilder jpql = new StringBuilder(count ? "select count(a) from Application a"
                : "select a from Application a join fetch a.employer join fetch a.series join fetch a.qualification");
        jpql.append(" where a.activity = :act");
        Map<String, Object> params = new HashMap<>();
        params.put("act", activity);
        switch (Objects.requireNonNull(tab == null ? QualificationTab.FIRST : tab)) {
            case FIRST -> jpql.append(" and a.status = :st and a.committeeDecision is null");
            case SECOND -> jpql.append(" and a.status = :st and a.committeeDecision = :dec");
            case ACCEPTED -> jpql.append(" and a.status = :st");
            case RETURNED, REJECTED -> jpql.append(" and a.status = :st and a.committeeDecision = :st");
        }
        params.put("st", switch (tab == null ? QualificationTab.FIRST : tab) {
            case FIRST, SECOND -> ApplicationStatus.AT_COMMITTEE;
            case ACCEPTED -> ApplicationStatus.ACCEPTED;
            case RETURNED -> ApplicationStatus.RETURNED;
            case REJECTED -> ApplicationStatus.REJECTED;
        });
        if (tab == QualificationTab.SECOND) {
            params.put("dec", ApplicationStatus.RETURNED);
        }
        if (f.year() != null) {
            jpql.append(" and a.year = :year");
            params.put("year", f.year());
        }
        if (f.seriesId() != null) {
            jpql.append(" and a.series.id = :series");
            params.put("series", f.seriesId());
        }
        if (!blank(f.specialty())) {
            jpql.append(" and a.specialty like :specialty");
            params.put("specialty", like(f.specialty()));
        }
        if (!blank(f.qualificationName())) {
            jpql.append(" and a.qualification.name like :qualification");
            params.put("qualification", like(f.qualificationName()));
        }
        if (f.level() != null) {
            jpql.append(" and a.level = :level");
            params.put("level", f.level());
        }
        if (f.route() != null) {
            jpql.append(" and a.route = :route");
            params.put("route", f.route());
        }
        if (f.method() != null) {
            jpql.append(" and a.activity.evaluationMethod = :method");
            params.put("method", f.method());
        }
        if (!blank(f.idNumber())) {
            jpql.append(" and upper(a.idNumber) = :idNumber");
            params.put("idNumber", f.idNumber().strip().toUpperCase());
        }
        if (!blank(f.name())) {
            jpql.append(" and a.applicantName like :name");
            params.put("name", like(f.name()));
        }
        if (f.departmentId() != null) {
            Unit department = em.find(Unit.class, f.departmentId());
            if (department == null) {
                jpql.append(" and 1 = 0");
            } else {
                jpql.append(" and a.employer.path >= :pathFrom and a.employer.path < :pathTo");
                params.put("pathFrom", department.subtreeFrom());
                params.put("pathTo", department.subtreeTo());
            }
        }
        if (!count) {
            jpql.append(" order by a.submittedAt, a.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The nearest 主管部门 above each employer (by the materialized path), in one query for the page. */
    private Map<Long, String> departmentsOf(List<Unit> employers) {
        Map<Long, List<Long>> ancestry = new HashMap<>();
        Set<Long> all = new HashSet<>();
        for (Unit employer : employers) {
            List<Long> ids = idsIn(employer.getPath());
            ancestry.put(employer.getId(), ids);
            all.addAll(ids);
        }
        Map<Long, String> result = new HashMap<>();
        if (all.isEmpty()) {
            return result;
        }
        Map<Long, String> departments = new HashMap<>();
        em.createQuery("select u from Unit u where u.id in :ids and u.type = :type", Unit.class)
                .setParameter("ids", all).setParameter("type", UnitType.COMPETENT_DEPARTMENT).getResultStream()
                .forEach(u -> departments.put(u.getId(), u.getName()));
        ancestry.forEach((employer, ids) -> {
            List<Long> upwards = new ArrayList<>(ids);
            Collections.reverse(upwards);
            upwards.stream().filter(departments::containsKey).findFirst()
                    .ifPresent(id -> result.put(employer, departments.get(id)));
        });
        return result;
    }

    private static List<Long> idsIn(String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String like(String s) {
        return "%" + s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Committee callerCommittee() {
        return committeeOf(em, callers.current())
                .orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
    }

    private Activity ownActivity(Long activityId) {
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null || !activity.getCommittee().equals(callerCommittee())) {
            throw new BusinessException("review.qualification.activity.notFound");
        }
        return activity;
    }

    private Application find(Long applicationId) {
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        if (application == null) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }

    private Application readable(Long applicationId) {
        Application application = find(applicationId);
        if (!reachedCommitteeOf(application, callerCommittee())) {
            throw new BusinessException("application.notFound");
        }
        return application;
    }
}
