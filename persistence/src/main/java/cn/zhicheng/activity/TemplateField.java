package cn.zhicheng.activity;

/**
 * One field of an achievement template: its key (bundle {@code AchievementField.TEMPLATE.key}), input kind, whether it
 * is required (the manuals' asterisk) and its maximum length (0 = none stated). The applicant form, the 一览表 and
 * the exports all render from these definitions.
 */
public record TemplateField(String key, FieldType type, boolean required, int maxLength, String unitKey) {

    static TemplateField required(String key, FieldType type) {
        return new TemplateField(key, type, true, 0, null);
    }

    static TemplateField required(String key, FieldType type, int maxLength) {
        return new TemplateField(key, type, true, maxLength, null);
    }

    static TemplateField optional(String key, FieldType type) {
        return new TemplateField(key, type, false, 0, null);
    }

    static TemplateField optional(String key, FieldType type, int maxLength) {
        return new TemplateField(key, type, false, maxLength, null);
    }

    static TemplateField thousandWords(String key) {
        return new TemplateField(key, FieldType.NUMBER, true, 0, "unit.thousandWords");
    }
}
