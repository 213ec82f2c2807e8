package cn.zhicheng.web.expert;

import cn.zhicheng.expert.ExpertPoolReviews;
import cn.zhicheng.expert.ExpertView;
import cn.zhicheng.expert.PoolRow;
import cn.zhicheng.expert.PoolSummary;
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
 * {@code /unit/experts/reviews.xhtml} (专家库审核, SPEC §3.6.4): committees with experts waiting for the caller's
 * unit with 主任委员, 副主任委员, 在库专家数, 待审专家数; 审核 opens the pending list with checkboxes; 通过 and 退回 (with a
 * reason, confirmed) for one row or the checked rows; 查看详情.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ExpertPoolReviews reviews;

    @Inject
    private UiMessages messages;

    private PagedModel<PoolSummary> committees;
    private PagedModel<PoolRow> pending;
    private PoolSummary reviewing;
    private List<PoolRow> selection = new ArrayList<>();
    private List<Long> returning = List.of();
    private String reason;
    private ExpertView detail;

    @PostConstruct
    void init() {
        reviews.countCommittees();
        committees = new PagedModel<>((first, size) -> reviews.committees(first, size), () -> reviews.countCommittees(),
                PoolSummary::committeeId);
    }

    public void review(PoolSummary summary) {
        reviewing = reviews.summary(summary.committeeId());
        Long committeeId = summary.committeeId();
        pending = new PagedModel<>((first, size) -> reviews.pending(committeeId, null, first, size),
                () -> reviews.countPending(committeeId, null), PoolRow::memberId);
        selection = new ArrayList<>();
    }

    public void view(PoolRow row) {
        detail = reviews.view(row.memberId());
        Ajax.oncomplete("PF('detailDialog').show()");
    }

    public void approve(PoolRow row) {
        approve(List.of(row.memberId()));
    }

    public void approveSelected() {
        approve(selection.stream().map(PoolRow::memberId).toList());
    }

    private void approve(List<Long> ids) {
        try {
            messages.info("expert.review.approved", reviews.approve(ids));
            afterDecision();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void startReturn(PoolRow row) {
        returning = List.of(row.memberId());
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public void startReturnSelected() {
        if (selection.isEmpty()) {
            messages.error(new BusinessException("expert.pool.selectionEmpty"));
            return;
        }
        returning = selection.stream().map(PoolRow::memberId).toList();
        reason = null;
        Ajax.oncomplete("PF('returnDialog').show()");
    }

    public void confirmReturn() {
        try {
            messages.info("expert.review.returned", reviews.returnWith(returning, reason));
            afterDecision();
            Ajax.update("reviewForm", "messages");
            Ajax.oncomplete("PF('returnDialog').hide()");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    private void afterDecision() {
        selection = new ArrayList<>();
        reviewing = reviews.summary(reviewing.committeeId());
    }

    public PagedModel<PoolSummary> getCommittees() {
        return committees;
    }

    public PagedModel<PoolRow> getPending() {
        return pending;
    }

    public PoolSummary getReviewing() {
        return reviewing;
    }

    public List<PoolRow> getSelection() {
        return selection;
    }

    public void setSelection(List<PoolRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getReturningCount() {
        return returning.size();
    }

    public ExpertView getDetail() {
        return detail;
    }
}
