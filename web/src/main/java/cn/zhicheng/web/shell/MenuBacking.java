package cn.zhicheng.web.shell;

import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The entries of the signed-in user's menu and the breadcrumb of the current page. */
@Named
@RequestScoped
public class MenuBacking {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private UnitPermissions unitPermissions;

    @EJB
    private ProvinceSettings settings;

    private List<MenuEntry> entries = List.of();
    private MenuEntry current;

    @PostConstruct
    void load() {
        Set<Role> roles = currentUser.find().map(u -> u.roles()).orElse(Set.of());
        Set<Permission> permissions = roles.stream().anyMatch(Role::isUnitRole) ? unitPermissions.ofCaller() : Set.of();
        MenuContext context = new MenuContext(roles, permissions,
                settings.get(SettingKeys.ACCOUNT_APPLICANT_PROVISIONING));
        entries = Arrays.stream(MenuEntry.values()).filter(e -> e.isVisibleIn(context)).toList();
        String viewId = Optional.ofNullable(FacesContext.getCurrentInstance().getViewRoot())
                .map(v -> v.getViewId()).orElse("");
        current = entries.stream().filter(e -> e.getPath().equals(viewId)).findFirst().orElse(null);
    }

    public List<MenuEntry> getEntries() {
        return entries;
    }

    public MenuEntry getCurrent() {
        return current;
    }

    public boolean isCurrent(MenuEntry entry) {
        return entry == current;
    }
}
