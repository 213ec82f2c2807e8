package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeDetails;
import cn.zhicheng.committee.CommitteeFilingReviews;
import cn.zhicheng.committee.CommitteeRow;
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
 * {@code /unit/committees/reviews.xhtml} (评委会备案审核, SPEC §3.5.2): the 待审核 / 审核通过 / 审核不通过 tabs with
 * counts, 审核 (the filing content with 审核通过 / 审核不通过), and batch pass / reject of the checked rows with one
 * opinion (required to reject).
 */
@Named
@ViewScoped
public class CommitteeReviewsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilingReviews service;

    @Inject
    private UiMessages messages;

    private ReviewTab tab = ReviewTab.PENDING;
    private String name;
    private String appliedName;
    private List<CommitteeRow> selection = new ArrayList<>();
    private List<Long> deciding = List.of();
    private boolean passing;
    private String opinion;
    private CommitteeDetails reviewed;
    private boolean configured;
    private PagedModel<CommitteeRow> model;

    @PostConstruct
    void init() {
        configured = service.isMultiPostConfigured();
        model = new PagedModel<>((first, size) -> service.list(tab, appliedName, first, size),
                () -> service.count(tab, appliedName), CommitteeRow::id);
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

    /** 审核: the filing content in a dialog with 审核通过 / 审核不通过. */
    public void review(CommitteeRow row) {
        try {
            reviewed = service.pendingDetails(row.id());
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
            messages.error("committee.review.noneSelected");
            return;
        }
        start(selection.stream().map(CommitteeRow::id).toList(), pass);
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
            messages.info(passing ? "committee.reviews.passed" : "committee.reviews.rejected", count);
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

    public int getTabIndex() {
        return tab.ordinal();
    }

    public void setTabIndex(int index) {
        // the tab is chosen by the buttons; the index only mirrors it
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

    public PagedModel<CommitteeRow> getModel() {
        return model;
    }

    public List<CommitteeRow> getSelection() {
        return selection;
    }

    public void setSelection(List<CommitteeRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public CommitteeDetails getReviewed() {
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
