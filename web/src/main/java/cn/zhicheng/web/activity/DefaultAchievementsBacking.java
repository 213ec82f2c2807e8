package cn.zhicheng.web.activity;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activities;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /committee/activities/defaults.xhtml} and {@code /unit/activities/defaults.xhtml?committee=ID} (默认业绩成果配置,
 * SPEC §3.7.6): the committee's default achievement rows, pre-filled into every activity created afterwards. Without
 * a committee parameter, the caller's first (for a committee administrator: their own) committee.
 */
@Named
@ViewScoped
public class DefaultAchievementsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private Activities service;

    @Inject
    private UiMessages messages;

    private Long committee;
    private List<ActivityRows.Achievement> achievements = new ArrayList<>();

    /** The view action: the committee's saved defaults. */
    public void load() {
        if (committee == null) {
            committee = service.committees().stream().findFirst().map(CommitteeChoice::id).orElse(null);
        }
        achievements = new ArrayList<>(service.defaultAchievements(committee).stream()
                .map(ActivityRows.Achievement::of).toList());
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public void add() {
        ActivityRows.Achievement row = new ActivityRows.Achievement();
        row.setPosition(ActivityRows.nextPosition(achievements.stream().map(ActivityRows.Achievement::getPosition).toList()));
        achievements.add(row);
    }

    public void removeAchievement(int index) {
        achievements.remove(index);
    }

    public void save() {
        try {
            service.saveDefaultAchievements(committee, ActivityRows.Achievement.toDomain(achievements));
            messages.info("activity.defaults.saved");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public AchievementTitle[] getAchievementTitles() {
        return AchievementTitle.values();
    }

    public AchievementTemplate[] getTemplates() {
        return AchievementTemplate.values();
    }

    public List<ActivityRows.Achievement> getAchievements() {
        return achievements;
    }
}
