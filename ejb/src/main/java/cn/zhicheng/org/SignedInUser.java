package cn.zhicheng.org;

import java.io.Serializable;
import java.util.Set;

/** What the screens keep of the signed-in user for the session: no entity, no password hash. */
public record SignedInUser(Long accountId, String loginName, String displayName, Set<Role> roles, Long unitId,
                           String unitName, UnitType unitType, HrssLevel hrssLevel, boolean mustChangePassword)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
