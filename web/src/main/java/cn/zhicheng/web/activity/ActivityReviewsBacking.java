package cn.zhicheng.web.activity;

import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.ActivityPublicationReviews;
import cn.zhicheng.activity.ActivityRow;
import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /unit/activities/reviews.xhtml} (评审活动发布审核, SPEC §3.7.10): the 待审核 / 审核通过 / 审核不通过 tabs with
 * counts, 审核 (the activity's content with 审核通过 / 审核不通过), the full-screen view, and batch pass / return of the
 * checked rows with one opinion (required to return).
 */
@Named
@ViewScoped
public class ActivityReviewsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPublicationReviews service;

    @Inject
    private UiMessages messages;

    private ReviewTab tab = ReviewTab.PENDING;
    private String name;
    private String appliedName;
    private List<ActivityRow> selection = new ArrayList<>();
    private List<Long> deciding = List.of();
    private boolean passing;
    private String opinion;
    private ActivityDetails reviewed;
    private boolean configured;
    private PagedModel<ActivityRow> model;

    @PostConstruct
    void init() {
        configured = service.isMultiPostConfigured();
        model = new PagedModel<>((first, size) -> service.list(tab, appliedName, first, size),
                () -> service.count(tab, appliedName), ActivityRow::id);
    }

    public void search() {
        appliedName = name;
        selection = new ArrayList<>();
    }

    public void show(ReviewTab newTab) {
        tab = newTab;
        selection = new ArrayList<>();
    }

    public long count(ReviewTab which) {
        return service.count(which, appliedName);
    }

    public void review(ActivityRow row) {
        try {
            reviewed = service.details(row.id());
            Ajax.oncomplete("PF('reviewDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void startPassReviewed() {
        start(List.of(reviewed.id()), true);
    }

    public void startRejectReviewed() {
        start(List.of(reviewed.id()), false);
    }

    public void startPassSelected() {
        startSelected(true);
    }

    public void startRejectSelected() {
        startSelected(false);
    }

    private void startSelected(boolean pass) {
        if (selection.isEmpty()) {
            messages.error("activity.review.noneSelected");
            return;
        }
        start(selection.stream().map(ActivityRow::id).toList(), pass);
    }

    private void start(List<Long> ids, boolean pass) {
        deciding = ids;
        passing = pass;
        opinion = null;
        Ajax.update("opinionForm");
        Ajax.oncomplete("PF('reviewDialog').hide();PF('opinionDialog').show()");
    }

    public void confirm() {
        try {
            int count = passing ? service.pass(deciding, opinion) : service.reject(deciding, opinion);
            messages.info(passing ? "activity.reviews.passed" : "activity.reviews.rejected", count);
            selection = new ArrayList<>();
            Ajax.update("listForm", "messages");
            Ajax.oncomplete("PF('opinionDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isPendingTab() {
        return tab == ReviewTab.PENDING;
    }

    public ReviewTab getTab() {
        return tab;
    }

    public ReviewTab[] getTabs() {
        return ReviewTab.values();
    }

    public boolean isPassing() {
        return passing;
    }

    public int getDecidingCount() {
        return deciding.size();
    }

    public boolean isConfigured() {
        return configured;
    }

    public PagedModel<ActivityRow> getModel() {
        return model;
    }

    public List<ActivityRow> getSelection() {
        return selection;
    }

    public void setSelection(List<ActivityRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public ActivityDetails getReviewed() {
        return reviewed;
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
}
