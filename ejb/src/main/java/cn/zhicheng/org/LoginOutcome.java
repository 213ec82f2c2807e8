package cn.zhicheng.org;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The result of checking a log-in: the reason a log-in was refused is kept so that the login page can say it
 * (locked until when, disabled), without revealing whether an unknown name exists.
 */
public record LoginOutcome(Result result, String loginName, Set<Role> roles, OffsetDateTime lockedUntil,
                           boolean mustChangePassword) {

    public enum Result {
        OK, INVALID_CREDENTIALS, LOCKED, DISABLED
    }

    public static LoginOutcome refused(Result result, String loginName, OffsetDateTime lockedUntil) {
        return new LoginOutcome(result, loginName, Set.of(), lockedUntil, false);
    }

    public boolean succeeded() {
        return result == Result.OK;
    }
}
