package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.committee.CommitteeRow;
import cn.zhicheng.committee.CommitteeSetups;
import cn.zhicheng.committee.CreatedCommittee;
import cn.zhicheng.config.CommitteeSetupModel;
import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.UnitOption;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/committees/setup.xhtml} (SPEC §3.5.3, §3.5.4): the form of the province's
 * {@code committee.setupModel}: SX 主管部门 creates a committee and its 评委会管理员 account; HB 职改办 lists its
 * authorised committees (新增/编辑 through {@code edit.xhtml} in HB mode) and resets a code account's password;
 * SC (formation-unit filing) has no form and points to 评委会备案申报. The services decide who may do what; this bean only adapts the screen.
 */
@Named
@ViewScoped
public class CommitteeSetupBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeSetups setups;

    @EJB
    private CommitteeFilings filings;

    @EJB
    private ProvinceSettings settings;

    @Inject
    private UiMessages messages;

    private CommitteeSetupModel model;
    private List<UnitOption> seriesOptions = List.of();
    private PagedModel<CommitteeRow> authorised;
    private String searchName;
    private String appliedName;

    private String name;
    private Long seriesId;
    private String adminName;
    private String adminIdNumber;
    private String adminLogin;

    /** f:viewAction: the model in force and, when it has a form, the series (and HB: the unit's committees). */
    public void load() {
        model = settings.get(SettingKeys.COMMITTEE_SETUP_MODEL);
        if (model != CommitteeSetupModel.FORMATION_UNIT_FILING) {
            seriesOptions = filings.seriesOptions();
        }
        if (model == CommitteeSetupModel.REFORM_OFFICE_CREATES) {
            authorised = new PagedModel<>((first, size) -> filings.own(appliedName, first, size),
                    () -> filings.countOwn(appliedName), CommitteeRow::id);
        }
    }

    public void search() {
        appliedName = searchName;
    }

    /** SX 【确定】: the committee and its administrator; the message names the login and the password rule. */
    public void createWithAdmin() {
        try {
            CreatedCommittee created = setups.createWithAdmin(name, seriesId, adminName, adminIdNumber, adminLogin);
            messages.info("committee.setup.adminCreated", name, created.accountLogin());
            clear();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** HB 重置评委会密码 (after confirmation). */
    public void resetPassword(CommitteeRow row) {
        messages.attempt(() -> setups.resetCodePassword(row.id()), "committee.setup.reset.done");
    }

    private void clear() {
        name = null;
        seriesId = null;
        adminName = null;
        adminIdNumber = null;
        adminLogin = null;
    }

    public boolean isDeptCreates() {
        return model == CommitteeSetupModel.DEPT_CREATES_COMMITTEE_ADMIN_FILES;
    }

    public boolean isReformOfficeCreates() {
        return model == CommitteeSetupModel.REFORM_OFFICE_CREATES;
    }

    public boolean isFormationUnitFiling() {
        return model == CommitteeSetupModel.FORMATION_UNIT_FILING;
    }

    // --- accessors ---------------------------------------------------------------------------------------------

    public List<UnitOption> getSeriesOptions() {
        return seriesOptions;
    }

    public PagedModel<CommitteeRow> getAuthorised() {
        return authorised;
    }

    public String getSearchName() {
        return searchName;
    }

    public void setSearchName(String searchName) {
        this.searchName = searchName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminIdNumber() {
        return adminIdNumber;
    }

    public void setAdminIdNumber(String adminIdNumber) {
        this.adminIdNumber = adminIdNumber;
    }

    public String getAdminLogin() {
        return adminLogin;
    }

    public void setAdminLogin(String adminLogin) {
        this.adminLogin = adminLogin;
    }



}
