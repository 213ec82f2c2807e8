package cn.zhicheng.web.shell;

import cn.zhicheng.org.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The role menu. Each entry is one page, shown to the roles that may open it; the folder's security constraint in
 * web.xml enforces the same rule on the server. Later capabilities add their entries here.
 */
public enum MenuEntry {
    ADMIN_HOME("/admin/index.xhtml", "menu.admin.home", EnumSet.of(Role.SYSTEM_ADMIN)),
    ADMIN_SETTINGS("/admin/settings.xhtml", "menu.admin.settings", EnumSet.of(Role.SYSTEM_ADMIN)),
    ADMIN_JOBS("/admin/jobs.xhtml", "menu.admin.jobs", EnumSet.of(Role.SYSTEM_ADMIN)),
    UNIT_HOME("/unit/index.xhtml", "menu.unit.home", EnumSet.of(Role.UNIT_ADMIN, Role.UNIT_HANDLER, Role.UNIT_LEADER)),
    COMMITTEE_HOME("/committee/index.xhtml", "menu.committee.home",
            EnumSet.of(Role.COMMITTEE_ADMIN, Role.COMMITTEE_OPERATOR)),
    EXPERT_HOME("/expert/index.xhtml", "menu.expert.home", EnumSet.of(Role.EXPERT)),
    APPLICANT_HOME("/applicant/index.xhtml", "menu.applicant.home", EnumSet.of(Role.APPLICANT)),
    ACCOUNT_PASSWORD("/account/password.xhtml", "menu.account.password", EnumSet.allOf(Role.class));

    private final String path;
    private final String labelKey;
    private final Set<Role> roles;

    MenuEntry(String path, String labelKey, Set<Role> roles) {
        this.path = path;
        this.labelKey = labelKey;
        this.roles = roles;
    }

    public String getPath() {
        return path;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public boolean isVisibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
