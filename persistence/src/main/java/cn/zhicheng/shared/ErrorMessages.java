package cn.zhicheng.shared;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Resolves error keys of the shared {@code errors} bundle (zh_CN default, en complete) for any module. */
public final class ErrorMessages {

    public static final String BUNDLE = "cn.zhicheng.shared.errors";

    private ErrorMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] resolved = arguments.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof Label label) {
                    resolved[i] = label.text(locale);
                } else if (resolved[i] instanceof Collection<?> labels) {
                    resolved[i] = labels.stream()
                            .map(item -> item instanceof Label label ? label.text(locale) : String.valueOf(item))
                            .collect(Collectors.joining(Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                                    ? "、" : ", "));
                }
            }
            return new MessageFormat(bundle.getString(key), locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
