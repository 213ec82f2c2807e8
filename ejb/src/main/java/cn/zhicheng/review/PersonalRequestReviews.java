package cn.zhicheng.review;

import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewing unit's lists of the applicant's own requests (SPEC §3.15.4 专技人才审核 and 专技人才统计, §3.15.5
 * 职称确认审核 incl. 外省职称确认 and 证书核验): per kind the tabs 待审核 (waiting at the caller's unit) and 已审核 (the
 * caller's unit decided on it, by the flow log), filtered by name, ID number and series, paged in the database; the
 * 专技人才统计 table over the approved entries of the caller's unit and its subordinates, counted in the database. The
 * decisions themselves are the kinds' services' ({@code pass}, {@code returnWith}, {@code reject}). Everything is
 * scoped to the caller's own unit and needs the kind's review permission ({@link RequestKind#permission()}: 专技人才审核
 * or 职称确认审核); the statistics need 专技人才统计.
 */
@Stateless
@RolesAllowed({Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class PersonalRequestReviews {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String DECISIONS = "('LEVEL_PASSED', 'PASSED', 'RETURNED', 'REJECTED')";

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private PersonalRequests requests;

    /** One page of a tab, 待审核 oldest first, 已审核 newest first. */
    public List<RequestReviewRow> list(RequestKind kind, RequestReviewTab tab, RequestFilter filter, int first,
                                       int pageSize) {
        Unit own = permissions.require(kind.permission());
        String order = tab == RequestReviewTab.PENDING ? " order by r.submitted_at, r.id"
                : " order by r.submitted_at desc nulls last, r.id desc";
        Query query = em.createNativeQuery("select r.id, r.applicant_name, r.applicant_id_number, s.name, r.status,"
                + " r.submitted_at, u.name, r.last_opinion" + from(kind, tab, filter) + order);
        bind(query, own, kind, tab, filter);
        List<RequestReviewRow> rows = new ArrayList<>();
        for (Object o : query.setFirstResult(first).setMaxResults(pageSize).getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new RequestReviewRow(((Number) c[0]).longValue(), (String) c[1],
                    RequestReviewRow.mask((String) c[2]), (String) c[3], PersonalRequestStatus.valueOf((String) c[4]),
                    time(c[5]), (String) c[6], (String) c[7]));
        }
        return rows;
    }

    public long count(RequestKind kind, RequestReviewTab tab, RequestFilter filter) {
        Unit own = permissions.require(kind.permission());
        Query query = em.createNativeQuery("select count(*)" + from(kind, tab, filter));
        bind(query, own, kind, tab, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * 待审核 of a kind at the caller's unit (the to-do count); 0 without the permission — also for callers without a
     * unit role (committee staff share the to-do table of the home page).
     */
    @PermitAll
    public long countPendingOfCaller(RequestKind kind) {
        if (!permissions.callerHas(kind.permission())) {
            return 0;
        }
        return count(kind, RequestReviewTab.PENDING, RequestFilter.NONE);
    }

    /**
     * The reviewer's part of the detail page: the full ID number and whether the caller's unit decides the request
     * now. Refused like the kinds' {@code review} for a request that never reached the caller's scope.
     */
    public ReviewerView reviewer(RequestKind kind, Long id) {
        PersonalRequest request = requests.reviewable(kind.entity(), id);
        Unit own = permissions.require(kind.permission());
        return new ReviewerView(request.getApplicantIdNumber(), request.isAwaiting(own.getId()));
    }

    /**
     * 专技人才统计 (SPEC §3.15.4): one row per series with approved (审核通过) entries whose employer (the first unit of
     * the review path) is the caller's unit or below it, then the 合计 row; counted by one grouped query.
     */
    public List<TalentStatisticsRow> talentStatistics() {
        Unit own = permissions.require(Permission.TALENT_STATISTICS);
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("select s.name, grouping(s.name), count(*),"
                        + " count(*) filter (where e.category = 'SENIOR_FULL'),"
                        + " count(*) filter (where e.category = 'SENIOR_DEPUTY'),"
                        + " count(*) filter (where e.category = 'INTERMEDIATE'),"
                        + " count(*) filter (where e.category = 'JUNIOR'),"
                        + " count(*) filter (where e.category = 'QUALIFICATION_ONLY'),"
                        + " count(*) filter (where e.category = 'OTHER' or e.category is null),"
                        + " count(*) filter (where e.sex = 'FEMALE'),"
                        + " count(*) filter (where e.ethnicity is not null and e.ethnicity not in ('汉族', '汉')),"
                        + " count(*) filter (where e.political_status in ('CPC_MEMBER', 'CPC_PROBATIONARY')),"
                        + " count(*) filter (where e.foreign_or_hmt),"
                        + " count(*) filter (where e.education = 'DOCTORATE'),"
                        + " count(*) filter (where e.education = 'MASTER'),"
                        + " count(*) filter (where e.education = 'BACHELOR'),"
                        + " count(*) filter (where e.education = 'JUNIOR_COLLEGE'),"
                        + " count(*) filter (where e.education = 'SECONDARY_VOCATIONAL'),"
                        + " count(*) filter (where e.education = 'HIGH_SCHOOL_OR_BELOW'),"
                        + " count(*) filter (where date_part('year', age(?3, e.birth_date)) <= 35),"
                        + " count(*) filter (where date_part('year', age(?3, e.birth_date)) between 36 and 45),"
                        + " count(*) filter (where date_part('year', age(?3, e.birth_date)) between 46 and 54),"
                        + " count(*) filter (where date_part('year', age(?3, e.birth_date)) >= 55)"
                        + " from talent_statistics_entry e"
                        + " join unit eu on eu.id = cast(split_part(e.review_path, ',', 1) as bigint)"
                        + " left join title_series s on s.id = e.series_id"
                        + " where e.status = 'PASSED' and eu.path >= ?1 and eu.path < ?2"
                        + " group by grouping sets ((s.name), ())"
                        + " order by grouping(s.name), min(s.id)")
                .setParameter(1, own.subtreeFrom()).setParameter(2, own.subtreeTo())
                .setParameter(3, java.sql.Date.valueOf(Times.now().toLocalDate()))
                .getResultList();
        List<TalentStatisticsRow> rows = new ArrayList<>();
        for (Object[] c : result) {
            boolean total = ((Number) c[1]).intValue() == 1;
            long[] n = new long[21];
            for (int i = 0; i < n.length; i++) {
                n[i] = ((Number) c[i + 2]).longValue();
            }
            rows.add(new TalentStatisticsRow(total ? null : c[0] == null ? "—" : (String) c[0], n[0], n[1], n[2],
                    n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13], n[14], n[15], n[16],
                    n[17], n[18], n[19], n[20]));
        }
        if (rows.isEmpty()) {
            rows.add(new TalentStatisticsRow(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return rows;
    }

    private static String from(RequestKind kind, RequestReviewTab tab, RequestFilter filter) {
        StringBuilder sql = new StringBuilder(" from ").append(kind.table()).append(" r")
                .append(" left join title_series s on s.id = r.series_id")
                .append(" left join unit u on u.id = r.review_unit_id where ");
        if (tab == RequestReviewTab.PENDING) {
            sql.append("r.review_unit_id = ?1 and r.status = 'SUBMITTED'");
        } else {
            sql.append("exists (select 1 from audit_record a where a.entity_type = ?2 and a.entity_id = r.id")
                    .append(" and a.actor_unit_id = ?1 and a.action in ").append(DECISIONS).append(")")
                    .append(" and not (r.status = 'SUBMITTED' and r.review_unit_id = ?1)");
        }
        if (filter.namePattern() != null) {
            sql.append(" and r.applicant_name like ?3");
        }
        if (filter.idPattern() != null) {
            sql.append(" and r.applicant_id_number like ?4");
        }
        if (filter.seriesId() != null) {
            sql.append(" and r.series_id = ?5");
        }
        return sql.toString();
    }

    private static void bind(Query query, Unit own, RequestKind kind, RequestReviewTab tab, RequestFilter filter) {
        query.setParameter(1, own.getId());
        if (tab == RequestReviewTab.DONE) {
            query.setParameter(2, kind.auditType());
        }
        if (filter.namePattern() != null) {
            query.setParameter(3, filter.namePattern());
        }
        if (filter.idPattern() != null) {
            query.setParameter(4, filter.idPattern());
        }
        if (filter.seriesId() != null) {
            query.setParameter(5, filter.seriesId());
        }
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(CHINA).toOffsetDateTime();
        }
        return ((Timestamp) value).toInstant().atZone(CHINA).toOffsetDateTime();
    }
}
