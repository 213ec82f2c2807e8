package cn.zhicheng.web.activity;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activities;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /committee/activities/defaults.xhtml} (默认业绩成果配置, SPEC §3.7.6): the committee's default achievement rows,
 * pre-filled into every activity created afterwards.
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

    private List<ActivityRows.Achievement> achievements = new ArrayList<>();

    @PostConstruct
    void init() {
        achievements = new ArrayList<>(service.defaultAchievements().stream().map(ActivityRows.Achievement::of).toList());
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
            service.saveDefaultAchievements(ActivityRows.Achievement.toDomain(achievements));
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
