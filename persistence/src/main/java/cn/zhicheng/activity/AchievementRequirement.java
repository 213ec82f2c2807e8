package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of 业绩成果需求配置 (SPEC §3.7.6): 序号 (display order), 展示标题, one or more 模板类别 and the 业绩要求描述 shown
 * to applicants. Used by activities and by the committee's default configuration.
 */
@Embeddable
public class AchievementRequirement implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int REQUIREMENT_MAX = 1000;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "title", nullable = false, length = 32)
    private AchievementTitle title;

    @Convert(converter = TemplateSetConverter.class)
    @Column(name = "templates", nullable = false, length = 200)
    private Set<AchievementTemplate> templates = EnumSet.noneOf(AchievementTemplate.class);

    @Column(name = "requirement", length = REQUIREMENT_MAX)
    private String requirement;

    protected AchievementRequirement() {
    }

    /** A checked row; {@code row} (1-based) names the row in messages. */
    public static AchievementRequirement of(int row, Integer position, AchievementTitle title,
                                            Set<AchievementTemplate> templates, String requirement) {
        if (position == null || position < 1) {
            throw new BusinessException("activity.row.position", row);
        }
        if (title == null) {
            throw new BusinessException("activity.achievement.title.required", row);
        }
        if (templates == null || templates.isEmpty()) {
            throw new BusinessException("activity.achievement.templates.required", row);
        }
        String text = requirement == null || requirement.isBlank() ? null : requirement.strip();
        if (text != null && text.length() > REQUIREMENT_MAX) {
            throw new BusinessException("activity.achievement.requirement.tooLong", row, REQUIREMENT_MAX);
        }
        AchievementRequirement result = new AchievementRequirement();
        result.position = position;
        result.title = title;
        result.templates = EnumSet.copyOf(templates);
        result.requirement = text;
        return result;
    }

    public AchievementRequirement copy() {
        return of(1, position, title, templates, requirement);
    }

    public int getPosition() {
        return position;
    }

    public AchievementTitle getTitle() {
        return title;
    }

    public Set<AchievementTemplate> getTemplates() {
        return templates.isEmpty() ? EnumSet.noneOf(AchievementTemplate.class) : EnumSet.copyOf(templates);
    }

    public String getRequirement() {
        return requirement;
    }
}
