package cn.zhicheng.shared;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

/**
 * A refusal because the caller may not touch this data or function at all (another unit's record, a missing
 * permission), as opposed to a refused business action. Screens answer it with HTTP 403, never with the data.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
