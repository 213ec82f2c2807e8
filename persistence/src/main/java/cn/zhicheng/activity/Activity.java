package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.SpecialtyGroupMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * A review activity (评审活动, SPEC §3.7) of a filed committee. It is configured in steps, each saved before the next
 * opens (SPEC §3.7.1): 1 基本信息 → 2 本次开设的评审专业 → 3 业绩成果需求配置 → 4 破格条件需求配置 (with the SX 工作经历 /
 * 学术技术 blocks) → 5 申报材料需求配置 → 6 评分标准 (required only for activities that score). Publication follows
 * {@link ActivityStatus}: submitted to the committee's 授权管理单位 (holding the {@link ReviewPosition} of its
 * multi-post sequence) or published directly, depending on the province. After publication only the deadlines may be
 * extended.
 */
@Entity
@EntityListeners(ListChanges.class)
@Table(name = "activity")
public class Activity {

    public static final int NAME_MAX = 50;
    public static final int SCOPE_MAX = 50;
    public static final int DOCUMENT_NUMBER_MAX = 100;
    public static final int BLOCK_MAX = 2000;
    public static final int OPINION_MAX = 1000;
    public static final int STEP_BASICS = 1;
    public static final int STEP_SCOPE = 2;
    public static final int STEP_ACHIEVEMENTS = 3;
    public static final int STEP_EXCEPTIONS = 4;
    public static final int STEP_MATERIALS = 5;
    public static final int STEP_SCORING = 6;
    private static final int YEAR_MIN = 2000;
    private static final int YEAR_MAX = 2100;

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "apply_scope", nullable = false, length = SCOPE_MAX)
    private String applyScope;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_method", nullable = false, length = 24)
    private EvaluationMethod evaluationMethod;

    @Column(name = "break_meeting", nullable = false)
    private boolean breakMeeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_exam", nullable = false, length = 32)
    private WrittenExam writtenExam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Defense defense;

    @Column(name = "specialty_groups", nullable = false)
    private boolean specialtyGroups;

    @Enumerated(EnumType.STRING)
    @Column(name = "specialty_group_mode", length = 16)
    private SpecialtyGroupMode specialtyGroupMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_mode", nullable = false, length = 24)
    private ReviewMode reviewMode;

    @Embedded
    private ActivitySchedule schedule;

    @Column(name = "health_page", nullable = false)
    private boolean healthPage;

    @Column(name = "primary_teacher_page", nullable = false)
    private boolean primaryTeacherPage;

    @Column(name = "vocational_teacher_page", nullable = false)
    private boolean vocationalTeacherPage;

    /** 评审活动安排 — 文号 */
    @Column(name = "document_number", length = DOCUMENT_NUMBER_MAX)
    private String documentNumber;

    /** 是否对外公开: 是 ⇒ the 评审工作方案 is posted on the home page after publication. */
    @Column(name = "public_plan", nullable = false)
    private boolean publicPlan;

    /** 评审工作方案 (对内审核使用) */
    @Column(name = "plan_document_id")
    private Long planDocumentId;

    /** 评审政策文件 (对外发布使用) */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_policy_file", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id")
    private List<Long> policyFileIds = new ArrayList<>();

    /** SX 工作经历（能力） requirements */
    @Column(name = "work_experience_text", length = BLOCK_MAX)
    private String workExperienceText;

    /** SX 学术技术 requirements */
    @Column(name = "academic_text", length = BLOCK_MAX)
    private String academicText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_level", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 16)
    private Set<TitleLevel> levels = EnumSet.noneOf(TitleLevel.class);

    /** The committee's specialty-tree nodes opened (empty: the whole series of a 按系列 committee). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_specialty", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "specialty_id")
    private Set<Long> specialtyIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_achievement", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "row_index")
    private List<AchievementRequirement> achievements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_exception_condition", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "row_index")
    private List<ExceptionCondition> exceptionConditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_material", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "row_index")
    private List<RequiredMaterial> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_scoring_item", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "row_index")
    private List<ScoringItem> scoringItems = new ArrayList<>();

    /** The last step saved: step n opens once step n − 1 is saved. */
    @Column(name = "saved_steps", nullable = false)
    private int savedSteps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActivityStatus status = ActivityStatus.DRAFT;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "unitId", column = @Column(name = "review_unit_id")),
            @AttributeOverride(name = "level", column = @Column(name = "review_level"))})
    private ReviewPosition position;

    @Column(name = "last_opinion", length = OPINION_MAX)
    private String lastOpinion;

    @Column(name = "rejected_by_unit_id")
    private Long rejectedByUnitId;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Activity() {
    }

    /**
     * 新增评审活动: step 1 saved. Only for a committee whose filing is valid today (SPEC §3.5: filed before any
     * activity; an expired filing is not selectable).
     */
    public Activity(Committee committee, ActivityBasics basics, LocalDate today, OffsetDateTime now) {
        this.committee = Objects.requireNonNull(committee);
        requireFiled(committee, today);
        this.createdAt = Objects.requireNonNull(now);
        describe(basics);
    }

    private static void requireFiled(Committee committee, LocalDate today) {
        if (!committee.isFiledOn(today)) {
            throw new BusinessException("activity.committee.notFiled", committee.getName());
        }
    }

    /** Saves step 1 基本信息 while the activity may change. */
    public void describe(ActivityBasics b) {
        requireEditable();
        String newName = text(b.name(), NAME_MAX, "activity.name.required", "activity.name.tooLong");
        String newScope = text(b.applyScope(), SCOPE_MAX, "activity.applyScope.required",
                "activity.applyScope.tooLong");
        if (b.year() == null) {
            throw new BusinessException("activity.year.required");
        }
        if (b.year() < YEAR_MIN || b.year() > YEAR_MAX) {
            throw new BusinessException("activity.year.range", YEAR_MIN, YEAR_MAX);
        }
        if (b.category() == null) {
            throw new BusinessException("activity.category.required");
        }
        if (b.evaluationMethod() == null) {
            throw new BusinessException("activity.evaluationMethod.required");
        }
        if (b.writtenExam() == null) {
            throw new BusinessException("activity.writtenExam.required");
        }
        if (b.defense() == null) {
            throw new BusinessException("activity.defense.required");
        }
        if (b.specialtyGroups() && b.specialtyGroupMode() == null) {
            throw new BusinessException("activity.specialtyGroupMode.required");
        }
        if (b.reviewMode() == null) {
            throw new BusinessException("activity.reviewMode.required");
        }
        if (b.schedule() == null) {
            throw new BusinessException("activity.applyStart.required");
        }
        String number = b.documentNumber() == null || b.documentNumber().isBlank() ? null : b.documentNumber().strip();
        if (number != null && number.length() > DOCUMENT_NUMBER_MAX) {
            throw new BusinessException("activity.documentNumber.tooLong", DOCUMENT_NUMBER_MAX);
        }
        this.name = newName;
        this.applyScope = newScope;
        this.year = b.year();
        this.category = b.category();
        this.evaluationMethod = b.evaluationMethod();
        this.breakMeeting = b.breakMeeting();
        this.writtenExam = b.writtenExam();
        this.defense = b.defense();
        this.specialtyGroups = b.specialtyGroups();
        this.specialtyGroupMode = b.specialtyGroups() ? b.specialtyGroupMode() : null;
        this.reviewMode = b.reviewMode();
        this.schedule = b.schedule();
        this.healthPage = b.healthPage();
        this.primaryTeacherPage = b.primaryTeacherPage();
        this.vocationalTeacherPage = b.vocationalTeacherPage();
        this.documentNumber = number;
        this.publicPlan = b.publicPlan();
        saved(STEP_BASICS);
    }

    /**
     * Step 2 本次开设的评审专业: levels within the committee's filing; specialties within the committee's selectable
     * (unfrozen) tree nodes, at least one when the committee was formed 按专业 (SPEC §3.7.5).
     */
    public void open(Set<TitleLevel> newLevels, Set<Long> newSpecialtyIds, Set<Long> selectableSpecialtyIds,
                     boolean specialtiesRequired) {
        requireEditable();
        requireStep(STEP_SCOPE);
        if (newLevels == null || newLevels.isEmpty()) {
            throw new BusinessException("activity.levels.required");
        }
        Set<TitleLevel> filed = committee.getLevels();
        for (TitleLevel level : newLevels) {
            if (!filed.contains(level)) {
                throw new BusinessException("activity.levels.outsideFiling", level.catalogName());
            }
        }
        Set<Long> chosen = newSpecialtyIds == null ? Set.of() : newSpecialtyIds;
        if (!selectableSpecialtyIds.containsAll(chosen)) {
            throw new BusinessException("activity.specialties.outsideFiling");
        }
        if (specialtiesRequired && chosen.isEmpty()) {
            throw new BusinessException("activity.specialties.required");
        }
        this.levels.clear();
        this.levels.addAll(newLevels);
        this.specialtyIds.clear();
        this.specialtyIds.addAll(chosen);
        saved(STEP_SCOPE);
    }

    /** Step 3 业绩成果需求配置: at least one row, 序号 unique. */
    public void configureAchievements(List<AchievementRequirement> rows) {
        requireEditable();
        requireStep(STEP_ACHIEVEMENTS);
        if (rows == null || rows.isEmpty()) {
            throw new BusinessException("activity.achievements.required");
        }
        replace(achievements, rows, AchievementRequirement::getPosition);
        saved(STEP_ACHIEVEMENTS);
    }

    /** The committee's default configuration pre-filled into a new activity (not yet saved as step 3). */
    public void prefillAchievements(List<AchievementRequirement> defaults) {
        requireEditable();
        if (achievements.isEmpty() && defaults != null) {
            defaults.stream().map(AchievementRequirement::copy).forEach(achievements::add);
        }
    }

    /** Step 4 破格条件需求配置 and the SX 工作经历（能力）/ 学术技术 blocks; 破格 conditions required with 破格评议. */
    public void configureExceptions(List<ExceptionCondition> rows, String workExperience, String academic) {
        requireEditable();
        requireStep(STEP_EXCEPTIONS);
        List<ExceptionCondition> conditions = rows == null ? List.of() : rows;
        if (breakMeeting && conditions.isEmpty()) {
            throw new BusinessException("activity.exceptions.required");
        }
        String work = block(workExperience);
        String academicBlock = block(academic);
        replace(exceptionConditions, conditions, ExceptionCondition::getPosition);
        this.workExperienceText = work;
        this.academicText = academicBlock;
        saved(STEP_EXCEPTIONS);
    }

    /** Step 5 申报材料需求配置: at least one row, 序号 and names unique. */
    public void configureMaterials(List<RequiredMaterial> rows) {
        requireEditable();
        requireStep(STEP_MATERIALS);
        if (rows == null || rows.isEmpty()) {
            throw new BusinessException("activity.materials.required");
        }
        Set<String> names = new HashSet<>();
        for (RequiredMaterial row : rows) {
            if (!names.add(row.getName())) {
                throw new BusinessException("activity.material.name.duplicate", row.getName());
            }
        }
        replace(materials, rows, RequiredMaterial::getPosition);
        saved(STEP_MATERIALS);
    }

    /** Step 6 评分标准: required (at least one item) for an activity that scores. */
    public void configureScoring(List<ScoringItem> rows) {
        requireEditable();
        requireStep(STEP_SCORING);
        List<ScoringItem> items = rows == null ? List.of() : rows;
        if (scores() && items.isEmpty()) {
            throw new BusinessException("activity.scoring.required");
        }
        replace(scoringItems, items, ScoringItem::getPosition);
        saved(STEP_SCORING);
    }

    /** Whether the meeting scores applicants (专业组评审方式 专家打分, or the HB 主审打分 chain): 评分标准 needed. */
    public boolean scores() {
        return (specialtyGroups && specialtyGroupMode == SpecialtyGroupMode.SCORE)
                || reviewMode == ReviewMode.EXPERT_CHAIN;
    }

    public void attachPolicyFile(Long attachmentId) {
        requireEditable();
        policyFileIds.add(Objects.requireNonNull(attachmentId));
    }

    public void removePolicyFile(Long attachmentId) {
        requireEditable();
        if (!policyFileIds.remove(attachmentId)) {
            throw new BusinessException("activity.policyFile.unknown");
        }
    }

    public void attachPlanDocument(Long attachmentId) {
        requireEditable();
        this.planDocumentId = Objects.requireNonNull(attachmentId);
    }

    /** Every step needed for publication is saved (评分标准 only when the activity scores). */
    public boolean isComplete() {
        return savedSteps >= (scores() ? STEP_SCORING : STEP_MATERIALS);
    }

    /** SC 提交审核: to the committee's 授权管理单位, entering its sequence at {@code entry}. */
    public void submit(ReviewPosition entry, LocalDate today, OffsetDateTime now) {
        requirePublishable(today);
        Objects.requireNonNull(entry);
        if (!entry.isInUnit(committee.getAuthorisingUnit().getId()) || !entry.isFirstLevel()) {
            throw new IllegalArgumentException("an activity enters the authorising unit at level 1: " + entry);
        }
        moveTo(ActivityStatus.PENDING_REVIEW);
        this.position = entry;
        this.submittedAt = now;
    }

    /** SX 确认发布: published by the committee administrator without review. */
    public void publishDirectly(LocalDate today, OffsetDateTime now) {
        requirePublishable(today);
        moveTo(ActivityStatus.PUBLISHED);
        this.submittedAt = now;
        this.publishedAt = now;
        this.lastOpinion = null;
    }

    private void requirePublishable(LocalDate today) {
        if (!status.isEditable()) {
            throw new BusinessException("activity.submit.notAllowed");
        }
        if (!isComplete()) {
            throw new BusinessException(scores() && savedSteps >= STEP_MATERIALS
                    ? "activity.submit.scoringMissing" : "activity.submit.incomplete");
        }
        requireFiled(committee, today);
    }

    /** A pass that keeps the activity in the authorising unit: the next level of its sequence. */
    public void moveToLevel(ReviewPosition next) {
        requirePending();
        if (!next.getUnitId().equals(position.getUnitId()) || next.getLevel() <= position.getLevel()) {
            throw new IllegalArgumentException("not a later level of the same unit: " + position + " -> " + next);
        }
        this.position = next;
    }

    /** The highest post passed: published. */
    public void approve(OffsetDateTime now) {
        requirePending();
        moveTo(ActivityStatus.PUBLISHED);
        this.position = null;
        this.lastOpinion = null;
        this.publishedAt = now;
    }

    /** 审核不通过 with the required opinion: back to the committee (已退回). */
    public void reject(String opinion) {
        requirePending();
        if (opinion == null || opinion.isBlank()) {
            throw new BusinessException("activity.opinion.required");
        }
        if (opinion.strip().length() > OPINION_MAX) {
            throw new BusinessException("activity.opinion.tooLong", OPINION_MAX);
        }
        moveTo(ActivityStatus.RETURNED);
        this.rejectedByUnitId = position.getUnitId();
        this.position = null;
        this.lastOpinion = opinion.strip();
    }

    /** After publication: the deadlines may be extended (never shortened, never into the past). */
    public void extendDeadlines(OffsetDateTime firstSubmit, OffsetDateTime resubmit, OffsetDateTime committeeDeadline,
                                OffsetDateTime now) {
        if (status != ActivityStatus.PUBLISHED) {
            throw new BusinessException("activity.extend.notPublished");
        }
        this.schedule = schedule.extendedTo(firstSubmit, resubmit, committeeDeadline, now);
    }

    /** Published and within 申报开始时间 … 评委会接收申报截止时间. */
    public boolean isAcceptingOn(OffsetDateTime time) {
        return status == ActivityStatus.PUBLISHED && schedule.isAcceptingOn(time);
    }

    public ActivityProgress progressAt(OffsetDateTime time) {
        if (time.isBefore(schedule.getApplyStart())) {
            return ActivityProgress.NOT_STARTED;
        }
        return schedule.isAcceptingOn(time) ? ActivityProgress.ACCEPTING : ActivityProgress.QUALIFICATION_REVIEW;
    }

    /** Whether step {@code step} may be opened (the previous one is saved). */
    public boolean isStepOpen(int step) {
        return step <= savedSteps + 1;
    }

    private void requireStep(int step) {
        if (!isStepOpen(step)) {
            throw new BusinessException("activity.step.previousNotSaved");
        }
    }

    private void saved(int step) {
        savedSteps = Math.max(savedSteps, step);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("activity.notEditable");
        }
    }

    private void requirePending() {
        if (status != ActivityStatus.PENDING_REVIEW || position == null) {
            throw new BusinessException("activity.review.notWaiting");
        }
    }

    private void moveTo(ActivityStatus target) {
        if (!status.canBecome(target)) {
            throw new BusinessException("activity.status.transition", status.name(), target.name());
        }
        this.status = target;
    }

    private static <T> void replace(List<T> target, Collection<T> rows, ToIntFunction<T> position) {
        Set<Integer> seen = new HashSet<>();
        for (T row : rows) {
            if (!seen.add(position.applyAsInt(row))) {
                throw new BusinessException("activity.row.positionDuplicate", position.applyAsInt(row));
            }
        }
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(position));
        target.clear();
        target.addAll(sorted);
    }

    private static String text(String value, int max, String requiredKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        if (value.strip().length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return value.strip();
    }

    private static String block(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > BLOCK_MAX) {
            throw new BusinessException("activity.block.tooLong", BLOCK_MAX);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public String getName() {
        return name;
    }

    public String getApplyScope() {
        return applyScope;
    }

    public int getYear() {
        return year;
    }

    public ActivityCategory getCategory() {
        return category;
    }

    public EvaluationMethod getEvaluationMethod() {
        return evaluationMethod;
    }

    public boolean isBreakMeeting() {
        return breakMeeting;
    }

    public WrittenExam getWrittenExam() {
        return writtenExam;
    }

    public Defense getDefense() {
        return defense;
    }

    public boolean isSpecialtyGroups() {
        return specialtyGroups;
    }

    public SpecialtyGroupMode getSpecialtyGroupMode() {
        return specialtyGroupMode;
    }

    public ReviewMode getReviewMode() {
        return reviewMode;
    }

    public ActivitySchedule getSchedule() {
        return schedule;
    }

    public boolean isHealthPage() {
        return healthPage;
    }

    public boolean isPrimaryTeacherPage() {
        return primaryTeacherPage;
    }

    public boolean isVocationalTeacherPage() {
        return vocationalTeacherPage;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public boolean isPublicPlan() {
        return publicPlan;
    }

    public Long getPlanDocumentId() {
        return planDocumentId;
    }

    public List<Long> getPolicyFileIds() {
        return List.copyOf(policyFileIds);
    }

    public String getWorkExperienceText() {
        return workExperienceText;
    }

    public String getAcademicText() {
        return academicText;
    }

    public Set<TitleLevel> getLevels() {
        return levels.isEmpty() ? EnumSet.noneOf(TitleLevel.class) : EnumSet.copyOf(levels);
    }

    public Set<Long> getSpecialtyIds() {
        return new TreeSet<>(specialtyIds);
    }

    public List<AchievementRequirement> getAchievements() {
        return List.copyOf(achievements);
    }

    public List<ExceptionCondition> getExceptionConditions() {
        return List.copyOf(exceptionConditions);
    }

    public List<RequiredMaterial> getMaterials() {
        return List.copyOf(materials);
    }

    public List<ScoringItem> getScoringItems() {
        return List.copyOf(scoringItems);
    }

    public int getSavedSteps() {
        return savedSteps;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public ReviewPosition getPosition() {
        return position;
    }

    public String getLastOpinion() {
        return lastOpinion;
    }

    public Long getRejectedByUnitId() {
        return rejectedByUnitId;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Activity other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Activity.class.hashCode();
    }

    @Override
    public String toString() {
        return "Activity[" + id + " " + name + " " + status + "]";
    }
}
