package cn.zhicheng.web.activity;

import cn.zhicheng.activity.ActivityDetails;
import cn.zhicheng.activity.ActivityPublicationReviews;
import cn.zhicheng.web.shell.FlowLogModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /unit/activities/detail.xhtml?id=}: the full-screen view of a submitted activity with its 流转日志. */
@Named
@ViewScoped
public class ActivityReviewDetailBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPublicationReviews service;

    private Long id;
    private ActivityDetails details;
    private FlowLogModel history;

    public void load() {
        details = service.details(id);
        final Long activityId = id;
        history = new FlowLogModel((first, size) -> service.history(activityId, first, size),
                () -> service.historySize(activityId));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityDetails getDetails() {
        return details;
    }

    public FlowLogModel getHistory() {
        return history;
    }
}
