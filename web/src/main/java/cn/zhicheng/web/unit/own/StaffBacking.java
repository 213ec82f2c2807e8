package cn.zhicheng.web.unit.own;

import cn.zhicheng.org.AccountStatus;
import cn.zhicheng.org.Permission;
import cn.zhicheng.org.RoleRow;
import cn.zhicheng.org.StaffDetails;
import cn.zhicheng.org.StaffRow;
import cn.zhicheng.org.StaffService;
import cn.zhicheng.org.UnitPermissions;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 工作人员管理 ({@code /unit/own/staff.xhtml}, SPEC §3.2.1): the super administrator's list of the unit's staff with
 * filters, the add and edit dialog and the status actions. Only the super administrator holds the function; anybody
 * else opening the page gets HTTP 403 from the permission check of {@link #load()}.
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "staffDialog";

    @EJB
    private StaffService staff;

    @EJB
    private UnitPermissions unitPermissions;

    @Inject
    private UiMessages messages;

    private String nameFilter;
    private AccountStatus statusFilter;
    private PagedModel<StaffRow> rows;
    private List<RoleRow> roleChoices = List.of();

    /** The dialog's fields: a null id adds a staff member, otherwise it edits that one. */
    private Long editingId;
    private StaffDetails editing;
    private String name;
    private String idNumber;
    private String phone;
    private String login;
    private List<String> roleIds = new ArrayList<>();

    /** Page load (f:viewAction): the permission check first, so that a refusal is a clean 403. */
    public void load() {
        unitPermissions.require(Permission.STAFF_MANAGE);
        roleChoices = staff.roleChoices();
        rows = new PagedModel<>((first, size) -> staff.list(nameFilter, statusFilter, first, size),
                () -> staff.count(nameFilter, statusFilter), StaffRow::id);
    }

    /** 查询: the table shows the first page of the filtered list (the table is updated by the button). */
    public void search() {
        // the lazy model reads the filter fields on its next load
    }

    public void startAdd() {
        editingId = null;
        editing = null;
        name = null;
        idNumber = null;
        phone = null;
        login = null;
        roleIds = new ArrayList<>();
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    public void startEdit(StaffRow row) {
        try {
            editing = staff.details(row.id());
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        editingId = editing.id();
        name = editing.name();
        phone = editing.phone();
        login = editing.login();
        idNumber = null;
        roleIds = new ArrayList<>(editing.roleIds().stream().map(String::valueOf).toList());
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** Saves the dialog; a refusal keeps the dialog open with everything entered and the reason. */
    public void save() {
        List<Long> chosen = roleIds.stream().map(Long::valueOf).toList();
        try {
            if (editingId == null) {
                String created = staff.create(name, idNumber, phone, login, chosen);
                messages.info("unit.own.staff.created", name, created);
            } else {
                staff.edit(editingId, name, phone, chosen);
                messages.info("unit.own.staff.saved", name);
            }
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        Ajax.update("staffForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    public void disable(StaffRow row) {
        act(() -> staff.disable(row.id()), "unit.own.staff.disabled", row);
    }

    public void enable(StaffRow row) {
        act(() -> staff.enable(row.id()), "unit.own.staff.enabled", row);
    }

    public void retire(StaffRow row) {
        act(() -> staff.retire(row.id()), "unit.own.staff.retired", row);
    }

    public void resetPassword(StaffRow row) {
        act(() -> staff.resetPassword(row.id()), "unit.own.staff.passwordReset", row);
    }

    private void act(Runnable action, String doneKey, StaffRow row) {
        messages.attempt(action, doneKey, row.name(), row.login());
    }

    public boolean isAdding() {
        return editingId == null;
    }

    public boolean isEditingSuperAdmin() {
        return editing != null && editing.superAdmin();
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
    }

    public PagedModel<StaffRow> getRows() {
        return rows;
    }

    public List<RoleRow> getRoleChoices() {
        return roleChoices;
    }

    public StaffDetails getEditing() {
        return editing;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public AccountStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(AccountStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public List<String> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<String> roleIds) {
        this.roleIds = roleIds == null ? new ArrayList<>() : new ArrayList<>(roleIds);
    }
}
