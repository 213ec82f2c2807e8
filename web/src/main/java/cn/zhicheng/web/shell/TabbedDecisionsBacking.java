package cn.zhicheng.web.shell;

import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The common screen of a unit's filing reviews (评委会备案审核 SPEC §3.5.2, 评审活动发布审核 §3.7.10): the 待审核 /
 * 审核通过 / 审核不通过 tabs with counts and a name search, 审核 of one row in a dialog, and pass or reject of that row
 * or of the checked rows with one opinion. Subclasses name the service calls and their message keys.
 *
 * @param <R> the list row
 * @param <D> the details the 审核 dialog shows
 */
public abstract class TabbedDecisionsBacking<R, D> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    protected UiMessages messages;

    private ReviewTab tab = ReviewTab.PENDING;
    private String name;
    private String appliedName;
    private List<R> selection = new ArrayList<>();
    private List<Long> deciding = List.of();
    private boolean passing;
    private String opinion;
    private D reviewed;
    private boolean configured;
    private PagedModel<R> model;

    protected abstract boolean isMultiPostConfigured();

    protected abstract List<R> rows(ReviewTab tab, String name, int first, int pageSize);

    protected abstract long countRows(ReviewTab tab, String name);

    protected abstract Long idOf(R row);

    protected abstract D details(Long id);

    protected abstract Long idOfDetails(D details);

    protected abstract int passAll(List<Long> ids, String opinion);

    protected abstract int rejectAll(List<Long> ids, String opinion);

    /** The prefix of the message keys: {@code .review.noneSelected}, {@code .reviews.passed}, {@code .reviews.rejected}. */
    protected abstract String messagePrefix();

    @PostConstruct
    void init() {
        configured = isMultiPostConfigured();
        model = new PagedModel<>((first, size) -> rows(tab, appliedName, first, size),
                () -> countRows(tab, appliedName), this::idOf);
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
        return countRows(which, appliedName);
    }

    public void review(R row) {
        try {
            reviewed = details(idOf(row));
            Ajax.oncomplete("PF('reviewDialog').show()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void startPassReviewed() {
        start(List.of(idOfDetails(reviewed)), true);
    }

    public void startRejectReviewed() {
        start(List.of(idOfDetails(reviewed)), false);
    }

    public void startPassSelected() {
        startSelected(true);
    }

    public void startRejectSelected() {
        startSelected(false);
    }

    private void startSelected(boolean pass) {
        if (selection.isEmpty()) {
            messages.error(messagePrefix() + ".review.noneSelected");
            return;
        }
        start(selection.stream().map(this::idOf).toList(), pass);
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
            int count = passing ? passAll(deciding, opinion) : rejectAll(deciding, opinion);
            messages.info(messagePrefix() + (passing ? ".reviews.passed" : ".reviews.rejected"), count);
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

    public int getTabIndex() {
        return tab.ordinal();
    }

    public void setTabIndex(int index) {
        // the tab is chosen by the buttons; the index only mirrors it
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

    public PagedModel<R> getModel() {
        return model;
    }

    public List<R> getSelection() {
        return selection;
    }

    public void setSelection(List<R> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public D getReviewed() {
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
