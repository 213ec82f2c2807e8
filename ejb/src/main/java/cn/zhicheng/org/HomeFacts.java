package cn.zhicheng.org;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** What each role's home page shows about the signed-in user and their unit (单位信息, SPEC §3.14.4). */
public record HomeFacts(String displayName, String loginName, String maskedIdNumber, Set<Role> roles,
                        String unitName, UnitType unitType, HrssLevel hrssLevel, String parentUnitName,
                        int visibleUnitCount, OffsetDateTime lastLoginAt, String regionCode,
                        UnitStatus unitStatus) implements Serializable {
}
