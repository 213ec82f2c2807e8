package cn.zhicheng.activity;

/** The input kind of one field of an achievement template (SPEC §3.7.6). Labels: {@code FieldType.NAME}. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    DATE,
    /** A month, yyyy-MM (SPEC §4.1 month fields). */
    MONTH,
    YES_NO,
    DROPDOWN,
    /** A number; {@link TemplateField#unitKey()} names its unit (千字). */
    NUMBER
}
