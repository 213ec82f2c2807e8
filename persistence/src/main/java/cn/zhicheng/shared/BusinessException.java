package cn.zhicheng.shared;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * The one typed exception for a refused business action or invalid value. It carries a key of the
 * {@code cn.zhicheng.shared.errors} bundle and its arguments, so that screens, imports and APIs show the same
 * message in the user's language. Rolls back the container transaction it crosses.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The message in the given locale, from the shared errors bundle. */
    public String getLocalizedMessage(java.util.Locale locale) {
        return ErrorMessages.format(locale, messageKey, arguments);
    }
}
