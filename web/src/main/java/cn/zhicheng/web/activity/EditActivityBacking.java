package cn.zhicheng.web.activity;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementSheet;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activities;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.ActivityOptions;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.FileRef;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.SpecialtyGroupMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code /committee/activities/edit.xhtml[?id=]} and {@code /unit/activities/edit.xhtml?committee=ID[&id=]} (新增评审活动
 * / 编辑, SPEC §3.7.1–§3.7.9, §0.4): the committee is the parameter, the edited activity's, or the caller's first (for a
 * committee administrator: their own); the service checks the caller may manage it. The step bar 1 基本信息 →
 * 2 本次开设的评审专业 → 3 业绩成果需求配置 → 4 破格条件需求配置 → 5 申报材料需求配置 → 6 评分标准. Each step is saved with
 * 【保存】 before the next opens; saving moves on. A submitted or published activity shows read only, with its flow log.
 */
@Named
@ViewScoped
public class EditActivityBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A configuration sheet of a few dozen rows is tiny; anything larger is not one. */
    private static final long ACHIEVEMENT_SHEET_MAX_BYTES = 2L * 1024 * 1024;

    @EJB
    private Activities service;

    @Inject
    private UiMessages messages;

    private Long committee;
    private Long id;
    private int step = 1;
    private ActivityOptions options;
    private ActivityDetails saved;
    private FlowLogModel history;

    // step 1
    private String name;
    private String applyScope;
    private Integer year;
    private ActivityCategory category;
    private EvaluationMethod evaluationMethod;
    private boolean breakMeeting;
    private WrittenExam writtenExam;
    private Defense defense;
    private boolean specialtyGroups;
    private SpecialtyGroupMode specialtyGroupMode;
    private ReviewMode reviewMode;
    private LocalDateTime applyStart;
    private LocalDateTime firstSubmitDeadline;
    private LocalDateTime resubmitDeadline;
    private LocalDateTime committeeDeadline;
    private LocalDate deptReviewStart;
    private LocalDate deptReviewEnd;
    private boolean healthPage;
    private boolean primaryTeacherPage;
    private boolean vocationalTeacherPage;
    private String documentNumber;
    private boolean publicPlan;
    // step 2
    private List<TitleLevel> levels = new ArrayList<>();
    private List<Long> specialtyIds = new ArrayList<>();
    // steps 3–6
    private List<ActivityRows.Achievement> achievements = new ArrayList<>();
    private List<ActivityRows.Exception> exceptions = new ArrayList<>();
    private String workExperienceText;
    private String academicText;
    private List<ActivityRows.Material> materials = new ArrayList<>();
    private List<ActivityRows.Scoring> scoring = new ArrayList<>();

    /** f:viewAction: the options, and the saved activity when editing. */
    public void load() {
        if (id != null) {
            reload();
            committee = saved.committeeId();
        } else if (committee == null) {
            committee = service.committees().stream().findFirst().map(CommitteeChoice::id).orElse(null);
        }
        options = service.options(committee);
        if (id == null) {
            fillBasics(options.defaults());
            service.defaultAchievements(committee).stream().map(ActivityRows.Achievement::of).forEach(achievements::add);
            return;
        }
        fillBasics(saved.basics());
        levels = new ArrayList<>(saved.levels());
        specialtyIds = new ArrayList<>(saved.specialties().stream().map(SpecialtyNode::id).toList());
        achievements = new ArrayList<>(saved.achievements().stream().map(ActivityRows.Achievement::of).toList());
        exceptions = new ArrayList<>(saved.exceptionConditions().stream().map(ActivityRows.Exception::of).toList());
        workExperienceText = saved.workExperienceText();
        academicText = saved.academicText();
        materials = new ArrayList<>(saved.materials().stream().map(ActivityRows.Material::of).toList());
        scoring = new ArrayList<>(saved.scoringItems().stream().map(ActivityRows.Scoring::of).toList());
        final Long activityId = id;
        history = new FlowLogModel((first, size) -> service.history(activityId, first, size),
                () -> service.historySize(activityId));
    }

    private void reload() {
        saved = service.details(id);
    }

    private void fillBasics(ActivityBasics b) {
        name = b.name();
        applyScope = b.applyScope();
        year = b.year();
        category = b.category();
        evaluationMethod = b.evaluationMethod();
        breakMeeting = b.breakMeeting();
        writtenExam = b.writtenExam();
        defense = b.defense();
        specialtyGroups = b.specialtyGroups();
        specialtyGroupMode = b.specialtyGroupMode();
        reviewMode = b.reviewMode();
        ActivitySchedule s = b.schedule();
        if (s != null) {
            applyStart = local(s.getApplyStart());
            firstSubmitDeadline = local(s.getFirstSubmitDeadline());
            resubmitDeadline = local(s.getResubmitDeadline());
            committeeDeadline = local(s.getCommitteeDeadline());
            deptReviewStart = s.getDeptReviewStart();
            deptReviewEnd = s.getDeptReviewEnd();
        }
        healthPage = b.healthPage();
        primaryTeacherPage = b.primaryTeacherPage();
        vocationalTeacherPage = b.vocationalTeacherPage();
        documentNumber = b.documentNumber();
        publicPlan = b.publicPlan();
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Times.ZONE).toLocalDateTime();
    }

    private static OffsetDateTime zoned(LocalDateTime time) {
        return time == null ? null : time.atZone(Times.ZONE).toOffsetDateTime();
    }

    /** Opens a step: only the saved ones and the one after the last saved. */
    public void goTo(int target) {
        int savedSteps = saved == null ? 0 : saved.savedSteps();
        if (target > savedSteps + 1) {
            messages.error("activity.step.previousNotSaved");
            return;
        }
        step = target;
    }

    public void saveBasics() {
        try {
            ActivityBasics basics = new ActivityBasics(name, applyScope, year, category, evaluationMethod,
                    breakMeeting, writtenExam, defense, specialtyGroups, specialtyGroupMode, reviewMode,
                    ActivitySchedule.of(zoned(applyStart), zoned(firstSubmitDeadline), zoned(resubmitDeadline),
                            zoned(committeeDeadline), deptReviewStart, deptReviewEnd), healthPage,
                    primaryTeacherPage, vocationalTeacherPage, documentNumber, publicPlan);
            if (id == null) {
                id = service.create(committee, basics);
                final Long activityId = id;
                history = new FlowLogModel((first, size) -> service.history(activityId, first, size),
                        () -> service.historySize(activityId));
            } else {
                service.saveBasics(id, basics);
            }
            savedAndNext(Activity.STEP_BASICS);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void saveScope() {
        try {
            service.saveScope(id, levels.isEmpty() ? EnumSet.noneOf(TitleLevel.class) : EnumSet.copyOf(levels),
                    new LinkedHashSet<>(specialtyIds));
            savedAndNext(Activity.STEP_SCOPE);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void saveAchievements() {
        try {
            service.saveAchievements(id, ActivityRows.Achievement.toDomain(achievements));
            savedAndNext(Activity.STEP_ACHIEVEMENTS);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void saveExceptions() {
        try {
            service.saveExceptions(id, ActivityRows.Exception.toDomain(exceptions), workExperienceText, academicText);
            savedAndNext(Activity.STEP_EXCEPTIONS);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void saveMaterials() {
        try {
            service.saveMaterials(id, ActivityRows.Material.toDomain(materials));
            savedAndNext(Activity.STEP_MATERIALS);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void saveScoring() {
        try {
            service.saveScoring(id, ActivityRows.Scoring.toDomain(scoring));
            reload();
            messages.info("activity.edit.saved");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    private void savedAndNext(int savedStep) {
        reload();
        step = Math.min(savedStep + 1, Activity.STEP_SCORING);
        messages.info("activity.edit.saved");
    }

    /** 下载导入模板 for 【导入业绩成果要求】 (SPEC §3.7.6), with the title labels of the user's language. */
    public void downloadAchievementTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AchievementSheet.writeTemplate(out, messages.format("activity.achievements.templateNote"),
                List.of(messages.format("activity.column.position") + "*",
                        messages.format("activity.achievement.title") + "*",
                        messages.format("activity.achievement.templates") + "*",
                        messages.format("activity.achievement.requirement")),
                new ArrayList<>(labels(AchievementTitle.values(), "AchievementTitle.").keySet()));
        Faces.sendFile(out.toByteArray(), messages.format("activity.achievements.templateFile"), true);
    }

    /** 【导入业绩成果要求】: the file's rows join the rows on screen; 保存 stores them (a bad file changes nothing). */
    public void importAchievements(FileUploadEvent event) {
        if (event.getFile().getSize() > ACHIEVEMENT_SHEET_MAX_BYTES) {
            messages.error("activity.achievementImport.tooLarge");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            List<AchievementRequirement> rows = AchievementSheet.read(in,
                    labels(AchievementTitle.values(), "AchievementTitle."),
                    labels(AchievementTemplate.values(), "AchievementTemplate."));
            rows.forEach(row -> achievements.add(ActivityRows.Achievement.of(row)));
            messages.info("activity.achievements.imported", rows.size());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("activity.achievementImport.notXlsx");
        }
    }

    /** Label (in the user's language) → constant, in declaration order. */
    private <E extends Enum<E>> Map<String, E> labels(E[] constants, String keyPrefix) {
        Map<String, E> result = new LinkedHashMap<>();
        for (E constant : constants) {
            result.put(messages.format(keyPrefix + constant.name()), constant);
        }
        return result;
    }

    public void addAchievement() {
        ActivityRows.Achievement row = new ActivityRows.Achievement();
        row.setPosition(ActivityRows.nextPosition(achievements.stream().map(ActivityRows.Achievement::getPosition).toList()));
        achievements.add(row);
    }

    public void removeAchievement(int index) {
        achievements.remove(index);
    }

    public void addException() {
        ActivityRows.Exception row = new ActivityRows.Exception();
        row.setPosition(ActivityRows.nextPosition(exceptions.stream().map(ActivityRows.Exception::getPosition).toList()));
        exceptions.add(row);
    }

    public void removeException(int index) {
        exceptions.remove(index);
    }

    public void addMaterial() {
        ActivityRows.Material row = new ActivityRows.Material();
        row.setPosition(ActivityRows.nextPosition(materials.stream().map(ActivityRows.Material::getPosition).toList()));
        materials.add(row);
    }

    public void removeMaterial(int index) {
        materials.remove(index);
    }

    public void addScoring() {
        ActivityRows.Scoring row = new ActivityRows.Scoring();
        row.setPosition(ActivityRows.nextPosition(scoring.stream().map(ActivityRows.Scoring::getPosition).toList()));
        scoring.add(row);
    }

    public void removeScoring(int index) {
        scoring.remove(index);
    }

    public void uploadPolicyFile(FileUploadEvent event) {
        upload(event, true);
    }

    public void uploadPlanDocument(FileUploadEvent event) {
        upload(event, false);
    }

    private void upload(FileUploadEvent event, boolean policy) {
        if (id == null) {
            messages.error("activity.edit.saveBasicsFirst");
            return;
        }
        try (InputStream content = event.getFile().getInputStream()) {
            FileRef file = policy ? service.uploadPolicyFile(id, content, event.getFile().getFileName())
                    : service.uploadPlanDocument(id, content, event.getFile().getFileName());
            reload();
            messages.info("activity.file.uploaded", file.name());
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("activity.file.failed");
        }
    }

    public void removePolicyFile(Long attachmentId) {
        if (messages.attempt(() -> service.removePolicyFile(id, attachmentId), "activity.file.removed")) {
            reload();
        }
    }

    /** Editable: a new activity, or a saved one in 草稿 / 已退回. */
    public boolean isEditable() {
        return saved == null || saved.editable();
    }

    public boolean isStepOpen(int target) {
        return target <= (saved == null ? 0 : saved.savedSteps()) + 1;
    }

    public String stepClass(int target) {
        if (step == target) {
            return "zc-step-current";
        }
        return saved != null && saved.savedSteps() >= target ? "zc-step-done" : "zc-step-todo";
    }

    // --- choices ------------------------------------------------------------------------------------------------

    public ActivityCategory[] getCategories() {
        return ActivityCategory.values();
    }

    public EvaluationMethod[] getEvaluationMethods() {
        return EvaluationMethod.values();
    }

    public WrittenExam[] getWrittenExams() {
        return WrittenExam.values();
    }

    public Defense[] getDefenses() {
        return Defense.values();
    }

    public SpecialtyGroupMode[] getSpecialtyGroupModes() {
        return SpecialtyGroupMode.values();
    }

    public ReviewMode[] getReviewModes() {
        return ReviewMode.values();
    }

    public AchievementTitle[] getAchievementTitles() {
        return AchievementTitle.values();
    }

    public AchievementTemplate[] getTemplates() {
        return AchievementTemplate.values();
    }

    public List<FileKind> getFileKinds() {
        return List.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.BMP);
    }

    // --- accessors ----------------------------------------------------------------------------------------------

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getStep() {
        return step;
    }

    public ActivityOptions getOptions() {
        return options;
    }

    public ActivityDetails getSaved() {
        return saved;
    }

    public FlowLogModel getHistory() {
        return history;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getApplyScope() {
        return applyScope;
    }

    public void setApplyScope(String applyScope) {
        this.applyScope = applyScope;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ActivityCategory getCategory() {
        return category;
    }

    public void setCategory(ActivityCategory category) {
        this.category = category;
    }

    public EvaluationMethod getEvaluationMethod() {
        return evaluationMethod;
    }

    public void setEvaluationMethod(EvaluationMethod evaluationMethod) {
        this.evaluationMethod = evaluationMethod;
    }

    public boolean isBreakMeeting() {
        return breakMeeting;
    }

    public void setBreakMeeting(boolean breakMeeting) {
        this.breakMeeting = breakMeeting;
    }

    public WrittenExam getWrittenExam() {
        return writtenExam;
    }

    public void setWrittenExam(WrittenExam writtenExam) {
        this.writtenExam = writtenExam;
    }

    public Defense getDefense() {
        return defense;
    }

    public void setDefense(Defense defense) {
        this.defense = defense;
    }

    public boolean isSpecialtyGroups() {
        return specialtyGroups;
    }

    public void setSpecialtyGroups(boolean specialtyGroups) {
        this.specialtyGroups = specialtyGroups;
    }

    public SpecialtyGroupMode getSpecialtyGroupMode() {
        return specialtyGroupMode;
    }

    public void setSpecialtyGroupMode(SpecialtyGroupMode specialtyGroupMode) {
        this.specialtyGroupMode = specialtyGroupMode;
    }

    public ReviewMode getReviewMode() {
        return reviewMode;
    }

    public void setReviewMode(ReviewMode reviewMode) {
        this.reviewMode = reviewMode;
    }

    public LocalDateTime getApplyStart() {
        return applyStart;
    }

    public void setApplyStart(LocalDateTime applyStart) {
        this.applyStart = applyStart;
    }

    public LocalDateTime getFirstSubmitDeadline() {
        return firstSubmitDeadline;
    }

    public void setFirstSubmitDeadline(LocalDateTime firstSubmitDeadline) {
        this.firstSubmitDeadline = firstSubmitDeadline;
    }

    public LocalDateTime getResubmitDeadline() {
        return resubmitDeadline;
    }

    public void setResubmitDeadline(LocalDateTime resubmitDeadline) {
        this.resubmitDeadline = resubmitDeadline;
    }

    public LocalDateTime getCommitteeDeadline() {
        return committeeDeadline;
    }

    public void setCommitteeDeadline(LocalDateTime committeeDeadline) {
        this.committeeDeadline = committeeDeadline;
    }

    public LocalDate getDeptReviewStart() {
        return deptReviewStart;
    }

    public void setDeptReviewStart(LocalDate deptReviewStart) {
        this.deptReviewStart = deptReviewStart;
    }

    public LocalDate getDeptReviewEnd() {
        return deptReviewEnd;
    }

    public void setDeptReviewEnd(LocalDate deptReviewEnd) {
        this.deptReviewEnd = deptReviewEnd;
    }

    public boolean isHealthPage() {
        return healthPage;
    }

    public void setHealthPage(boolean healthPage) {
        this.healthPage = healthPage;
    }

    public boolean isPrimaryTeacherPage() {
        return primaryTeacherPage;
    }

    public void setPrimaryTeacherPage(boolean primaryTeacherPage) {
        this.primaryTeacherPage = primaryTeacherPage;
    }

    public boolean isVocationalTeacherPage() {
        return vocationalTeacherPage;
    }

    public void setVocationalTeacherPage(boolean vocationalTeacherPage) {
        this.vocationalTeacherPage = vocationalTeacherPage;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public boolean isPublicPlan() {
        return publicPlan;
    }

    public void setPublicPlan(boolean publicPlan) {
        this.publicPlan = publicPlan;
    }

    public List<TitleLevel> getLevels() {
        return levels;
    }

    public void setLevels(List<TitleLevel> levels) {
        this.levels = levels;
    }

    public List<Long> getSpecialtyIds() {
        return specialtyIds;
    }

    public void setSpecialtyIds(List<Long> specialtyIds) {
        this.specialtyIds = specialtyIds;
    }

    public List<ActivityRows.Achievement> getAchievements() {
        return achievements;
    }

    public List<ActivityRows.Exception> getExceptions() {
        return exceptions;
    }

    public String getWorkExperienceText() {
        return workExperienceText;
    }

    public void setWorkExperienceText(String workExperienceText) {
        this.workExperienceText = workExperienceText;
    }

    public String getAcademicText() {
        return academicText;
    }

    public void setAcademicText(String academicText) {
        this.academicText = academicText;
    }

    public List<ActivityRows.Material> getMaterials() {
        return materials;
    }

    public List<ActivityRows.Scoring> getScoring() {
        return scoring;
    }
}
