package cn.zhicheng.application;

import cn.zhicheng.activity.FieldType;
import cn.zhicheng.activity.TemplateField;

/**
 * One input of a form section: its key (label {@code field.SECTION.key} in the {@code fields} bundle), kind, whether
 * it is required, its maximum length (0 = none) and, for a dropdown, the name of its {@link Choices} list. Screens,
 * validation, the 一览表 and exports all read these definitions.
 */
public record FormField(String key, FieldType type, boolean required, int maxLength, String choices) {

    static FormField required(String key, FieldType type) {
        return new FormField(key, type, true, defaultMax(type), null);
    }

    static FormField required(String key, FieldType type, int maxLength) {
        return new FormField(key, type, true, maxLength, null);
    }

    static FormField optional(String key, FieldType type, int maxLength) {
        return new FormField(key, type, false, maxLength, null);
    }

    static FormField choice(String key, boolean required, String choices) {
        return new FormField(key, FieldType.DROPDOWN, required, 0, choices);
    }

    static FormField yesNo(String key) {
        return new FormField(key, FieldType.YES_NO, true, 0, Choices.YES_NO);
    }

    /** An achievement template's field (SPEC §3.7.6) seen as a form field; its dropdown list is named by its key. */
    static FormField of(TemplateField field) {
        String list = switch (field.type()) {
            case DROPDOWN -> Choices.forAchievementField(field.key());
            case YES_NO -> Choices.YES_NO;
            default -> null;
        };
        return new FormField(field.key(), field.type(), field.required(), field.maxLength(), list);
    }

    private static int defaultMax(FieldType type) {
        return switch (type) {
            case TEXT -> 100;
            case TEXTAREA -> 2000;
            default -> 0;
        };
    }
}
