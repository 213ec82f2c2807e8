package cn.zhicheng.web.unit.applications;

import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.activity.SeriesOption;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.review.ApplicationReviews;
import cn.zhicheng.review.BatchOutcome;
import cn.zhicheng.review.ReviewFilter;
import cn.zhicheng.review.ReviewRow;
import cn.zhicheng.review.ReviewScope;
import cn.zhicheng.review.ApplicationReviewTab;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common part of 本单位人员审核 and 下级单位人员审核 (SPEC §3.9.2 SC layout): filters, tabs with counts, the
 * lazy table paged in the database, and 批量通过 / 批量退回 / 批量不通过 on the checked rows with one opinion.
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

    private ApplicationReviewTab tab = ApplicationReviewTab.FIRST;
    private String name;
    private Long seriesId;
    private TitleLevel level;
    private String specialty;
    private ApplicationRoute route;
    private String employerName;
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
        refreshCounts();
    }

    public List<SeriesOption> getSeriesOptions() {
        return seriesOptions;
    }

    private void refreshCounts() {
        counts = reviews.counts(scope(), applied);
    }

    public void search() {
        applied = new ReviewFilter(name, seriesId, level, specialty, route, employerName, null);
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
        Ajax.update("batchForm");
        Ajax.oncomplete("PF('batchDialog').show()");
    }

    public void confirmBatch() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        selection.forEach(row -> versions.put(row.id(), row.version()));
        try {
            BatchOutcome outcome = switch (batchAction) {
                case PASS -> reviews.passAll(versions, opinion);
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

    public boolean isOwnScope() {
        return scope() == ReviewScope.OWN;
    }

    public boolean isWaitingTab() {
        return tab.isWaiting();
    }

    public long count(ApplicationReviewTab which) {
        return counts.getOrDefault(which, 0L);
    }

    public ApplicationReviewTab[] getTabs() {
        return ApplicationReviewTab.values();
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
}
