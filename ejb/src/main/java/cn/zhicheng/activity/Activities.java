package cn.zhicheng.activity;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentPurpose;
import cn.zhicheng.attachment.AttachmentService;
import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.committee.SpecialtyTrees;
import cn.zhicheng.config.ActivityPublishApproval;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.review.MultiPostReview;
import cn.zhicheng.review.ReviewItemType;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 评审活动发布 / 评审活动管理 (SPEC §3.7.1–§3.7.10) for the committee administrator (provinces whose committees have
 * their own log-in) and for the formation unit's staff holding 评审活动管理 ({@code committee.ownLogin = NONE}, SC:
 * the unit does the committee work, SPEC §0.4). Every call names the committee, or reaches it through an activity;
 * {@link #committee(Long)} is the one access rule. Create an activity for the committee while its filing is valid, save each configuration step, and publish — 提交审核 to the 授权管理单位
 * (SC, {@code activity.publishApproval = AUTH_UNIT_REVIEW}) or 确认发布 (SX, {@code NONE}). After publication only the
 * deadlines may be extended. One 年度 activity per committee and year. Every change goes to the flow log.
 */
@Stateless
@RolesAllowed({Role.Names.COMMITTEE_ADMIN, Role.Names.UNIT_ADMIN, Role.Names.UNIT_HANDLER, Role.Names.UNIT_LEADER})
public class Activities {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private UnitPermissions permissions;

    @EJB
    private AuditLog auditLog;

    @EJB
    private ProvinceSettings settings;

    @EJB
    private SpecialtyTrees specialtyTrees;

    @EJB
    private MultiPostReview multiPost;

    @EJB
    private AttachmentService attachments;

    @EJB
    private RegionDirectory regions;

    /**
     * The committees whose activities the caller manages, by name: the committee administrator's own one, or the
     * committees the staff member's unit formed (选择评委会). 403 for anyone else.
     */
    public List<CommitteeChoice> committees() {
        Optional<Committee> administered = administered(callers.current());
        if (administered.isPresent()) {
            return List.of(choice(administered.get()));
        }
        Unit unit = permissions.require(Permission.ACTIVITY_MANAGE);
        return em.createQuery("select c from Committee c where c.formationUnit = :unit order by c.name, c.id",
                        Committee.class).setParameter("unit", unit).getResultStream().map(Activities::choice).toList();
    }

    private static CommitteeChoice choice(Committee c) {
        return new CommitteeChoice(c.getId(), c.getName(), c.getSeries().getName());
    }

    /** The committee's levels and specialties, the filing state and the province's publication model. */
    public ActivityOptions options(Long committeeId) {
        Committee committee = committee(committeeId);
        return new ActivityOptions(committee.getId(), committee.getName(), committee.getSeries().getName(),
                committee.getLevels(), specialtyTrees.selectable(committee.getId()),
                committee.getFormation() == CommitteeFormation.BY_SPECIALTY, committee.isFiledOn(today()),
                settings.get(SettingKeys.ACTIVITY_PUBLISH_APPROVAL), defaults());
    }

    /** A new activity's form: this year, 年度, 专家评审, the activity settings' defaults (SPEC §0.4). */
    private ActivityBasics defaults() {
        return new ActivityBasics(null, null, today().getYear(), ActivityCategory.ANNUAL, EvaluationMethod.EXPERT,
                settings.get(SettingKeys.ACTIVITY_BREAK_MEETING), settings.get(SettingKeys.ACTIVITY_WRITTEN_EXAM),
                settings.get(SettingKeys.ACTIVITY_DEFENSE), settings.get(SettingKeys.ACTIVITY_SPECIALTY_GROUPS),
                settings.get(SettingKeys.ACTIVITY_SPECIALTY_GROUP_MODE),
                settings.get(SettingKeys.ACTIVITY_REVIEW_MODE), null, false, false, false, null, false);
    }

    /** One page of the committee's activities, newest first, filtered by name (partial). */
    public List<ActivityRow> list(Long committeeId, String nameContains, int first, int pageSize) {
        TypedQuery<Activity> query = em.createQuery("select a from Activity a where a.committee = :committee"
                + nameFilter(nameContains) + " order by a.createdAt desc, a.id desc", Activity.class);
        bind(query, committeeId, nameContains);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(a -> ActivityViews.row(em, a)).toList();
    }

    public long count(Long committeeId, String nameContains) {
        TypedQuery<Long> query = em.createQuery("select count(a) from Activity a where a.committee = :committee"
                + nameFilter(nameContains), Long.class);
        bind(query, committeeId, nameContains);
        return query.getSingleResult();
    }

    private static String nameFilter(String nameContains) {
        return nameContains == null || nameContains.isBlank() ? "" : " and a.name like :name";
    }

    private void bind(TypedQuery<?> query, Long committeeId, String nameContains) {
        query.setParameter("committee", committee(committeeId));
        if (nameContains != null && !nameContains.isBlank()) {
            query.setParameter("name", ActivityViews.like(nameContains));
        }
    }

    public ActivityDetails details(Long activityId) {
        return ActivityViews.details(em, regions, own(activityId));
    }

    /** 新增评审活动: step 1; the committee's default 业绩成果 configuration is copied in. */
    public Long create(Long committeeId, ActivityBasics basics) {
        Committee committee = committee(committeeId);
        em.lock(committee, LockModeType.PESSIMISTIC_WRITE);
        Activity activity = new Activity(committee, basics, today(), Times.now());
        requireAnnualFree(activity, null);
        findDefaults(committee.getId()).ifPresent(d -> activity.prefillAchievements(d.getAchievements()));
        em.persist(activity);
        auditLog.record(ActivityViews.ENTITY, activity.getId(), "CREATED", null, activity.getStatus().name(),
                activity.getName());
        return activity.getId();
    }

    /** Saves step 1 基本信息. */
    public void saveBasics(Long activityId, ActivityBasics basics) {
        Activity activity = own(activityId);
        em.lock(activity.getCommittee(), LockModeType.PESSIMISTIC_WRITE);
        activity.describe(basics);
        requireAnnualFree(activity, activity.getId());
        edited(activity, "基本信息");
    }

    /** Saves step 2 本次开设的评审专业. */
    public void saveScope(Long activityId, Set<TitleLevel> levels, Set<Long> specialtyIds) {
        Activity activity = own(activityId);
        Committee committee = activity.getCommittee();
        Set<Long> selectable = specialtyTrees.selectable(committee.getId()).stream().map(SpecialtyNode::id)
                .collect(Collectors.toSet());
        activity.open(levels, specialtyIds, selectable, committee.getFormation() == CommitteeFormation.BY_SPECIALTY);
        edited(activity, "本次开设的评审专业");
    }

    /** Saves step 3 业绩成果需求配置. */
    public void saveAchievements(Long activityId, List<AchievementRequirement> rows) {
        Activity activity = own(activityId);
        activity.configureAchievements(rows);
        edited(activity, "业绩成果需求配置");
    }

    /** Saves step 4 破格条件需求配置 (with the SX 工作经历 / 学术技术 blocks). */
    public void saveExceptions(Long activityId, List<ExceptionCondition> rows, String workExperience,
                               String academic) {
        Activity activity = own(activityId);
        activity.configureExceptions(rows, workExperience, academic);
        edited(activity, "破格条件需求配置");
    }

    /** Saves step 5 申报材料需求配置. */
    public void saveMaterials(Long activityId, List<RequiredMaterial> rows) {
        Activity activity = own(activityId);
        activity.configureMaterials(rows);
        edited(activity, "申报材料需求配置");
    }

    /** Saves step 6 评分标准. */
    public void saveScoring(Long activityId, List<ScoringItem> rows) {
        Activity activity = own(activityId);
        activity.configureScoring(rows);
        edited(activity, "评分标准");
    }

    /** 评审政策文件(对外发布使用): image or PDF. */
    public FileRef uploadPolicyFile(Long activityId, InputStream content, String fileName) {
        Activity activity = own(activityId);
        Attachment file = attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT);
        activity.attachPolicyFile(file.getId());
        edited(activity, "上传评审政策文件：" + file.getOriginalName());
        return new FileRef(file.getId(), file.getOriginalName());
    }

    public void removePolicyFile(Long activityId, Long attachmentId) {
        Activity activity = own(activityId);
        activity.removePolicyFile(attachmentId);
        edited(activity, "删除评审政策文件");
    }

    /** 评审工作方案(对内审核使用). */
    public FileRef uploadPlanDocument(Long activityId, InputStream content, String fileName) {
        Activity activity = own(activityId);
        Attachment file = attachments.store(content, fileName, AttachmentPurpose.GENERAL_DOCUMENT);
        activity.attachPlanDocument(file.getId());
        edited(activity, "上传评审工作方案：" + file.getOriginalName());
        return new FileRef(file.getId(), file.getOriginalName());
    }

    /** SC 提交审核: to the committee's 授权管理单位 (its multi-post level 1). */
    public void submit(Long activityId) {
        if (settings.get(SettingKeys.ACTIVITY_PUBLISH_APPROVAL) != ActivityPublishApproval.AUTH_UNIT_REVIEW) {
            throw new BusinessException("activity.publish.noApproval");
        }
        Activity activity = own(activityId);
        String from = activity.getStatus().name();
        activity.submit(multiPost.enter(activity.getCommittee().getAuthorisingUnit(),
                ReviewItemType.ACTIVITY_PUBLICATION), today(), Times.now());
        auditLog.record(ActivityViews.ENTITY, activity.getId(), "SUBMITTED", from, activity.getStatus().name(),
                "提交至" + activity.getCommittee().getAuthorisingUnit().getName());
    }

    /** SX 确认发布: published at once, its notice posted on the home page. */
    public void publish(Long activityId) {
        if (settings.get(SettingKeys.ACTIVITY_PUBLISH_APPROVAL) != ActivityPublishApproval.NONE) {
            throw new BusinessException("activity.publish.approvalRequired");
        }
        Activity activity = own(activityId);
        String from = activity.getStatus().name();
        activity.publishDirectly(today(), Times.now());
        auditLog.record(ActivityViews.ENTITY, activity.getId(), "PUBLISHED", from, activity.getStatus().name(),
                "确认发布");
        Notices.postPublished(em, activity);
    }

    /** After publication: deadlines extended (never shortened, never into the past). */
    public void extendDeadlines(Long activityId, OffsetDateTime firstSubmit, OffsetDateTime resubmit,
                                OffsetDateTime committeeDeadline) {
        Activity activity = own(activityId);
        ActivitySchedule before = activity.getSchedule();
        activity.extendDeadlines(firstSubmit, resubmit, committeeDeadline, Times.now());
        String status = activity.getStatus().name();
        auditLog.record(ActivityViews.ENTITY, activity.getId(), "DEADLINES_EXTENDED", status, status,
                "个人初次提交截止 " + Times.display(before.getFirstSubmitDeadline()) + " → "
                        + Times.display(firstSubmit) + "；个人修改提交截止 " + Times.display(before.getResubmitDeadline())
                        + " → " + Times.display(resubmit) + "；评委会接收申报截止 "
                        + Times.display(before.getCommitteeDeadline()) + " → " + Times.display(committeeDeadline));
    }

    /** The committee's default 业绩成果 configuration (empty when none). */
    public List<AchievementRequirement> defaultAchievements(Long committeeId) {
        return findDefaults(committee(committeeId).getId()).map(ActivityDefaults::getAchievements).orElse(List.of());
    }

    /** Saves the committee's default 业绩成果 configuration, copied into activities created afterwards. */
    public void saveDefaultAchievements(Long committeeId, List<AchievementRequirement> rows) {
        Committee committee = committee(committeeId);
        ActivityDefaults defaults = findDefaults(committee.getId()).orElseGet(() -> {
            ActivityDefaults created = new ActivityDefaults(committee.getId());
            em.persist(created);
            return created;
        });
        defaults.replace(rows == null ? List.of() : rows);
        auditLog.record("COMMITTEE", committee.getId(), "ACTIVITY_DEFAULTS_SAVED", null, null,
                "默认业绩成果配置 " + defaults.getAchievements().size() + " 项");
    }

    public List<AuditRecord> history(Long activityId, int first, int pageSize) {
        return auditLog.latest(ActivityViews.ENTITY, own(activityId).getId(), first, pageSize);
    }

    public long historySize(Long activityId) {
        return auditLog.count(ActivityViews.ENTITY, own(activityId).getId());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Optional<ActivityDefaults> findDefaults(Long committeeId) {
        return Optional.ofNullable(em.find(ActivityDefaults.class, committeeId));
    }

    private void edited(Activity activity, String what) {
        String status = activity.getStatus().name();
        auditLog.record(ActivityViews.ENTITY, activity.getId(), "EDITED", status, status, what);
    }

    /** One 年度 activity per committee and year (SPEC §3.7.2); the database index backs it up. */
    private void requireAnnualFree(Activity activity, Long self) {
        if (activity.getCategory() != ActivityCategory.ANNUAL) {
            return;
        }
        TypedQuery<Long> query = em.createQuery("select count(a) from Activity a where a.committee = :committee "
                        + "and a.year = :year and a.category = :annual" + (self == null ? "" : " and a.id <> :self"),
                        Long.class)
                .setParameter("committee", activity.getCommittee()).setParameter("year", activity.getYear())
                .setParameter("annual", ActivityCategory.ANNUAL)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        if (self != null) {
            query.setParameter("self", self);
        }
        if (query.getSingleResult() > 0) {
            throw new BusinessException("activity.year.annualTaken", String.valueOf(activity.getYear()));
        }
    }

    /** The activity, provided the caller manages its committee; 403 otherwise (also for an unknown id). */
    private Activity own(Long activityId) {
        Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
        if (activity == null) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        committee(activity.getCommittee().getId());
        return activity;
    }

    /**
     * The one access rule: a 评委会管理员 manages their own committee only; a unit staff member holding 评审活动管理
     * manages the committees their unit formed. Anything else is refused (403).
     */
    private Committee committee(Long committeeId) {
        Committee committee = committeeId == null ? null : em.find(Committee.class, committeeId);
        Optional<Committee> administered = administered(callers.current());
        if (administered.isPresent()) {
            if (administered.get().equals(committee)) {
                return committee;
            }
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        Unit unit = permissions.require(Permission.ACTIVITY_MANAGE);
        if (committee == null || !committee.getFormationUnit().equals(unit)) {
            throw new AccessDeniedException("security.unit.outOfScope");
        }
        return committee;
    }

    /** The committee the account administers (评委会管理员), if any. */
    private Optional<Committee> administered(Account account) {
        return em.createNamedQuery(CommitteeAccount.FIND_BY_ACCOUNT, CommitteeAccount.class)
                .setParameter("account", account).getResultStream()
                .filter(link -> link.getRole() == Role.COMMITTEE_ADMIN).map(CommitteeAccount::getCommittee)
                .findFirst();
    }

    private static LocalDate today() {
        return Times.now().toLocalDate();
    }
}
