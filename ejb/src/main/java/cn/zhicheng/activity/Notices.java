package cn.zhicheng.activity;

import cn.zhicheng.notice.Notice;
import cn.zhicheng.notice.NoticeType;
import cn.zhicheng.shared.Times;
import jakarta.persistence.EntityManager;

/** The system-generated notice of a published activity (SPEC §3.7.10, §3.14.1: 通知公告). */
public final class Notices {

    private Notices() {
    }

    public static void postPublished(EntityManager em, Activity activity) {
        StringBuilder body = new StringBuilder()
                .append(activity.getCommittee().getName()).append("发布").append(activity.getYear()).append("年度评审活动。")
                .append("申报范围：").append(activity.getApplyScope()).append("。")
                .append("申报时间：").append(Times.display(activity.getSchedule().getApplyStart())).append(" 至 ")
                .append(Times.display(activity.getSchedule().getFirstSubmitDeadline())).append("。");
        if (activity.getDocumentNumber() != null) {
            body.append("文号：").append(activity.getDocumentNumber()).append("。");
        }
        if (activity.isPublicPlan()) {
            body.append("评审工作方案对外公开。");
        }
        em.persist(new Notice(NoticeType.NOTICE, activity.getName(), body.toString(),
                activity.getCommittee().getName(), activity.getId(), activity.getPublishedAt()));
    }
}
