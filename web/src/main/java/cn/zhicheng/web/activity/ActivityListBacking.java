package cn.zhicheng.web.activity;

import cn.zhicheng.activity.Activities;
import cn.zhicheng.activity.ActivityOptions;
import cn.zhicheng.activity.ActivityRow;
import cn.zhicheng.activity.ActivityStatus;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /committee/activities/list.xhtml} (评审活动发布 / 评审活动管理, SPEC §3.7.1, §3.7.10): the committee's activities
 * with 新增评审活动, 编辑 / 查看, and 提交审核 (SC) or 确认发布 (SX) by the province setting
 * {@code activity.publishApproval}; a hint instead of 新增 while the committee's filing is not valid.
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

    private ActivityOptions options;
    private String name;
    private String appliedName;
    private PagedModel<ActivityRow> model;

    @PostConstruct
    void init() {
        options = service.options();
        model = new PagedModel<>((first, size) -> service.mine(appliedName, first, size),
                () -> service.countMine(appliedName), ActivityRow::id);
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
