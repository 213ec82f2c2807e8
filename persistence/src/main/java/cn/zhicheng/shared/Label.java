package cn.zhicheng.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message argument that is itself translated: a key of a named bundle (a field or section label), so that a refusal
 * such as "「毕业院校」不能为空" reads right in every language. {@link ErrorMessages} resolves it when formatting.
 */
public record Label(String bundle, String key) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A name entered by users (a material's name): shown as it is in every language. */
    public static final String LITERAL = "";

    public String text(Locale locale) {
        if (LITERAL.equals(bundle)) {
            return key;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ResourceBundle resources = ResourceBundle.getBundle(bundle, locale,
                    loader == null ? Label.class.getClassLoader() : loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return resources.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String toString() {
        return text(Locale.SIMPLIFIED_CHINESE);
    }
}
