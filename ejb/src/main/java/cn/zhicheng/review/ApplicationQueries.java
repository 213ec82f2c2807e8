package cn.zhicheng.review;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Sex;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only queries over applications (SPEC §3.15.1–3.15.3, §4.7, §2.6): the filtered, paged and counted lists of
 * 花名表 and the committee's lists, the 申报材料综合查询 counts, the keyset chunks the 职称申报人员信息表 export pages
 * through, and 评审人员统计's one change (level and 申报方式, audited). Scope is decided here for every call: unit
 * staff see applications whose employer lies in their unit's subtree (never drafts); committee staff
 * (评委会管理员/经办人) see their committee's applications that reached it. Everything is filtered, counted and paged
 * in the database; ID numbers are masked in list rows.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER, Role.Names.COMMITTEE_ADMIN,
        Role.Names.COMMITTEE_OPERATOR})
public class ApplicationQueries {

    public static final int MAX_PAGE = 200;
    public static final int MAX_CHUNK = 2_000;
    private static final List<String> ODD = List.of("1", "3", "5", "7", "9");
    private static final List<String> EVEN = List.of("0", "2", "4", "6", "8");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog audit;

    /** Who sees what: a unit subtree (by path range) or one committee; at most one of the two. */
    record Scope(String pathFrom, String pathTo, Long committeeId) {
        boolean isCommittee() {
            return committeeId != null;
        }
    }

    /** The caller's scope for reading: committee staff by their committee, unit staff by their unit's subtree. */
    Scope scope() {
        Account caller = callers.current();
        if (caller.staffUnit().isEmpty()) {
            // as callerCommittee(), by id only (every page and count runs this)
            Optional<Long> committee = em.createQuery("select ca.committee.id, ca.role from CommitteeAccount ca "
                            + "where ca.account = :account", Object[].class).setParameter("account", caller)
                    .getResultStream()
                    .filter(r -> r[1] == Role.COMMITTEE_ADMIN || r[1] == Role.COMMITTEE_OPERATOR)
                    .map(r -> (Long) r[0]).findFirst();
            if (committee.isPresent()) {
                return new Scope(null, null, committee.get());
            }
        }
        Set<Permission> held = caller.permissions();
        if (!held.contains(Permission.APPLICATION_ROSTER) && !held.contains(Permission.EVALUATION_CHANGE)) {
            throw new AccessDeniedException("security.permission.missing");
        }
        Unit unit = caller.staffUnit().orElseThrow(() -> new AccessDeniedException("security.permission.missing"));
        return new Scope(unit.subtreeFrom(), unit.subtreeTo(), null);
    }

    private Optional<Committee> callerCommittee() {
        Account caller = callers.current();
        if (caller.staffUnit().isPresent()) {
            return Optional.empty();
        }
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", caller).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN || link.getRole() == Role.COMMITTEE_OPERATOR)
                .map(CommitteeAccount::getCommittee).findFirst();
    }

    /** Refuses callers who may not query applications at all (before an export starts writing). */
    public void requireAccess() {
        scope();
    }

    /** The committees the caller may pick in the filters: their own, or those their unit formed. */
    public List<Choice> committees() {
        Optional<Committee> own = callerCommittee();
        if (own.isPresent()) {
            return List.of(new Choice(own.get().getId(), own.get().getName()));
        }
        Unit unit = callers.current().staffUnit().orElseThrow(
                () -> new AccessDeniedException("security.permission.missing"));
        return em.createQuery("select new cn.zhicheng.review.Choice(c.id, c.name) from Committee c "
                        + "where c.formationUnit = :unit order by c.name", Choice.class)
                .setParameter("unit", unit).getResultList();
    }

    /** The title series, for the 申报系列 filter. */
    public List<Choice> series() {
        return em.createQuery("select new cn.zhicheng.review.Choice(s.id, s.name) from TitleSeries s order by s.name",
                Choice.class).getResultList();
    }

    /**
     * The committees of the 花名表's committee filter: the caller's own committee, else every committee (the rows
     * stay limited to the caller's unit subtree).
     */
    public List<Choice> rosterCommittees() {
        Optional<Committee> own = callerCommittee();
        if (own.isPresent()) {
            return List.of(new Choice(own.get().getId(), own.get().getName()));
        }
        scope();
        return em.createQuery("select new cn.zhicheng.review.Choice(c.id, c.name) from Committee c order by c.name",
                Choice.class).getResultList();
    }

    /**
     * One page of the list, newest first: a slice of the filter's ids when the list memo holds them (or the page is
     * deep: then they are computed, once per filter), else the page's ids straight from the index; then only those
     * rows' columns.
     */
    public List<ApplicationQueryRow> page(ApplicationQuery query, int first, int pageSize) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new BusinessException("query.page.invalid");
        }
        Objects.requireNonNull(query);
        Scope scope = scope();
        Object key = List.of("queries.ids", scope, query);
        long[] all = ListMemo.instance().peek(key);
        if (all == null && first >= DIRECT_PAGES_UP_TO) {
            all = ids(key, query, scope);
        }
        List<Long> page;
        if (all != null) {
            page = new ArrayList<>(pageSize);
            for (int i = first; i < Math.min(all.length, first + pageSize); i++) {
                page.add(all[i]);
            }
        } else {
            Jpql jpql = where(query, scope);
            TypedQuery<Long> ids = em.createQuery("select a.id from Application a" + jpql.countJoins + jpql.text
                    + " order by a.id desc", Long.class);
            jpql.bind(ids);
            page = ids.setFirstResult(first).setMaxResults(pageSize).getResultList();
        }
        if (page.isEmpty()) {
            return List.of();
        }
        return rows(em.createQuery(SELECT + " where a.id in :ids order by a.id desc", Object[].class)
                .setParameter("ids", page).getResultList(), true);
    }

    /** How many match: the length of the filter's ids (computed in the database once per filter, memoized). */
    public long count(ApplicationQuery query) {
        Objects.requireNonNull(query);
        Scope scope = scope();
        return ids(List.of("queries.ids", scope, query), query, scope).length;
    }

    /** Pages up to here are read straight from the index when the memo has no ids for the filter. */
    private static final int DIRECT_PAGES_UP_TO = 500;

    private long[] ids(Object key, ApplicationQuery query, Scope scope) {
        return ListMemo.instance().get(key, () -> {
            Jpql jpql = where(query, scope);
            TypedQuery<Long> ids = em.createQuery("select a.id from Application a" + jpql.countJoins + jpql.text
                    + " order by a.id desc", Long.class);
            jpql.bind(ids);
            return ids.getResultStream().mapToLong(Long::longValue).toArray();
        }, ids -> ids.length);
    }

    /**
     * The export's chunk: up to {@code size} rows with ids above {@code afterId}, in id order, ID numbers complete
     * (the 职称申报人员信息表 is a document of record for those who may open the applications). Keyset paging: the
     * export never holds more than one chunk.
     */
    public List<ApplicationQueryRow> chunkAfter(ApplicationQuery query, long afterId, int size) {
        if (size < 1 || size > MAX_CHUNK) {
            throw new BusinessException("query.page.invalid");
        }
        Jpql jpql = where(query, scope());
        jpql.add("a.id > :afterId", "afterId", afterId);
        TypedQuery<Object[]> q = em.createQuery(SELECT + jpql.text + " order by a.id", Object[].class);
        jpql.bind(q);
        return rows(q.setMaxResults(size).getResultList(), false);
    }

    /** The sheet split of a committee's export (its specialty tree); the committee must be in the caller's reach. */
    public RosterSheets rosterSheets(Long committeeId) {
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        if (committee == null) {
            throw new BusinessException("query.committee.notFound");
        }
        Scope scope = scope();
        if (scope.isCommittee() && !scope.committeeId().equals(committeeId)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return RosterSheets.of(em.createQuery("select s.id, p.id, s.name from Specialty s left join s.parent p "
                        + "where s.committee = :committee", Object[].class)
                .setParameter("committee", committee).getResultStream()
                .map(r -> new RosterSheets.Node((Long) r[0], (Long) r[1], (String) r[2])).toList());
    }

    /**
     * 申报材料综合查询 (SPEC §3.15.1): per activity of the committees the caller's unit formed (or the caller's
     * committee), the three counts, filtered by year, committee, series and level; one grouped query.
     */
    public List<CommitteeCountRow> committeeCounts(Integer year, Long committeeId, Long seriesId, TitleLevel level) {
        Optional<Committee> own = callerCommittee();
        StringBuilder jpql = new StringBuilder("select c.id, c.name, act.id, act.name, act.year, count(a), "
                + "sum(case when a.status = :atCommittee or a.status = :passed then 1 else 0 end), "
                + "sum(case when a.status = :passed then 1 else 0 end) "
                + "from Application a join a.activity act join act.committee c where a.firstSubmittedAt is not null");
        Map<String, Object> params = new HashMap<>();
        if (own.isPresent()) {
            jpql.append(" and c = :own");
            params.put("own", own.get());
        } else {
            jpql.append(" and c.formationUnit = :unit");
            params.put("unit", permissions.require(Permission.APPLICATION_COUNTS));
        }
        if (year != null) {
            jpql.append(" and act.year = :year");
            params.put("year", year);
        }
        if (committeeId != null) {
            jpql.append(" and c.id = :committeeId");
            params.put("committeeId", committeeId);
        }
        if (seriesId != null) {
            jpql.append(" and a.series.id = :seriesId");
            params.put("seriesId", seriesId);
        }
        if (level != null) {
            jpql.append(" and a.level = :level");
            params.put("level", level);
        }
        jpql.append(" group by c.id, c.name, act.id, act.name, act.year order by act.year desc, c.name, act.name");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("atCommittee", ApplicationStatus.AT_COMMITTEE)
                .setParameter("passed", ApplicationStatus.ACCEPTED);
        params.forEach(q::setParameter);
        return q.getResultStream().map(r -> new CommitteeCountRow((Long) r[0], (String) r[1], (Long) r[2],
                (String) r[3], ((Number) r[4]).intValue(), number(r[5]), number(r[6]), number(r[7]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The levels 评审人员统计 may choose for an application in the caller's unit scope. */
    public List<QualificationChoice> evaluationChoices(Long applicationId) {
        Application application = changeable(applicationId);
        List<QualificationChoice> choices = new ArrayList<>();
        for (TitleQualification q : em.createQuery("select q from TitleQualification q where q.series = :series "
                + "order by q.level, q.name", TitleQualification.class)
                .setParameter("series", application.getSeries()).getResultList()) {
            if (q.isActive() && (application.getActivity() == null
                    || application.getActivity().getLevels().contains(q.getLevel()))) {
                choices.add(new QualificationChoice(q.getId(), q.getLevel(), q.getName()));
            }
        }
        return choices;
    }

    /**
     * 评审人员统计 【修改】→【确定】 (SPEC §3.15.2): another level (qualification) and 申报方式 for an application
     * submitted through the caller's unit, before the committee accepts it; written to the flow log with the former
     * and the new value.
     */
    public ApplicationQueryRow changeEvaluation(Long applicationId, Long qualificationId, ApplicationRoute route) {
        Application application = changeable(applicationId);
        TitleQualification qualification = qualificationId == null ? null
                : em.find(TitleQualification.class, qualificationId);
        String former = application.changeEvaluation(qualification, route);
        audit.record(Applications.AUDIT_TYPE, application.getId(), "application.evaluationChanged",
                application.getStatus().name(), application.getStatus().name(),
                former + " → " + application.evaluationLabel());
        em.flush();
        Jpql jpql = where(ApplicationQuery.ALL, scope());
        jpql.add("a.id = :one", "one", application.getId());
        TypedQuery<Object[]> q = em.createQuery(SELECT + jpql.text, Object[].class);
        jpql.bind(q);
        return rows(q.getResultList(), true).get(0);
    }

    /** An application whose employer lies in the caller's unit subtree (unit staff with 申报材料审核 only). */
    private Application changeable(Long applicationId) {
        Unit unit = permissions.require(Permission.EVALUATION_CHANGE);
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT
                || !unit.isSelfOrAncestorOf(application.getEmployer())) {
            throw new BusinessException("query.application.notFound");
        }
        return application;
    }

    // --- the query text ----------------------------------------------------------------------------------------------

    private static final String SELECT = "select a.id, a.year, a.applicantName, a.idNumber, e.path, s.name, a.level, "
            + "a.specialty, q.name, a.route, a.kind, c.name, act.name, e.name, a.status from Application a "
            + "join a.employer e join a.series s join a.qualification q left join a.committee c "
            + "left join a.activity act";

    /** A WHERE clause and its parameters; {@code countJoins} are the joins the count needs (only the employer's). */
    static final class Jpql {
        final StringBuilder text = new StringBuilder(" where 1 = 1");
        final Map<String, Object> params = new LinkedHashMap<>();
        String countJoins = "";

        void add(String condition, String name, Object value) {
            text.append(" and ").append(condition);
            params.put(name, value);
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
        }
    }

    private Jpql where(ApplicationQuery query, Scope scope) {
        Objects.requireNonNull(query);
        Jpql jpql = new Jpql();
        Set<ApplicationStatus> statuses = query.group().statuses();
        if (scope.isCommittee()) {
            jpql.add("a.committee.id = :scopeCommittee", "scopeCommittee", scope.committeeId());
            statuses.retainAll(StatusGroup.PASSED_DEPARTMENT.statuses());
        }
        boolean employerJoin = false;
        if (!scope.isCommittee()) {
            jpql.add("e.path >= :pathFrom", "pathFrom", scope.pathFrom());
            jpql.add("e.path < :pathTo", "pathTo", scope.pathTo());
            employerJoin = true;
        }
        if (statuses.isEmpty()) {
            jpql.text.append(" and 1 = 0");
        } else if (statuses.size() == 1) {
            jpql.add("a.status = :status", "status", statuses.iterator().next());
        } else {
            jpql.add("a.status in :statuses", "statuses", new ArrayList<>(statuses));
        }
        if (query.committeeId() != null) {
            jpql.add("a.committee.id = :committeeId", "committeeId", query.committeeId());
        }
        if (query.year() != null) {
            jpql.add("a.year = :year", "year", query.year());
        }
        if (query.name() != null) {
            jpql.add("a.applicantName like :name", "name", escapeLike(query.name()) + "%");
        }
        if (query.idNumber() != null) {
            jpql.add("a.idNumber = :idNumber", "idNumber", query.idNumber().toUpperCase());
        }
        if (query.sex() != null) {
            jpql.add("substring(a.idNumber, 17, 1) in :sexDigits", "sexDigits",
                    query.sex() == Sex.MALE ? ODD : EVEN);
        }
        if (query.seriesId() != null) {
            jpql.add("a.series.id = :seriesId", "seriesId", query.seriesId());
        }
        if (query.level() != null) {
            jpql.add("a.level = :level", "level", query.level());
        }
        if (query.specialty() != null) {
            jpql.add("a.specialty like :specialty", "specialty", "%" + escapeLike(query.specialty()) + "%");
        }
        if (query.route() != null) {
            jpql.add("a.route = :route", "route", query.route());
        }
        if (query.kind() != null) {
            jpql.add("a.kind = :kind", "kind", query.kind());
        }
        if (query.departmentId() != null) {
            Unit department = em.find(Unit.class, query.departmentId());
            if (department == null) {
                jpql.text.append(" and 1 = 0");
            } else {
                jpql.add("e.path >= :departmentFrom", "departmentFrom", department.subtreeFrom());
                jpql.add("e.path < :departmentTo", "departmentTo", department.subtreeTo());
                employerJoin = true;
            }
        }
        jpql.countJoins = employerJoin ? " join a.employer e" : "";
        return jpql;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<ApplicationQueryRow> rows(List<Object[]> result, boolean masked) {
        Map<String, String> departments = departmentsOf(result.stream().map(r -> (String) r[4]).toList());
        List<ApplicationQueryRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            String idNumber = (String) r[3];
            rows.add(new ApplicationQueryRow((Long) r[0], ((Number) r[1]).intValue(), (String) r[2],
                    masked ? mask(idNumber) : idNumber, sexOf(idNumber), departments.get((String) r[4]),
                    (String) r[5], (TitleLevel) r[6], (String) r[7], (String) r[8], (ApplicationRoute) r[9],
                    (ApplicationKind) r[10], (String) r[11], (String) r[12], (String) r[13],
                    (ApplicationStatus) r[14]));
        }
        return rows;
    }

    /**
     * The nearest 主管部门 above (or at) each employer path: from the list memo, the others with one query for the
     * page's ancestors (and then kept).
     */
    private Map<String, String> departmentsOf(List<String> paths) {
        Map<String, String> result = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (String path : paths) {
            if (path == null) {
                continue;
            }
            Optional<String> known = ListMemo.instance().peek(List.of("queries.department", path));
            if (known == null) {
                missing.add(path);
            } else {
                known.ifPresent(name -> result.put(path, name));
            }
        }
        Set<Long> ancestorIds = new HashSet<>();
        for (String path : missing) {
            ancestorIds.addAll(idsOf(path));
        }
        if (ancestorIds.isEmpty()) {
            return result;
        }
        long generation = ListChanges.generation();
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select u.id, u.name from Unit u where u.id in :ids and u.type = :type", Object[].class)
                .setParameter("ids", new ArrayList<>(ancestorIds))
                .setParameter("type", UnitType.COMPETENT_DEPARTMENT)
                .getResultStream().forEach(r -> names.put((Long) r[0], (String) r[1]));
        for (String path : missing) {
            List<Long> ids = idsOf(path);
            String department = null;
            for (int i = ids.size() - 1; i >= 0 && department == null; i--) {
                department = names.get(ids.get(i));
            }
            if (department != null) {
                result.put(path, department);
            }
            ListMemo.instance().keep(List.of("queries.department", path), Optional.ofNullable(department), 1,
                    generation);
        }
        return result;
    }

    static List<Long> idsOf(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }

    static Sex sexOf(String idNumber) {
        return idNumber != null && IdNumber.isValid(idNumber) ? IdNumber.of(idNumber).sex() : null;
    }
}
