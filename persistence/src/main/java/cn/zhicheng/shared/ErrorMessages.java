package cn.zhicheng.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves error keys of the shared {@code errors} bundle (zh_CN default, en complete) for any module. */
public final class ErrorMessages {

    public static final String BUNDLE = "cn.zhicheng.shared.errors";

    private ErrorMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
