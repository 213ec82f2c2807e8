package cn.zhicheng.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * Authorisation status of a unit (SPEC §3.1.3): 未授权 → 待审核 → 已授权 | 已退回 (edit, resubmit → 待审核).
 * A unit created by its parent starts {@link #AUTHORIZED}.
 */
public enum UnitStatus {
    UNAUTHORIZED, PENDING, AUTHORIZED, RETURNED;

    public Set<UnitStatus> next() {
        return switch (this) {
            case UNAUTHORIZED, RETURNED -> EnumSet.of(PENDING);
            case PENDING -> EnumSet.of(AUTHORIZED, RETURNED);
            case AUTHORIZED -> EnumSet.of(PENDING);
        };
    }

    public boolean canMoveTo(UnitStatus target) {
        return next().contains(target);
    }
}
