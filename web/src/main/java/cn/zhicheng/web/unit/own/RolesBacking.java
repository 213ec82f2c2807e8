package cn.zhicheng.web.unit.own;

import cn.zhicheng.org.Permission;
import cn.zhicheng.org.RoleRow;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.org.UnitRoleService;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 角色管理 ({@code /unit/own/roles.xhtml}, SPEC §3.2.2): the unit's roles with their permissions and holders, the
 * create / edit dialog with the grantable permissions grouped as in the menu, and delete with confirmation.
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "roleDialog";

    @EJB
    private UnitRoleService roles;

    @EJB
    private UnitPermissions unitPermissions;

    @Inject
    private UiMessages messages;

    private List<RoleRow> rows = List.of();
    private Set<Permission> grantable = EnumSet.noneOf(Permission.class);

    private Long editingId;
    private String name;
    private String description;
    private List<String> permissions = new ArrayList<>();

    /** Page load (f:viewAction): the permission check first, so that a refusal is a clean 403. */
    public void load() {
        unitPermissions.require(Permission.ROLE_MANAGE);
        grantable = roles.grantable();
        refresh();
    }

    private void refresh() {
        rows = roles.list();
    }

    public void startAdd() {
        editingId = null;
        name = null;
        description = null;
        permissions = new ArrayList<>();
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    public void startEdit(RoleRow row) {
        editingId = row.id();
        name = row.name();
        description = row.description();
        permissions = new ArrayList<>(row.permissions().stream().map(Permission::name).toList());
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** Saves the dialog; a refusal keeps the dialog open with everything entered and the reason. */
    public void save() {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        permissions.stream().map(Permission::valueOf).forEach(granted::add);
        try {
            if (editingId == null) {
                roles.create(name, description, granted);
                messages.info("unit.own.roles.created", name);
            } else {
                roles.edit(editingId, name, description, granted);
                messages.info("unit.own.roles.saved", name);
            }
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        refresh();
        Ajax.update("rolesForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    public void delete(RoleRow row) {
        try {
            roles.delete(row.id());
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        messages.info("unit.own.roles.deleted", row.name());
        refresh();
    }

    /** The permission labels of one role, in catalogue order. */
    public List<String> labels(RoleRow row) {
        return row.permissions().stream().map(p -> messages.format("Permission." + p.name())).toList();
    }

    public boolean isAdding() {
        return editingId == null;
    }

    public List<RoleRow> getRows() {
        return rows;
    }

    /**
     * The grantable permissions grouped as in the menu, labelled in the page's language (built at render time: the
     * view's locale is not known yet when the view action runs).
     */
    public List<SelectItem> getPermissionChoices() {
        List<SelectItem> groups = new ArrayList<>();
        for (Permission.Group group : Permission.Group.values()) {
            SelectItem[] items = grantable.stream().filter(p -> p.getGroup() == group)
                    .map(p -> new SelectItem(p.name(), messages.format("Permission." + p.name())))
                    .toArray(SelectItem[]::new);
            if (items.length > 0) {
                groups.add(new SelectItemGroup(messages.format("Permission.Group." + group.name()), null, false,
                        items));
            }
        }
        return groups;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : new ArrayList<>(permissions);
    }
}
