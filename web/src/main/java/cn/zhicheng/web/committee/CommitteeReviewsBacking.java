package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeDetails;
import cn.zhicheng.committee.CommitteeFilingReviews;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.web.shell.TabbedDecisionsBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;

/**
 * {@code /unit/committees/reviews.xhtml} (评委会备案审核, SPEC §3.5.2): the 待审核 / 审核通过 / 审核不通过 tabs with
 * counts, 审核 (the filing content with 审核通过 / 审核不通过), and batch pass / reject of the checked rows with one
 * opinion (required to reject).
 */
@Named
@ViewScoped
public class CommitteeReviewsBacking extends TabbedDecisionsBacking<CommitteeRow, CommitteeDetails> {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeFilingReviews service;

    @Override
    protected boolean isMultiPostConfigured() {
        return service.isMultiPostConfigured();
    }

    @Override
    protected List<CommitteeRow> rows(ReviewTab tab, String name, int first, int pageSize) {
        return service.list(tab, name, first, pageSize);
    }

    @Override
    protected long countRows(ReviewTab tab, String name) {
        return service.count(tab, name);
    }

    @Override
    protected Long idOf(CommitteeRow row) {
        return row.id();
    }

    @Override
    protected CommitteeDetails details(Long id) {
        return service.pendingDetails(id);
    }

    @Override
    protected Long idOfDetails(CommitteeDetails details) {
        return details.id();
    }

    @Override
    protected int passAll(List<Long> ids, String opinion) {
        return service.pass(ids, opinion);
    }

    @Override
    protected int rejectAll(List<Long> ids, String opinion) {
        return service.reject(ids, opinion);
    }

    @Override
    protected String messagePrefix() {
        return "committee";
    }
}
