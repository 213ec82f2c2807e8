package cn.zhicheng.web.unit;

import cn.zhicheng.config.ApplicantProvisioning;
import cn.zhicheng.org.ApplicantAccountService;
import cn.zhicheng.org.ApplicantRow;
import cn.zhicheng.org.Permission;
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

/**
 * 申报人帐号管理 ({@code /unit/applicants.xhtml}, SPEC §3.2.3, HB model): the unit's staff create accounts for
 * applicants of their own unit, list them, disable / re-enable them and reset their passwords. Under the
 * self-registration model the page only says so.
 */
@Named
@ViewScoped
public class ApplicantsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String DIALOG = "applicantDialog";

    @EJB
    private ApplicantAccountService applicants;

    @EJB
    private UnitPermissions unitPermissions;

    @Inject
    private UiMessages messages;

    private boolean available;
    private String nameFilter;
    private String idFilter;
    private PagedModel<ApplicantRow> rows;

    private String name;
    private String idNumber;
    private String phone;
    private String createdLogin;

    /** Page load (f:viewAction): the permission check first, so that a refusal is a clean 403. */
    public void load() {
        unitPermissions.require(Permission.APPLICANT_ACCOUNTS);
        available = applicants.provisioning() == ApplicantProvisioning.UNIT_CREATED;
        rows = new PagedModel<>((first, size) -> applicants.list(nameFilter, idFilter, first, size),
                () -> applicants.count(nameFilter, idFilter), ApplicantRow::id);
    }

    public void search() {
        // the lazy model reads the filter fields on its next load
    }

    public void startAdd() {
        name = null;
        idNumber = null;
        phone = null;
        Ajax.oncomplete("PF('" + DIALOG + "').show()");
    }

    /** Creates the account; the success message names the login (the ID number) and the forced password change. */
    public void save() {
        try {
            createdLogin = applicants.create(name, idNumber, phone);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        messages.info("unit.applicants.created", name, createdLogin);
        Ajax.update("applicantsForm", "messages");
        Ajax.oncomplete("PF('" + DIALOG + "').hide()");
    }

    public void disable(ApplicantRow row) {
        act(() -> applicants.disable(row.id()), "unit.applicants.disabled", row);
    }

    public void enable(ApplicantRow row) {
        act(() -> applicants.enable(row.id()), "unit.applicants.enabled", row);
    }

    public void resetPassword(ApplicantRow row) {
        act(() -> applicants.resetPassword(row.id()), "unit.applicants.passwordReset", row);
    }

    private void act(Runnable action, String doneKey, ApplicantRow row) {
        messages.attempt(action, doneKey, row.name());
    }

    public boolean isAvailable() {
        return available;
    }

    public PagedModel<ApplicantRow> getRows() {
        return rows;
    }

    public String getCreatedLogin() {
        return createdLogin;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }

    public String getIdFilter() {
        return idFilter;
    }

    public void setIdFilter(String idFilter) {
        this.idFilter = idFilter;
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
}
