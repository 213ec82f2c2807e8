package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * An entry as a dialog posts it: the section, for 业绩成果 the achievement title (its 序号) and template, the values
 * by field key, and the entry it replaces (null for a new one).
 */
public record EntryInput(Long entryId, FormSection section, Integer requirementPosition, AchievementTemplate template,
                         Map<String, String> values) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
