package cn.zhicheng.web.unit.applications;

import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.activity.SeriesOption;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.Choices;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.review.ApplicationReviews;
import cn.zhicheng.review.BatchOutcome;
import cn.zhicheng.review.Choice;
import cn.zhicheng.review.NamedOption;
import cn.zhicheng.review.RegionOption;
import cn.zhicheng.review.ReviewFilter;
import cn.zhicheng.review.ReviewRow;
import cn.zhicheng.review.ReviewScope;
import cn.zhicheng.review.ApplicationReviewTab;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.review.RosterWorkbook;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The common part of 本单位人员审核 and 下级单位人员审核 (SPEC §3.9.2): filters, tabs with counts, the lazy table paged
 * in the database, and 批量通过 / 批量退回 / 批量不通过 on the checked rows with one opinion (at a 主管部门 / 人社部门
 * the batch pass asks 是否委托评审 once). With the Hebei layout ({@code ui.profile} = HB): the longer filter list, the
 * tabs 未审核 / 审核待定 / 已审核 and 全部导出通用表 / 批量导出通用表 (streamed xlsx, the 职称申报人员信息表 columns).
 */
public abstract class ApplicationReviewListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which decision the opinion dialog confirms. */
    public enum BatchAction { PASS, RETURN, REJECT }

    @EJB
    private ApplicationReviews reviews;

    @EJB
    private PublicSite site;

    @Inject
    private UiMessages messages;

    private List<SeriesOption> seriesOptions = List.of();
    private List<Choice> committeeOptions = List.of();
    private List<RegionOption> regionOptions = List.of();
    private List<NamedOption> departmentOptions = List.of();
    private List<String> seriesCategoryOptions = List.of();
    private ScreenLayout layout = ScreenLayout.SC;
    private List<ApplicationReviewTab> tabs = List.of();
    private boolean batchEntrustChoice;
    private Boolean batchEntrust;

    private ApplicationReviewTab tab = ApplicationReviewTab.FIRST;
    private String name;
    private Long seriesId;
    private TitleLevel level;
    private String specialty;
    private ApplicationRoute route;
    private String employerName;
    private Long committeeId;
    private ApplicationKind kind;
    // Hebei filters
    private String idNumber;
    private String qualificationName;
    private EvaluationMethod evaluationMethod;
    private Boolean entrusted;
    private String highestEducation;
    private String firstEducation;
    private String school;
    private String major;
    private String currentTitle;
    private String currentTitleLevel;
    private Integer currentTitleYears;
    private String regionCode;
    private Long departmentId;
    private String seriesCategory;
    private String specialExperience;
    private ReviewFilter applied = ReviewFilter.none();
    private Map<ApplicationReviewTab, Long> counts = new EnumMap<>(ApplicationReviewTab.class);
    private List<ReviewRow> selection = new ArrayList<>();
    private BatchAction batchAction;
    private String opinion;
    private PagedModel<ReviewRow> model;

    protected abstract ReviewScope scope();

    @PostConstruct
    void init() {
        model = new PagedModel<>((first, size) -> reviews.list(scope(), tab, applied, first, size),
                () -> reviews.count(scope(), tab, applied), ReviewRow::id);
        seriesOptions = site.series();
        committeeOptions = reviews.committeeOptions();
        layout = reviews.layout();
        tabs = reviews.tabs();
        tab = tabs.get(0);
        batchEntrustChoice = reviews.batchNeedsEntrustChoice();
        if (isHebei()) {
            regionOptions = reviews.regionOptions();
            departmentOptions = reviews.departmentOptions();
            seriesCategoryOptions = reviews.seriesCategoryOptions();
        }
        refreshCounts();
    }

    public List<SeriesOption> getSeriesOptions() {
        return seriesOptions;
    }

    private void refreshCounts() {
        counts = reviews.counts(scope(), applied);
    }

    public void search() {
        ReviewFilter.Hebei hebei = isHebei() ? new ReviewFilter.Hebei(idNumber, qualificationName, evaluationMethod,
                entrusted, highestEducation, firstEducation, school, major, currentTitle, currentTitleLevel,
                currentTitleYears, regionCode, departmentId, seriesCategory, specialExperience) : null;
        applied = new ReviewFilter(name, seriesId, level, specialty, route, employerName, committeeId, kind, hebei);
        selection = new ArrayList<>();
        refreshCounts();
    }

    public void reset() {
        name = null;
        seriesId = null;
        level = null;
        specialty = null;
        route = null;
        employerName = null;
        committeeId = null;
        kind = null;
        idNumber = null;
        qualificationName = null;
        evaluationMethod = null;
        entrusted = null;
        highestEducation = null;
        firstEducation = null;
        school = null;
        major = null;
        currentTitle = null;
        currentTitleLevel = null;
        currentTitleYears = null;
        regionCode = null;
        departmentId = null;
        seriesCategory = null;
        specialExperience = null;
        search();
    }

    public void show(ApplicationReviewTab newTab) {
        tab = newTab;
        selection = new ArrayList<>();
    }

    public void startBatch(BatchAction action) {
        if (selection.isEmpty()) {
            messages.error(new BusinessException("review.application.batchEmpty"));
            return;
        }
        batchAction = action;
        opinion = null;
        batchEntrust = null;
        Ajax.update("batchForm");
        Ajax.oncomplete("PF('batchDialog').show()");
    }

    public void confirmBatch() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        selection.forEach(row -> versions.put(row.id(), row.version()));
        try {
            BatchOutcome outcome = switch (batchAction) {
                case PASS -> reviews.passAll(versions, opinion, batchEntrustChoice ? batchEntrust : null);
                case RETURN -> reviews.returnAll(versions, opinion);
                case REJECT -> reviews.rejectAll(versions, opinion);
            };
            messages.info("unit_applications.batch.done", outcome.decided());
            for (BatchOutcome.Refusal refusal : outcome.refused()) {
                String who = selection.stream().filter(r -> r.id().equals(refusal.applicationId()))
                        .map(ReviewRow::applicantName).findFirst().orElse("");
                messages.error("unit_applications.batch.refused", who,
                        new BusinessException(refusal.key(), refusal.args().toArray()).getLocalizedMessage(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            }
            selection = new ArrayList<>();
            refreshCounts();
            Ajax.update("listForm", "messages");
            Ajax.oncomplete("PF('batchDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 全部导出通用表: every row of the tab under the applied filters. */
    public void exportAll() throws IOException {
        export(null);
    }

    /** 批量导出通用表: the checked rows. */
    public void exportChosen() throws IOException {
        if (selection.isEmpty()) {
            messages.error(new BusinessException("review.application.batchEmpty"));
            return;
        }
        export(selection.stream().map(ReviewRow::id).toList());
    }

    /** Streams the xlsx as it is written, chunk by chunk from the database (SXSSF, SPEC §4.7). */
    private void export(List<Long> chosen) throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        RosterWorkbook.Labels labels = RosterWorkbook.Labels.of(locale);
        ReviewScope exportScope = scope();
        ApplicationReviewTab exportTab = tab;
        ReviewFilter filter = applied;
        Faces.sendFile(messages.format("unit_applications.export.fileName") + ".xlsx", true,
                out -> RosterWorkbook.write(out, null, messages.format("unit_applications.export.sheet"),
                        after -> reviews.exportChunk(exportScope, exportTab, filter, chosen, after, EXPORT_CHUNK),
                        labels));
    }

    /** Rows per database round trip of an export. */
    static final int EXPORT_CHUNK = 1_000;

    public boolean isHebei() {
        return layout == ScreenLayout.HB;
    }

    /** The batch dialog asks 是否委托评审 (a pass at a 主管部门 / 人社部门). */
    public boolean isBatchEntrustShown() {
        return batchEntrustChoice && batchAction == BatchAction.PASS;
    }

    public List<Choice> getCommitteeOptions() {
        return committeeOptions;
    }

    public List<RegionOption> getRegionOptions() {
        return regionOptions;
    }

    public List<NamedOption> getDepartmentOptions() {
        return departmentOptions;
    }

    /** The 申报类别 options (HB): the catalog's series categories. */
    public List<String> getSeriesCategoryOptions() {
        return seriesCategoryOptions;
    }

    /** The 特殊经历 options (HB): the 经历类别 codes of 特殊专业技术工作经验. */
    public List<String> getSpecialExperienceCodes() {
        return Choices.of(Choices.SPECIAL_EXPERIENCE);
    }

    public ApplicationKind[] getKinds() {
        return ApplicationKind.values();
    }

    public EvaluationMethod[] getEvaluationMethods() {
        return EvaluationMethod.values();
    }

    public List<String> getEducationCodes() {
        return Choices.of(Choices.EDUCATION);
    }

    public List<String> getTitleLevelCodes() {
        return Choices.of(Choices.TITLE_LEVEL);
    }

    public boolean isOwnScope() {
        return scope() == ReviewScope.OWN;
    }

    public boolean isWaitingTab() {
        return tab.isWaiting();
    }

    public long count(ApplicationReviewTab which) {
        return counts.getOrDefault(which, 0L);
    }

    public List<ApplicationReviewTab> getTabs() {
        return tabs;
    }

    public ApplicationReviewTab getTab() {
        return tab;
    }

    public BatchAction getBatchAction() {
        return batchAction;
    }

    /** The dialog's heading key; PASS before any batch button was pressed (the dialog is rendered hidden). */
    public String getBatchLabelKey() {
        return "unit_applications.batch." + (batchAction == null ? BatchAction.PASS : batchAction).name();
    }

    public int getSelectedCount() {
        return selection.size();
    }

    public TitleLevel[] getLevels() {
        return TitleLevel.values();
    }

    public ApplicationRoute[] getRoutes() {
        return ApplicationRoute.values();
    }

    public PagedModel<ReviewRow> getModel() {
        return model;
    }

    public List<ReviewRow> getSelection() {
        return selection;
    }

    public void setSelection(List<ReviewRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public void setRoute(ApplicationRoute route) {
        this.route = route;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public void setQualificationName(String qualificationName) {
        this.qualificationName = qualificationName;
    }

    public EvaluationMethod getEvaluationMethod() {
        return evaluationMethod;
    }

    public void setEvaluationMethod(EvaluationMethod evaluationMethod) {
        this.evaluationMethod = evaluationMethod;
    }

    public Boolean getEntrusted() {
        return entrusted;
    }

    public void setEntrusted(Boolean entrusted) {
        this.entrusted = entrusted;
    }

    public String getHighestEducation() {
        return highestEducation;
    }

    public void setHighestEducation(String highestEducation) {
        this.highestEducation = highestEducation;
    }

    public String getFirstEducation() {
        return firstEducation;
    }

    public void setFirstEducation(String firstEducation) {
        this.firstEducation = firstEducation;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public String getCurrentTitle() {
        return currentTitle;
    }

    public void setCurrentTitle(String currentTitle) {
        this.currentTitle = currentTitle;
    }

    public String getCurrentTitleLevel() {
        return currentTitleLevel;
    }

    public void setCurrentTitleLevel(String currentTitleLevel) {
        this.currentTitleLevel = currentTitleLevel;
    }

    public Integer getCurrentTitleYears() {
        return currentTitleYears;
    }

    public void setCurrentTitleYears(Integer currentTitleYears) {
        this.currentTitleYears = currentTitleYears;
    }

    public Boolean getBatchEntrust() {
        return batchEntrust;
    }

    public void setBatchEntrust(Boolean batchEntrust) {
        this.batchEntrust = batchEntrust;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSeriesCategory() {
        return seriesCategory;
    }

    public void setSeriesCategory(String seriesCategory) {
        this.seriesCategory = seriesCategory;
    }

    public String getSpecialExperience() {
        return specialExperience;
    }

    public void setSpecialExperience(String specialExperience) {
        this.specialExperience = specialExperience;
    }
}
