package cn.zhicheng.review;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationSheets;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;
import cn.zhicheng.application.SectionComment;
import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.notice.Messages;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.region.Region;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 申报材料审核 by the units of the chain (SPEC §3.9.1–§3.9.4, §4.3): the lists 本单位人员审核 and 下级单位人员审核 with
 * their tabs, the review page, the decisions 审核通过 / 退回修改 / 审核不通过 (one by one and in batches), the employer's
 * recommendation files, the 委托评审 choice, and per-section 驳回意见. Every caller holds 申报材料审核 in a unit; a
 * decision is taken only by a staff member of the unit and post the application waits at, on the version they saw.
 * Each decision writes one flow-log entry and tells the applicant. The committee node is not handled here.
 */
@Stateless
@PermitAll
public class ApplicationReviews {

    public static final String ACTION_LEVEL_PASS = "application.levelPass";
    public static final String ACTION_FORWARD = "application.forward";
    public static final String ACTION_TO_COMMITTEE = "application.toCommittee";
    public static final String ACTION_ACCEPT = "application.chainAccept";
    public static final String ACTION_RETURN = "application.return";
    public static final String ACTION_RETURN_TO_UNIT = "application.returnToUnit";
    public static final String ACTION_REJECT = "application.reject";
    public static final String ACTION_PARK = "application.park";
    /** The most rows one export chunk reads. */
    public static final int MAX_EXPORT_CHUNK = 2_000;

    private static final List<String> FORWARDED_ACTIONS = List.of(ACTION_FORWARD, ACTION_TO_COMMITTEE, ACTION_ACCEPT);
    private static final List<String> RETURNED_ACTIONS = List.of(ACTION_RETURN, ACTION_RETURN_TO_UNIT);
    private static final List<String> DECIDED_ACTIONS = List.of(ACTION_FORWARD, ACTION_TO_COMMITTEE, ACTION_ACCEPT,
            ACTION_RETURN, ACTION_RETURN_TO_UNIT, ACTION_REJECT);
    private static final Set<ApplicationStatus> WAITING = Set.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW);

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Callers callers;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private MultiPostReview multiPost;

    @EJB
    private AuditLog audit;

    @EJB
    private Messages messages;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ApplicationSheets sheets;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private RegionDirectory regions;

    // ---- lists (SPEC §3.9.2) ----

    /** One page of a tab, in the database; waiting tabs oldest first, decided tabs newest first. */
    public List<ReviewRow> list(ReviewScope scope, ApplicationReviewTab tab, ReviewFilter filter, int first, int pageSize) {
        Unit unit = reviewingUnit();
        Account caller = callers.current();
        List<Integer> levels = actingLevels(unit, caller);
        TypedQuery<Application> query = query(unit, scope, tab, filter, levels, "select a", Application.class,
                tab.isWaiting() ? " order by a.submittedAt, a.id" : " order by a.submittedAt desc, a.id desc");
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultStream()
                .map(a -> row(a, unit, caller))
                .toList();
    }

    public long count(ReviewScope scope, ApplicationReviewTab tab, ReviewFilter filter) {
        Unit unit = reviewingUnit();
        return query(unit, scope, tab, filter, actingLevels(unit, callers.current()), "select count(a)", Long.class,
                "").getSingleResult();
    }

    /** The 申报评委会 filter's options: the committees of the applications whose chain passes the caller's unit. */
    public List<Choice> committeeOptions() {
        Unit unit = reviewingUnit();
        return em.createQuery("select distinct c.id, c.name from Application a join a.committee c"
                        + " where concat(',', concat(a.reviewPath, ',')) like :onPath order by c.name", Object[].class)
                .setParameter("onPath", "%," + unit.getId() + ",%")
                .getResultStream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    /** The 行政区划 filter's options (HB): the province of the caller's unit and the regions directly below it. */
    public List<RegionOption> regionOptions() {
        Unit unit = reviewingUnit();
        List<Region> chain = regions.chain(unit.getRegionCode());
        if (chain.isEmpty()) {
            return List.of();
        }
        Region province = chain.get(0);
        List<RegionOption> options = new ArrayList<>();
        options.add(new RegionOption(province.getCode(), province.getName()));
        regions.children(province.getCode()).stream().filter(r -> !r.getCode().equals(province.getCode()))
                .forEach(r -> options.add(new RegionOption(r.getCode(), r.getName())));
        return options;
    }

    /** The 申报类别 filter's options (HB): the series categories of the catalog (SPEC §1 "Series category"). */
    public List<String> seriesCategoryOptions() {
        reviewingUnit();
        return em.createNamedQuery(TitleSeries.FIND_CATEGORIES, String.class).getResultList();
    }

    /** The 主管部门 filter's options (HB): every competent-department unit, by name. */
    public List<NamedOption> departmentOptions() {
        reviewingUnit();
        return em.createQuery("select u.id, u.name from Unit u where u.type = :type order by u.name", Object[].class)
                .setParameter("type", UnitType.COMPETENT_DEPARTMENT)
                .getResultStream().map(r -> new NamedOption((Long) r[0], (String) r[1])).toList();
    }

    /** The layout of the lists in force ({@code ui.profile}, SPEC §0.4, §3.9.2). */
    public ScreenLayout layout() {
        return settings.get(SettingKeys.UI_PROFILE);
    }

    /** The tabs of the layout in force: SC 初审 … 不通过, or HB 未审核 / 审核待定 / 已审核. */
    public List<ApplicationReviewTab> tabs() {
        return ApplicationReviewTab.of(layout());
    }

    /** The counts of the layout's tabs for the headings (初审 (n人) … or 未审核 (n人) …). */
    public Map<ApplicationReviewTab, Long> counts(ReviewScope scope, ReviewFilter filter) {
        Unit unit = reviewingUnit();
        List<Integer> levels = actingLevels(unit, callers.current());
        Map<ApplicationReviewTab, Long> counts = new EnumMap<>(ApplicationReviewTab.class);
        for (ApplicationReviewTab tab : tabs()) {
            counts.put(tab, query(unit, scope, tab, filter, levels, "select count(a)", Long.class, "")
                    .getSingleResult());
        }
        return counts;
    }

    /** The unit home's to-do: 0 for callers without 申报材料审核 (asked without a refusal). */
    public long countWaitingForCallerIfPermitted() {
        return permissions.callerHas(Permission.APPLICATION_REVIEW) ? countWaitingForMe() : 0;
    }

    /** Applications waiting for the caller's decision in both lists (the unit home's to-do). */
    public long countWaitingForMe() {
        Unit unit = reviewingUnit();
        List<Integer> levels = actingLevels(unit, callers.current());
        long total = 0;
        for (ReviewScope scope : ReviewScope.values()) {
            for (ApplicationReviewTab tab : List.of(ApplicationReviewTab.FIRST, ApplicationReviewTab.AGAIN, ApplicationReviewTab.SENT_BACK)) {
                total += query(unit, scope, tab, ReviewFilter.none(), levels, "select count(a)", Long.class, "")
                        .getSingleResult();
            }
        }
        return total;
    }

    private <T> TypedQuery<T> query(Unit unit, ReviewScope scope, ApplicationReviewTab tab, ReviewFilter filter,
                                    List<Integer> levels, String select, Class<T> type, String order) {
        return query(unit, scope, tab, filter, levels, select, type, order, null, null);
    }

    /** The tab's query; {@code afterId} and {@code ids} narrow it for the exports (keyset, chosen rows). */
    private <T> TypedQuery<T> query(Unit unit, ReviewScope scope, ApplicationReviewTab tab, ReviewFilter filter,
                                    List<Integer> levels, String select, Class<T> type, String order, Long afterId,
                                    List<Long> ids) {
        StringBuilder jpql = new StringBuilder(select).append(" from Application a where ");
        jpql.append(scope == ReviewScope.OWN ? "a.employer.id = :unit" : "a.employer.id <> :unit");
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unit.getId());
        if (tab.isWaiting()) {
            jpql.append(" and a.status in :waiting and a.position.unitId = :unit");
            params.put("waiting", WAITING);
            if (levels != null) {
                jpql.append(" and a.position.level in :levels");
                params.put("levels", levels.isEmpty() ? List.of(-1) : levels);
            }
            jpql.append(switch (tab) {
                case FIRST -> " and a.returnedByUnitId is null and a.returnedAt is null";
                case AGAIN -> " and a.returnedByUnitId is null and a.returnedAt is not null";
                case UNREVIEWED -> " and a.parkedAt is null";
                case PENDING -> " and a.parkedAt is not null";
                default -> " and a.returnedByUnitId is not null";
            });
        } else {
            jpql.append(" and not (a.status in :waiting and a.position.unitId = :unit)")
                    .append(" and exists (select r.id from AuditRecord r where r.entityType = :entityType")
                    .append(" and r.entityId = a.id and r.actorUnitId = :unit and r.action in :actions)");
            params.put("waiting", WAITING);
            params.put("entityType", Applications.AUDIT_TYPE);
            params.put("actions", switch (tab) {
                case FORWARDED -> FORWARDED_ACTIONS;
                case RETURNED -> RETURNED_ACTIONS;
                case REVIEWED -> DECIDED_ACTIONS;
                default -> List.of(ACTION_REJECT);
            });
        }
        ReviewFilter f = filter == null ? ReviewFilter.none() : filter;
        if (!blank(f.name())) {
            jpql.append(" and a.applicantName like :name escape '\\'");
            params.put("name", like(f.name()));
        }
        if (f.seriesId() != null) {
            jpql.append(" and a.series.id = :series");
            params.put("series", f.seriesId());
        }
        if (f.level() != null) {
            jpql.append(" and a.level = :level");
            params.put("level", f.level());
        }
        if (!blank(f.specialty())) {
            jpql.append(" and a.specialty like :specialty escape '\\'");
            params.put("specialty", like(f.specialty()));
        }
        if (f.route() != null) {
            jpql.append(" and a.route = :route");
            params.put("route", f.route());
        }
        if (!blank(f.employerName())) {
            jpql.append(" and a.employer.name like :employerName escape '\\'");
            params.put("employerName", like(f.employerName()));
        }
        if (f.committeeId() != null) {
            jpql.append(" and a.committee.id = :committee");
            params.put("committee", f.committeeId());
        }
        if (f.kind() != null) {
            jpql.append(" and a.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.hebei() != null) {
            hebei(f.hebei(), jpql, params);
        }
        if (afterId != null) {
            jpql.append(" and a.id > :afterId");
            params.put("afterId", afterId);
        }
        if (ids != null) {
            jpql.append(" and a.id in :ids");
            params.put("ids", ids.isEmpty() ? List.of(-1L) : ids);
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The Hebei filters (SPEC §3.9.2 HB layout): on the application, its employer, activity and form entries. */
    private void hebei(ReviewFilter.Hebei h, StringBuilder jpql, Map<String, Object> params) {
        if (!blank(h.regionCode())) {
            jpql.append(" and a.employer.regionCode like :regionPrefix");
            params.put("regionPrefix", regionPrefix(h.regionCode()) + "%");
        }
        if (h.departmentId() != null) {
            Unit department = em.find(Unit.class, h.departmentId());
            if (department == null || department.getType() != UnitType.COMPETENT_DEPARTMENT) {
                jpql.append(" and 1 = 0");
            } else {
                jpql.append(" and a.employer.path >= :departmentFrom and a.employer.path < :departmentTo");
                params.put("departmentFrom", department.subtreeFrom());
                params.put("departmentTo", department.subtreeTo());
            }
        }
        if (!blank(h.idNumber())) {
            jpql.append(" and a.idNumber = :idNumber");
            params.put("idNumber", h.idNumber().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (!blank(h.qualificationName())) {
            jpql.append(" and a.qualification.name like :qualificationName escape '\\'");
            params.put("qualificationName", like(h.qualificationName()));
        }
        if (h.evaluationMethod() != null) {
            jpql.append(" and a.activity.evaluationMethod = :evaluationMethod");
            params.put("evaluationMethod", h.evaluationMethod());
        }
        if (h.entrusted() != null) {
            jpql.append(h.entrusted() ? " and a.entrusted = true" : " and (a.entrusted is null or a.entrusted = false)");
        }
        if (!blank(h.highestEducation())) {
            entryWith(jpql, params, "hi", FormSection.EDUCATION, "highest", "YES", "education",
                    h.highestEducation().strip(), "=");
        }
        if (!blank(h.firstEducation())) {
            entryWith(jpql, params, "fi", FormSection.EDUCATION, "first", "YES", "education",
                    h.firstEducation().strip(), "=");
        }
        if (!blank(h.school())) {
            entryWith(jpql, params, "sc", FormSection.EDUCATION, null, null, "school", like(h.school()), "like");
        }
        if (!blank(h.major())) {
            entryWith(jpql, params, "mj", FormSection.EDUCATION, null, null, "major", like(h.major()), "like");
        }
        if (!blank(h.currentTitle())) {
            entryWith(jpql, params, "ct", FormSection.QUALIFICATION, null, null, "title", like(h.currentTitle()),
                    "like");
        }
        if (!blank(h.currentTitleLevel())) {
            entryWith(jpql, params, "cl", FormSection.QUALIFICATION, null, null, "titleLevel",
                    h.currentTitleLevel().strip(), "=");
        }
        if (!blank(h.seriesCategory())) {
            jpql.append(" and a.series.category = :seriesCategory");
            params.put("seriesCategory", h.seriesCategory().strip());
        }
        if (!blank(h.specialExperience())) {
            entryWith(jpql, params, "sx", FormSection.SPECIAL_EXPERIENCE, null, null, "kind",
                    h.specialExperience().strip(), "=");
        }
        if (h.currentTitleYears() != null && h.currentTitleYears() > 0) {
            // dates are stored as yyyy-MM-dd, so the text order is the date order
            String cutoff = Times.now().atZoneSameInstant(Times.ZONE).toLocalDate().minusYears(h.currentTitleYears()).toString();
            entryWith(jpql, params, "cy", FormSection.QUALIFICATION, null, null, "obtainedOn", cutoff, "<=");
        }
    }

    /** A region code without its trailing "00" pairs: 510000 → 51, 510100 → 5101 (the region and everything below). */
    static String regionPrefix(String code) {
        String prefix = code.strip();
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix.replace("%", "").replace("_", "");
    }

    /**
     * An entry of the section whose field {@code key} compares to {@code value} (and, when {@code flagKey} is set,
     * whose field {@code flagKey} equals {@code flagValue}, on the same entry).
     */
    private static void entryWith(StringBuilder jpql, Map<String, Object> params, String alias, FormSection section,
                                  String flagKey, String flagValue, String key, String value, String operator) {
        jpql.append(" and exists (select ").append(alias).append(".id from ApplicationEntry ").append(alias)
                .append(" join ").append(alias).append(".values ").append(alias).append("v");
        if (flagKey != null) {
            jpql.append(" join ").append(alias).append(".values ").append(alias).append("f");
        }
        jpql.append(" where ").append(alias).append(".applicationId = a.id and ").append(alias)
                .append(".section = :").append(alias).append("Section and key(").append(alias).append("v) = :")
                .append(alias).append("Key and value(").append(alias).append("v) ").append(operator).append(" :")
                .append(alias).append("Value");
        if ("like".equals(operator)) {
            jpql.append(" escape '\\'");
        }
        if (flagKey != null) {
            jpql.append(" and key(").append(alias).append("f) = :").append(alias).append("FlagKey and value(")
                    .append(alias).append("f) = :").append(alias).append("FlagValue");
            params.put(alias + "FlagKey", flagKey);
            params.put(alias + "FlagValue", flagValue);
        }
        jpql.append(")");
        params.put(alias + "Section", section);
        params.put(alias + "Key", key);
        params.put(alias + "Value", value);
    }

    /** The levels of the unit at which the caller acts; null when the unit has no multi-post configuration. */
    private List<Integer> actingLevels(Unit unit, Account caller) {
        return multiPost.findConfig(unit.getId(), ReviewItemType.APPLICATION)
                .filter(MultiPostConfig::isConfigured)
                .map(config -> config.getLevels().stream().map(ReviewLevel::getNumber)
                        .filter(n -> config.mayAct(caller, ReviewPosition.of(unit.getId(), n))).toList())
                .orElse(null);
    }

    private ReviewRow row(Application a, Unit unit, Account caller) {
        return new ReviewRow(a.getId(), a.getVersion(), a.getApplicantName(), masked(a.getIdNumber()),
                a.getEmployer().getName(), a.getKind(), a.getRoute(), a.getSeries().getCategory(),
                a.getSeries().getName(), a.getLevel(),
                a.getSpecialty(), a.getSubmittedAt(), a.getCommittee() == null ? null : a.getCommittee().getName(),
                a.getStatus(), a.isWaitingAt(unit.getId()) && mayAct(caller, a));
    }

    // ---- the review page (SPEC §3.9.3) ----

    /** The review page of an application whose chain passes through the caller's unit. */
    public ReviewItem item(Long applicationId) {
        Unit unit = reviewingUnit();
        Account caller = callers.current();
        Application application = readable(applicationId, unit);
        FormView form = sheets.sheet(applicationId).view();
        boolean actionable = application.isWaitingAt(unit.getId()) && mayAct(caller, application);
        List<ReviewItem.NodeOption> nodes = new ArrayList<>();
        nodes.add(new ReviewItem.NodeOption(null, application.getApplicantName()));
        if (actionable) {
            application.unitsBelowCurrent().forEach(id -> nodes.add(new ReviewItem.NodeOption(id, unitName(id))));
        }
        boolean atEmployer = actionable && application.isAtEmployer();
        List<ReviewItem.EmployerFileView> files = Arrays.stream(Application.EmployerFile.values())
                .map(kind -> employerFile(application, kind)).toList();
        List<ReviewItem.CommentRow> comments = em.createNamedQuery(SectionComment.FIND_OF_APPLICATION,
                        SectionComment.class).setParameter("applicationId", applicationId).getResultStream()
                .map(c -> new ReviewItem.CommentRow(c.getId(), c.getSection(), c.getComment(), c.getAuthorName(),
                        c.getUnitName(), c.getCreatedAt(), actionable && unit.getId().equals(c.getUnitId())))
                .toList();
        return new ReviewItem(form, application.getVersion(), application.getStatus(),
                application.getPosition() == null ? null : unitName(application.getPosition().getUnitId()),
                application.getPosition() == null ? 0 : application.getPosition().getLevel(), actionable,
                atEmployer, actionable && needsEntrustChoice(unit, application), List.copyOf(nodes), files, comments,
                actionable && !application.isParked() && layout() == ScreenLayout.HB, application.isParked());
    }

    /** 查看经办流程 (SPEC §3.9.8): the flow log, newest first. */
    public List<AuditRecord> flowLog(Long applicationId) {
        Unit unit = reviewingUnit();
        readable(applicationId, unit);
        List<AuditRecord> records = new ArrayList<>(audit.history(Applications.AUDIT_TYPE, applicationId));
        java.util.Collections.reverse(records);
        return records;
    }

    private ReviewItem.EmployerFileView employerFile(Application application, Application.EmployerFile kind) {
        Long id = switch (kind) {
            case PUBLICITY -> application.getPublicityFileId();
            case RECOMMENDATION -> application.getRecommendationFileId();
            case POST_TABLE -> application.getPostTableFileId();
        };
        String name = id == null ? null : em.find(Attachment.class, id).getOriginalName();
        return new ReviewItem.EmployerFileView(kind, kind != Application.EmployerFile.POST_TABLE, id, name);
    }

    // ---- decisions (SPEC §3.9.4) ----

    /** 审核通过: the next post, the next unit, the committee (待资格审核) or, for 职称初定, ACCEPTED. */
    public void pass(ReviewDecision decision) {
        Decided decided = decide(decision);
        Application application = decided.application;
        Unit unit = decided.unit;
        application.notePassOpinion(decision.opinion());
        ReviewPosition at = application.getPosition();
        Advance advance = multiPost.advance(at, ReviewItemType.APPLICATION);
        ApplicationStatus from = application.getStatus();
        String opinion = blank(decision.opinion()) ? null : decision.opinion().strip();
        if (advance.next().isPresent()) {
            application.passToLevel(advance.next().get());
            record(application, ACTION_LEVEL_PASS, from, opinion);
            return;
        }
        if (needsEntrustChoice(unit, application)) {
            if (decision.entrust() == null) {
                throw new BusinessException("review.application.entrustChoiceRequired");
            }
            application.decideEntrust(decision.entrust(), decision.entrustLetterId(), unit.getId());
            String choice = decision.entrust() ? "委托评审：是" : "委托评审：否";
            opinion = opinion == null ? choice : choice + "；" + opinion;
        }
        application.passOutOfUnit(Times.now());
        String action = switch (application.getStatus()) {
            case AT_COMMITTEE -> ACTION_TO_COMMITTEE;
            case ACCEPTED -> ACTION_ACCEPT;
            default -> ACTION_FORWARD;
        };
        record(application, action, from, opinion);
        String next = application.getPosition() != null ? unitName(application.getPosition().getUnitId())
                : application.getCommittee() != null ? application.getCommittee().getName() : null;
        tell(application, unit, "申报材料审核通过", "你的职称申报（" + application.getQualification().getName()
                + "）已由" + unit.getName() + "审核通过" + (next == null ? "。" : "，已报送" + next + "。"));
    }

    /** 退回修改 with a reason: to the applicant, or from a higher unit to a chosen lower unit of the path. */
    public void returnBack(ReviewDecision decision) {
        Decided decided = decide(decision);
        Application application = decided.application;
        Unit unit = decided.unit;
        multiPost.leave(application.getPosition(), ReviewItemType.APPLICATION);
        ApplicationStatus from = application.getStatus();
        if (decision.returnToUnitId() == null) {
            application.returnForRevision(decision.opinion(), null, Times.now());
            record(application, ACTION_RETURN, from, application.getLastOpinion());
            tell(application, unit, "申报材料被退回修改", "你的职称申报（" + application.getQualification().getName()
                    + "）被" + unit.getName() + "退回修改，原因：" + application.getLastOpinion() + "。请修改后重新提交。");
        } else {
            application.returnToUnit(decision.returnToUnitId(), decision.opinion());
            record(application, ACTION_RETURN_TO_UNIT, from,
                    "退回至" + unitName(decision.returnToUnitId()) + "：" + application.getLastOpinion());
            tell(application, unit, "申报材料被退回重审", "你的职称申报（" + application.getQualification().getName()
                    + "）被" + unit.getName() + "退回" + unitName(decision.returnToUnitId()) + "重新审核，原因："
                    + application.getLastOpinion() + "。");
        }
    }

    /** 审核不通过: final for the year (the applicant cannot apply again in that year). */
    public void reject(ReviewDecision decision) {
        Decided decided = decide(decision);
        Application application = decided.application;
        multiPost.leave(application.getPosition(), ReviewItemType.APPLICATION);
        ApplicationStatus from = application.getStatus();
        application.reject(decision.opinion());
        record(application, ACTION_REJECT, from, application.getLastOpinion());
        tell(application, decided.unit, "申报材料审核不通过", "你的职称申报（" + application.getQualification().getName()
                + "）未通过" + decided.unit.getName() + "的审核，原因：" + application.getLastOpinion() + "。");
    }

    /** 批量通过 without an entrust choice: refused at a 主管部门 / 人社部门, which must choose 否 for the batch. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchOutcome passAll(Map<Long, Long> versions, String opinion) {
        return passAll(versions, opinion, null);
    }

    /**
     * 批量通过: one opinion for all rows, each row decided (and logged) in its own transaction. At a 主管部门 /
     * 人社部门 the batch carries one 是否委托评审 answer, recorded on every row that leaves the unit: it must be 否
     * ({@code false}); 是 needs a 委托评审函 per person and is refused for a batch (SPEC §3.9.4).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchOutcome passAll(Map<Long, Long> versions, String opinion, Boolean entrust) {
        if (versions == null || versions.isEmpty()) {
            throw new BusinessException("review.application.batchEmpty");
        }
        if (batchNeedsEntrustChoice()) {
            if (entrust == null) {
                throw new BusinessException("review.application.batchEntrustChoiceRequired");
            }
            if (entrust) {
                throw new BusinessException("review.application.batchEntrustNotAllowed");
            }
        }
        ApplicationReviews self = context.getBusinessObject(ApplicationReviews.class);
        return batch(versions, opinion, d -> self.pass(d.entrusting(false, null)));
    }

    /** Whether a batch pass of the caller's unit asks 是否委托评审 (a 主管部门 or 人社部门, SPEC §3.9.4). */
    public boolean batchNeedsEntrustChoice() {
        return asksEntrustChoice(reviewingUnit());
    }

    /**
     * 审核待定 (Hebei tab, SPEC §3.9.2): sets the application aside at the caller's unit and post, with an optional
     * note; it stays there (tab 审核待定) until 通过 / 退回 / 不通过. Logged; the applicant is not told (no decision).
     */
    public void park(ReviewDecision decision) {
        if (layout() != ScreenLayout.HB) {
            throw new BusinessException("review.application.parkNotOffered");
        }
        Decided decided = decide(decision);
        Application application = decided.application;
        String note = blank(decision.opinion()) ? null : decision.opinion().strip();
        if (note != null && note.length() > Application.OPINION_MAX) {
            throw new BusinessException("application.opinion.tooLong", Application.OPINION_MAX);
        }
        application.park(Times.now());
        record(application, ACTION_PARK, application.getStatus(), note);
    }

    /** 批量退回: each row back to its applicant with the common reason. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchOutcome returnAll(Map<Long, Long> versions, String opinion) {
        ApplicationReviews self = context.getBusinessObject(ApplicationReviews.class);
        return batch(versions, opinion, self::returnBack);
    }

    /** 批量不通过 with the common reason. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchOutcome rejectAll(Map<Long, Long> versions, String opinion) {
        ApplicationReviews self = context.getBusinessObject(ApplicationReviews.class);
        return batch(versions, opinion, self::reject);
    }

    private BatchOutcome batch(Map<Long, Long> versions, String opinion,
                               java.util.function.Consumer<ReviewDecision> action) {
        if (versions == null || versions.isEmpty()) {
            throw new BusinessException("review.application.batchEmpty");
        }
        int decided = 0;
        List<BatchOutcome.Refusal> refused = new ArrayList<>();
        for (Map.Entry<Long, Long> row : versions.entrySet()) {
            try {
                action.accept(ReviewDecision.of(row.getKey(), row.getValue(), opinion));
                decided++;
            } catch (BusinessException e) {
                refused.add(new BatchOutcome.Refusal(row.getKey(), null, e.getMessageKey(),
                        List.of(e.getArguments())));
            }
        }
        return new BatchOutcome(decided, List.copyOf(refused));
    }

    // ---- HB 全部导出通用表 / 批量导出通用表 (SPEC §3.9.2, §4.7) ----

    /**
     * One chunk of a tab's export: up to {@code size} rows of the tab and filter with ids above {@code afterId}, in id
     * order, limited to {@code chosen} when given (批量导出: the checked rows; null: 全部导出). ID numbers are
     * complete (the 通用表 is a document of record for those who may open the applications). Keyset paging: the
     * export never holds more than one chunk.
     */
    public List<ApplicationQueryRow> exportChunk(ReviewScope scope, ApplicationReviewTab tab, ReviewFilter filter,
                                                 List<Long> chosen, long afterId, int size) {
        if (size < 1 || size > MAX_EXPORT_CHUNK) {
            throw new BusinessException("query.page.invalid");
        }
        Unit unit = reviewingUnit();
        List<Application> applications = query(unit, scope, tab, filter, actingLevels(unit, callers.current()),
                "select a", Application.class, " order by a.id", afterId, chosen == null ? null : List.copyOf(chosen))
                .setMaxResults(size).getResultList();
        Map<Long, String> departments = departmentNames(applications);
        return applications.stream().map(a -> new ApplicationQueryRow(a.getId(), a.getYear(), a.getApplicantName(),
                a.getIdNumber(), IdNumber.isValid(a.getIdNumber()) ? IdNumber.of(a.getIdNumber()).sex() : null,
                departmentOf(a.getEmployer().getPath(), departments), a.getSeries().getName(), a.getLevel(),
                a.getSpecialty(), a.getQualification().getName(), a.getRoute(), a.getKind(),
                a.getCommittee() == null ? null : a.getCommittee().getName(),
                a.getActivity() == null ? null : a.getActivity().getName(), a.getEmployer().getName(),
                a.getStatus())).toList();
    }

    /** The 主管部门 units above the chunk's employers, by id, in one query. */
    private Map<Long, String> departmentNames(List<Application> applications) {
        Set<Long> ancestors = new HashSet<>();
        applications.forEach(a -> ancestors.addAll(pathIds(a.getEmployer().getPath())));
        Map<Long, String> names = new HashMap<>();
        if (!ancestors.isEmpty()) {
            em.createQuery("select u.id, u.name from Unit u where u.id in :ids and u.type = :type", Object[].class)
                    .setParameter("ids", new ArrayList<>(ancestors))
                    .setParameter("type", UnitType.COMPETENT_DEPARTMENT)
                    .getResultStream().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** The nearest 主管部门 above (or at) the employer. */
    private static String departmentOf(String path, Map<Long, String> departments) {
        List<Long> ids = pathIds(path);
        for (int i = ids.size() - 1; i >= 0; i--) {
            String name = departments.get(ids.get(i));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<Long> pathIds(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).map(Long::valueOf).toList();
    }

    /** Uploads one of the employer's files (公示证明附件, 单位综合推荐意见, 事业单位岗位情况表). */
    public ReviewItem.EmployerFileView attachEmployerFile(Long applicationId, long version,
                                                          Application.EmployerFile kind, InputStream content,
                                                          String fileName) {
        Decided decided = decide(ReviewDecision.of(applicationId, version, null));
        Attachment stored = attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT);
        decided.application.attachEmployerFile(kind, stored.getId());
        return employerFile(decided.application, kind);
    }

    /** Uploads the 委托评审函 a pass with 是否委托评审 = 是 refers to; returns the attachment's id. */
    public Long uploadEntrustLetter(Long applicationId, InputStream content, String fileName) {
        Unit unit = reviewingUnit();
        Application application = readable(applicationId, unit);
        application.requireWaitingAt(unit.getId());
        return attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT).getId();
    }

    // ---- per-section 驳回意见 (SPEC §3.9.3) ----

    public Long addComment(Long applicationId, FormSection section, String text) {
        Unit unit = reviewingUnit();
        Application application = waitingForCaller(applicationId, unit);
        SectionComment comment = SectionComment.byUnit(application.getId(), section, text,
                callers.current().getDisplayName(), unit.getId(), unit.getName(), Times.now());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    public void editComment(Long commentId, String text) {
        SectionComment comment = ownComment(commentId);
        comment.edit(text, callers.current().getDisplayName());
    }

    public void deleteComment(Long commentId) {
        em.remove(ownComment(commentId));
    }

    private SectionComment ownComment(Long commentId) {
        Unit unit = reviewingUnit();
        SectionComment comment = commentId == null ? null : em.find(SectionComment.class, commentId);
        if (comment == null || !unit.getId().equals(comment.getUnitId())) {
            throw new AccessDeniedException("review.application.commentNotFound");
        }
        waitingForCaller(comment.getApplicationId(), unit);
        return comment;
    }

    // ---- common steps ----

    private record Decided(Application application, Unit unit) {
    }

    /**
     * Loads the application for a decision, serialised with other decisions on it (row lock, fresh from the
     * database), and checks it still is as the reviewer saw it: otherwise "已由 X 于 T 处理" from the flow log
     * (SPEC §4.3); then that it waits at the caller's unit and post.
     */
    private Decided decide(ReviewDecision decision) {
        Unit unit = reviewingUnit();
        Application application = decision.applicationId() == null ? null
                : em.find(Application.class, decision.applicationId(), LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        requireReadable(application, unit);
        if (application.getVersion() != decision.version()) {
            throw staleFor(application);
        }
        application.requireWaitingAt(unit.getId());
        if (!mayAct(callers.current(), application)) {
            throw new AccessDeniedException("review.notYourTurn");
        }
        if (unit.getType() == UnitType.COMPETENT_DEPARTMENT) {
            application.requireDepartmentReviewOpen(Times.now().atZoneSameInstant(Times.ZONE).toLocalDate());
        }
        return new Decided(application, unit);
    }

    private Application waitingForCaller(Long applicationId, Unit unit) {
        Application application = readable(applicationId, unit);
        application.requireWaitingAt(unit.getId());
        if (!mayAct(callers.current(), application)) {
            throw new AccessDeniedException("review.notYourTurn");
        }
        return application;
    }

    private BusinessException staleFor(Application application) {
        List<AuditRecord> latest = audit.latest(Applications.AUDIT_TYPE, application.getId(), 0, 1);
        if (latest.isEmpty()) {
            return new BusinessException("review.application.changed");
        }
        AuditRecord last = latest.get(0);
        String who = last.getActorName() == null ? last.getActorLogin() : last.getActorName();
        return new BusinessException("review.application.alreadyHandled", who, Times.display(last.getOccurredAt()));
    }

    /** An application whose chain passes through the caller's unit; anything else answers "not found". */
    private Application readable(Long applicationId, Unit unit) {
        Application application = applicationId == null ? null : em.find(Application.class, applicationId);
        requireReadable(application, unit);
        return application;
    }

    private static void requireReadable(Application application, Unit unit) {
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT
                || !(application.isOnPath(unit.getId()) || application.isWaitingAt(unit.getId()))) {
            throw new AccessDeniedException("application.notFound");
        }
    }

    private boolean mayAct(Account caller, Application application) {
        return multiPost.canAct(caller, application.getPosition(), ReviewItemType.APPLICATION);
    }

    private Unit reviewingUnit() {
        return permissions.require(Permission.APPLICATION_REVIEW);
    }

    /** 是否委托评审 is asked at 主管部门/人社 nodes of 申报评审 only: a 职称初定 has no committee to entrust to. */
    private static boolean needsEntrustChoice(Unit unit, Application application) {
        return application.getKind() == ApplicationKind.REVIEW && asksEntrustChoice(unit);
    }

    /** A 主管部门 or 人社部门 asks 是否委托评审 on the 申报评审 it passes (a batch asks it once, SPEC §3.9.4). */
    private static boolean asksEntrustChoice(Unit unit) {
        return unit.getType() == UnitType.COMPETENT_DEPARTMENT || unit.getType() == UnitType.HRSS;
    }

    private void record(Application application, String action, ApplicationStatus from, String opinion) {
        audit.record(Applications.AUDIT_TYPE, application.getId(), action, from.name(),
                application.getStatus().name(), opinion);
    }

    private void tell(Application application, Unit unit, String title, String body) {
        String text = body.length() > 2000 ? body.substring(0, 2000) : body;
        messages.sendFromUnit(application.getApplicantId(), unit.getId(), unit.getName(), title, text);
    }

    private String unitName(Long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        return unit == null ? String.valueOf(unitId) : unit.getName();
    }

    static String masked(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
