package cn.zhicheng.web.activity;

import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.ActivityPublicationReviews;
import cn.zhicheng.activity.ActivityRow;
import cn.zhicheng.committee.ReviewTab;
import cn.zhicheng.web.shell.TabbedDecisionsBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;

/**
 * {@code /unit/activities/reviews.xhtml} (评审活动发布审核, SPEC §3.7.10): the 待审核 / 审核通过 / 审核不通过 tabs with
 * counts, 审核 (the activity's content with 审核通过 / 审核不通过), the full-screen view, and batch pass / return of the
 * checked rows with one opinion (required to return).
 */
@Named
@ViewScoped
public class ActivityReviewsBacking extends TabbedDecisionsBacking<ActivityRow, ActivityDetails> {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPublicationReviews service;

    @Override
    protected boolean isMultiPostConfigured() {
        return service.isMultiPostConfigured();
    }

    @Override
    protected List<ActivityRow> rows(ReviewTab tab, String name, int first, int pageSize) {
        return service.list(tab, name, first, pageSize);
    }

    @Override
    protected long countRows(ReviewTab tab, String name) {
        return service.count(tab, name);
    }

    @Override
    protected Long idOf(ActivityRow row) {
        return row.id();
    }

    @Override
    protected ActivityDetails details(Long id) {
        return service.details(id);
    }

    @Override
    protected Long idOfDetails(ActivityDetails details) {
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
        return "activity";
    }
}
