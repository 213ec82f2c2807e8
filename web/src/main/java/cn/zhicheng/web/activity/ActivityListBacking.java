package cn.zhicheng.web.activity;

import cn.zhicheng.activity.Activities;
import cn.zhicheng.activity.ActivityOptions;
import cn.zhicheng.activity.ActivityRow;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.ActivityStatus;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code /committee/activities/list.xhtml} and {@code /unit/activities/list.xhtml?committee=ID} (评审活动发布 /
 * 评审活动管理, SPEC §3.7.1, §3.7.10, §0.4): the committee administrator's own committee, or the one the unit staff
 * member chose among the committees their unit formed (选择评委会, the first by default); the committee's activities
 * with 新增评审活动, 编辑 / 查看, and 提交审核 (SC) or 确认发布 (SX) by the province setting
 * {@code activity.publishApproval}; 延长截止时间 of a published activity (later only); a hint instead of 新增 while the
 * committee's filing is not valid.
 */
@Named
@ViewScoped
public class ActivityListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private Activities service;

    @Inject
    private UiMessages messages;

    private Long committee;
    private List<CommitteeChoice> committees = List.of();
    private ActivityOptions options;
    private String name;
    private String appliedName;
    private PagedModel<ActivityRow> model;
    private ActivityRow extending;
    private LocalDateTime firstSubmitDeadline;
    private LocalDateTime resubmitDeadline;
    private LocalDateTime committeeDeadline;

    /** The view action: the caller's committees, the chosen one (or the first), its options and activities. */
    public void load() {
        committees = service.committees();
        if (committee == null && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        if (committee == null) {
            return;
        }
        options = service.options(committee);
        final Long chosen = committee;
        model = new PagedModel<>((first, size) -> service.list(chosen, appliedName, first, size),
                () -> service.count(chosen, appliedName), ActivityRow::id);
    }

    /** 选择评委会: the page again, for the chosen committee. */
    public void changeCommittee() {
        Faces.redirect(Faces.getViewId().substring(1) + "?committee=%s", committee);
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public List<CommitteeChoice> getCommittees() {
        return committees;
    }

    public void search() {
        appliedName = name;
    }

    public void submit(ActivityRow row) {
        messages.attempt(() -> service.submit(row.id()), "activity.list.submitted", row.name());
    }

    public void publish(ActivityRow row) {
        messages.attempt(() -> service.publish(row.id()), "activity.list.published", row.name());
    }

    /** 延长截止时间 of a published activity: the dialog starts from the current deadlines. */
    public void startExtend(ActivityRow row) {
        ActivitySchedule schedule = service.details(row.id()).basics().schedule();
        extending = row;
        firstSubmitDeadline = local(schedule.getFirstSubmitDeadline());
        resubmitDeadline = local(schedule.getResubmitDeadline());
        committeeDeadline = local(schedule.getCommitteeDeadline());
        Ajax.update("extendForm");
        Ajax.oncomplete("PF('extendDialog').show()");
    }

    public void extend() {
        if (messages.attempt(() -> service.extendDeadlines(extending.id(), zoned(firstSubmitDeadline),
                zoned(resubmitDeadline), zoned(committeeDeadline)), "activity.list.extended", extending.name())) {
            Ajax.oncomplete("PF('extendDialog').hide()");
        }
    }

    public boolean isPublished(ActivityRow row) {
        return row.status() == ActivityStatus.PUBLISHED;
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(Times.ZONE).toLocalDateTime();
    }

    private static OffsetDateTime zoned(LocalDateTime time) {
        return time == null ? null : time.atZone(Times.ZONE).toOffsetDateTime();
    }

    public ActivityRow getExtending() {
        return extending;
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

    public boolean canSubmit(ActivityRow row) {
        return options.isReviewed() && row.editable();
    }

    public boolean canPublish(ActivityRow row) {
        return !options.isReviewed() && row.editable();
    }

    public boolean isReturned(ActivityRow row) {
        return row.status() == ActivityStatus.RETURNED;
    }

    public ActivityOptions getOptions() {
        return options;
    }

    public PagedModel<ActivityRow> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
