package cn.zhicheng.web.shell;

import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;

import java.util.Set;

/**
 * What decides a user's menu: their roles, the permissions they hold in their unit (read live, so a changed role
 * shows at the next request) and the province's applicant provisioning model. See {@link MenuEntry#isVisibleIn}.
 */
public record MenuContext(Set<Role> roles, Set<Permission> permissions, ApplicantProvisioning provisioning) {
}
