package cn.zhicheng.application;

/** Where the form's labels live: section, field, file and choice names ({@code fields}); achievement field names. */
public final class FormLabels {

    public static final String FIELDS_BUNDLE = "cn.zhicheng.application.fields";
    /** Achievement template labels are the activity screens' (SPEC §3.7.6), kept in the web bundle. */
    public static final String WEB_BUNDLE = "cn.zhicheng.web.i18n.text";

    private FormLabels() {
    }
}
