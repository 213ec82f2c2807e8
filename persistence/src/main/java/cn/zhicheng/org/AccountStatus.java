package cn.zhicheng.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * Account life cycle: 正常, 禁用 (can be re-enabled), 废弃 (retired for good). Only ACTIVE accounts log in.
 * ACTIVE ⇄ DISABLED, either → RETIRED, RETIRED is final.
 */
public enum AccountStatus {
    ACTIVE, DISABLED, RETIRED;

    public Set<AccountStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(DISABLED, RETIRED);
            case DISABLED -> EnumSet.of(ACTIVE, RETIRED);
            case RETIRED -> EnumSet.noneOf(AccountStatus.class);
        };
    }

    public boolean canMoveTo(AccountStatus target) {
        return next().contains(target);
    }
}
