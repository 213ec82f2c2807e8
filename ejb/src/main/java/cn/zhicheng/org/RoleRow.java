package cn.zhicheng.org;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** One role of the unit for 角色管理 and the role choices of 工作人员管理: its permissions and how many staff hold it. */
public record RoleRow(Long id, String name, String description, List<Permission> permissions, long holders)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static RoleRow of(UnitRole role, long holders) {
        return new RoleRow(role.getId(), role.getName(), role.getDescription(),
                role.getPermissions().stream().sorted().toList(), holders);
    }
}
