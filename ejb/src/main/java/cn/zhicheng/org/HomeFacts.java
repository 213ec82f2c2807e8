package cn.zhicheng.org;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** What each role's home page shows about the signed-in user and their unit. */
public record HomeFacts(String displayName, String loginName, String maskedIdNumber, Set<Role> roles,
                        String unitName, UnitType unitType, HrssLevel hrssLevel, String parentUnitName,
                        int visibleUnitCount, OffsetDateTime lastLoginAt) implements Serializable {
}
