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
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Resource
    private SessionContext context;

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

    /**
     * The counters line of one of the caller's activities: one grouped query (status, committee decision; the
     * submitted ones counted by their first submission), kept by the list memo until an application changes.
     */
    public QualificationCounters counters(Long activityId) {
        Long activity = ownActivityId(activityId);
        return ListMemo.instance().get(List.of("qualification.counters", activity),
                () -> countersOf(activity), c -> 1);
    }

    private QualificationCounters countersOf(Long activity) {
        List<Object[]> groups = em.createQuery("select a.status, a.committeeDecision, count(a), "
                        + "count(a.firstSubmittedAt) from Application a where a.activity.id = :act "
                        + "group by a.status, a.committeeDecision", Object[].class)
                .setParameter("act", activity).getResultList();
        long applied = 0;
        long submitted = 0;
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
            submitted += ((Number) g[3]).longValue();
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

    /** The tabs with their counts under the filter: one grouped query, kept by the list memo. */
    public Map<QualificationTab, Long> tabCounts(Long activityId, QualificationFilter filter) {
        Long activity = ownActivityId(activityId);
        QualificationFilter f = filter == null ? QualificationFilter.none() : filter;
        return ListMemo.instance().get(List.of("qualification.tabs", activity, f),
                () -> tabCountsOf(activity, f), m -> 1);
    }

    private Map<QualificationTab, Long> tabCountsOf(Long activity, QualificationFilter filter) {
        Map<QualificationTab, Long> counts = new EnumMap<>(QualificationTab.class);
        for (QualificationTab tab : QualificationTab.values()) {
            counts.put(tab, 0L);
        }
        Where where = where(activity, null, filter);
        TypedQuery<Object[]> query = em.createQuery("select a.status, a.committeeDecision, count(a) from Application a"
                + where.text + " group by a.status, a.committeeDecision", Object[].class);
        where.bind(query);
        for (Object[] g : query.getResultList()) {
            QualificationTab tab = tabOf((ApplicationStatus) g[0], (ApplicationStatus) g[1]);
            if (tab != null) {
                counts.merge(tab, ((Number) g[2]).longValue(), Long::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * One page of a tab, in the order the applications reached the committee. The tab's ordered ids are computed
     * once per filter (with its count) and kept by the list memo, so any page is a slice of them; without them a
     * first page is read straight from the ordered index. Then only the page's rows are read, by key.
     */
    public List<QualificationRow> list(Long activityId, QualificationTab tab, QualificationFilter filter, int first,
                                       int pageSize) {
        Long activity = ownActivityId(activityId);
        QualificationTab t = tab == null ? QualificationTab.FIRST : tab;
        QualificationFilter f = filter == null ? QualificationFilter.none() : filter;
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(pageSize, 100));
        Object key = idsKey(activity, t, f);
        long[] all = ListMemo.instance().peek(key);
        if (all == null && from >= DIRECT_ROWS_UP_TO) {
            all = ids(key, activity, t, f);
        }
        List<Long> page;
        if (all != null) {
            page = new ArrayList<>(size);
            for (int i = from; i < Math.min(all.length, from + size); i++) {
                page.add(all[i]);
            }
        } else {
            Where where = where(activity, t, f);
            TypedQuery<Long> query = em.createQuery("select a.id from Application a" + where.text + ORDER, Long.class);
            where.bind(query);
            page = query.setFirstResult(from).setMaxResults(size).getResultList();
        }
        return rows(page);
    }

    public long count(Long activityId, QualificationTab tab, QualificationFilter filter) {
        Long activity = ownActivityId(activityId);
        QualificationTab t = tab == null ? QualificationTab.FIRST : tab;
        QualificationFilter f = filter == null ? QualificationFilter.none() : filter;
        return ids(idsKey(activity, t, f), activity, t, f).length;
    }

    /** The 主管部门 above the employers of the activity's applications, for the filter (kept by the list memo). */
    public List<NamedOption> departments(Long activityId) {
        Long activity = ownActivityId(activityId);
        return ListMemo.instance().get(List.of("qualification.departments", activity),
                () -> departmentOptions(activity), d -> d.size() + 1);
    }

    private List<NamedOption> departmentOptions(Long activity) {
        List<String> paths = em.createQuery("select distinct a.employer.path from Application a "
                + "where a.activity.id = :act", String.class).setParameter("act", activity).getResultList();
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

    /** The tab whose query lists an application of this status and committee decision, if any. */
    private static QualificationTab tabOf(ApplicationStatus status, ApplicationStatus decision) {
        return switch (status) {
            case AT_COMMITTEE -> decision == null ? QualificationTab.FIRST
                    : decision == ApplicationStatus.RETURNED ? QualificationTab.SECOND : null;
            case ACCEPTED -> QualificationTab.ACCEPTED;
            case RETURNED -> decision == ApplicationStatus.RETURNED ? QualificationTab.RETURNED : null;
            case REJECTED -> decision == ApplicationStatus.REJECTED ? QualificationTab.REJECTED : null;
            default -> null;
        };
    }

    /**
     * Rows before this offset (the first pages) are read straight from the index when the memo has no ids for the
     * filter; deeper pages fill the memo.
     */
    private static final int DIRECT_ROWS_UP_TO = 500;
    private static final String ORDER = " order by a.submittedAt, a.id";

    private static Object idsKey(Long activity, QualificationTab tab, QualificationFilter filter) {
        return List.of("qualification.ids", activity, tab, filter);
    }

    /** The tab's ids under the filter, in list order (memoized). */
    private long[] ids(Object key, Long activity, QualificationTab tab, QualificationFilter filter) {
        return ListMemo.instance().get(key, () -> {
            Where where = where(activity, tab, filter);
            TypedQuery<Long> query = em.createQuery("select a.id from Application a" + where.text + ORDER,
                    Long.class);
            where.bind(query);
            return query.getResultStream().mapToLong(Long::longValue).toArray();
        }, ids -> ids.length);
    }

    /** The page's rows by key, in the order of {@code ids}, with the employers' 主管部门. */
    private List<QualificationRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("select a.id, a.version, a.applicantName, a.idNumber, e.id, e.path, s.name, a.specialty, "
                        + "q.name, a.level, a.route, a.status, a.submittedAt, a.returnDeadline, a.lastOpinion "
                        + "from Application a join a.employer e join a.series s join a.qualification q "
                        + "where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(r -> byId.put((Long) r[0], r));
        Map<Long, List<Long>> ancestry = new HashMap<>();
        byId.values().forEach(r -> ancestry.put((Long) r[4], idsIn((String) r[5])));
        Map<Long, String> departments = departmentsOf(ancestry);
        List<QualificationRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Object[] r = byId.get(id);
            if (r == null) {
                continue;
            }
            ApplicationStatus status = (ApplicationStatus) r[11];
            rows.add(new QualificationRow(id, ((Number) r[1]).longValue(), (String) r[2],
                    Applications.masked((String) r[3]), departments.get((Long) r[4]), (String) r[6], (String) r[7],
                    (String) r[8], (TitleLevel) r[9], (ApplicationRoute) r[10], status, (OffsetDateTime) r[12],
                    (OffsetDateTime) r[13], (String) r[14], status == ApplicationStatus.AT_COMMITTEE));
        }
        return rows;
    }

    /** A WHERE clause over {@code Application a} and its parameters. */
    private static final class Where {
        final StringBuilder text = new StringBuilder(" where a.activity.id = :act");
        final Map<String, Object> params = new HashMap<>();

        void add(String condition, String name, Object value) {
            text.append(" and ").append(condition);
            params.put(name, value);
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
        }
    }

    /** The activity, the tab (all five tabs' statuses when null) and the filter. */
    private Where where(Long activity, QualificationTab tab, QualificationFilter filter) {
        QualificationFilter f = filter == null ? QualificationFilter.none() : filter;
        Where where = new Where();
        where.params.put("act", activity);
        if (tab == null) {
            where.add("a.status in :tabStatuses", "tabStatuses", List.of(ApplicationStatus.AT_COMMITTEE,
                    ApplicationStatus.ACCEPTED, ApplicationStatus.RETURNED, ApplicationStatus.REJECTED));
        } else {
            switch (tab) {
                case FIRST -> {
                    where.add("a.status = :st", "st", ApplicationStatus.AT_COMMITTEE);
                    where.text.append(" and a.committeeDecision is null");
                }
                case SECOND -> {
                    where.add("a.status = :st", "st", ApplicationStatus.AT_COMMITTEE);
                    where.add("a.committeeDecision = :dec", "dec", ApplicationStatus.RETURNED);
                }
                case ACCEPTED -> where.add("a.status = :st", "st", ApplicationStatus.ACCEPTED);
                case RETURNED -> {
                    where.add("a.status = :st", "st", ApplicationStatus.RETURNED);
                    where.add("a.committeeDecision = :dec", "dec", ApplicationStatus.RETURNED);
                }
                case REJECTED -> {
                    where.add("a.status = :st", "st", ApplicationStatus.REJECTED);
                    where.add("a.committeeDecision = :dec", "dec", ApplicationStatus.REJECTED);
                }
            }
        }
        if (f.year() != null) {
            where.add("a.year = :year", "year", f.year());
        }
        if (f.seriesId() != null) {
            where.add("a.series.id = :series", "series", f.seriesId());
        }
        if (!blank(f.specialty())) {
            where.add("a.specialty like :specialty", "specialty", like(f.specialty()));
        }
        if (!blank(f.qualificationName())) {
            where.add("a.qualification.name like :qualification", "qualification", like(f.qualificationName()));
        }
        if (f.level() != null) {
            where.add("a.level = :level", "level", f.level());
        }
        if (f.route() != null) {
            where.add("a.route = :route", "route", f.route());
        }
        if (f.method() != null) {
            where.add("a.activity.evaluationMethod = :method", "method", f.method());
        }
        if (!blank(f.idNumber())) {
            where.add("upper(a.idNumber) = :idNumber", "idNumber", f.idNumber().strip().toUpperCase());
        }
        if (!blank(f.name())) {
            where.add("a.applicantName like :name", "name", like(f.name()));
        }
        if (f.departmentId() != null) {
            Unit department = em.find(Unit.class, f.departmentId());
            if (department == null) {
                where.text.append(" and 1 = 0");
            } else {
                where.add("a.employer.path >= :pathFrom", "pathFrom", department.subtreeFrom());
                where.add("a.employer.path < :pathTo", "pathTo", department.subtreeTo());
            }
        }
        return where;
    }

    /**
     * The nearest 主管部门 above each employer (employer id → the ids on its path): from the list memo, the others in
     * one query for the page (and then kept).
     */
    private Map<Long, String> departmentsOf(Map<Long, List<Long>> ancestry) {
        Map<Long, String> result = new HashMap<>();
        Map<Long, List<Long>> missing = new HashMap<>();
        ancestry.forEach((employer, ids) -> {
            Optional<String> known = ListMemo.instance().peek(List.of("qualification.department", employer));
            if (known == null) {
                missing.put(employer, ids);
            } else {
                known.ifPresent(name -> result.put(employer, name));
            }
        });
        Set<Long> all = new HashSet<>();
        missing.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return result;
        }
        long generation = ListChanges.generation();
        Map<Long, String> departments = new HashMap<>();
        em.createQuery("select u.id, u.name from Unit u where u.id in :ids and u.type = :type", Object[].class)
                .setParameter("ids", all).setParameter("type", UnitType.COMPETENT_DEPARTMENT).getResultStream()
                .forEach(u -> departments.put((Long) u[0], (String) u[1]));
        missing.forEach((employer, ids) -> {
            List<Long> upwards = new ArrayList<>(ids);
            Collections.reverse(upwards);
            Optional<String> department = upwards.stream().filter(departments::containsKey).findFirst()
                    .map(departments::get);
            department.ifPresent(name -> result.put(employer, name));
            ListMemo.instance().keep(List.of("qualification.department", employer), department, 1, generation);
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

    /**
     * {@link #ownActivity} for the list calls, which run it on every page and count: the same check in one query by
     * the caller's login (their committee links beside the activity's committee), without loading the account, the
     * activity or the committee with their collections, and kept by the list memo per login and activity — committee
     * links and activities are listed data, so any change of them ends the memo's answer; when the caller has no
     * committee link, {@link #ownActivity} tells why.
     */
    private Long ownActivityId(Long activityId) {
        Principal principal = context.getCallerPrincipal();
        if (activityId == null || principal == null) {
            return ownActivity(activityId).getId();
        }
        String login = Account.normalizeLogin(principal.getName());
        CommitteeLink link = ListMemo.instance().get(List.of("qualification.access", login, activityId),
                () -> committeeLink(login, activityId), l -> 1);
        return switch (link) {
            case OWN_COMMITTEE -> activityId;
            case OTHER_COMMITTEE -> throw new BusinessException("review.qualification.activity.notFound");
            case NONE -> ownActivity(activityId).getId();
        };
    }

    private enum CommitteeLink { OWN_COMMITTEE, OTHER_COMMITTEE, NONE }

    private CommitteeLink committeeLink(String login, Long activityId) {
        Optional<Object[]> link = em.createQuery("select ca.role, ca.committee.id, act.committee.id"
                        + " from CommitteeAccount ca, Activity act where ca.account.loginName = :login"
                        + " and act.id = :act", Object[].class)
                .setParameter("login", login).setParameter("act", activityId)
                .getResultStream().filter(r -> ((Role) r[0]).isCommitteeRole()).findFirst();
        if (link.isEmpty()) {
            return CommitteeLink.NONE;
        }
        return link.get()[1].equals(link.get()[2]) ? CommitteeLink.OWN_COMMITTEE : CommitteeLink.OTHER_COMMITTEE;
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
