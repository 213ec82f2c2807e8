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
 * {@code committee.setupModel}: SX 主管部门 creates a committee and its 评委会管理员 account; HB 职改办 resets a
 * committee code account's password (creating HB committees on screen needs the full filing form: not built yet);
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
    private List<CommitteeRow> ownCommittees = List.of();

    private String name;
    private Long seriesId;
    private String adminName;
    private String adminIdNumber;
    private String adminLogin;
    private Long resetCommitteeId;

    /** f:viewAction: the model in force and, when it has a form, the series (and HB: the unit's committees). */
    public void load() {
        model = settings.get(SettingKeys.COMMITTEE_SETUP_MODEL);
        if (model != CommitteeSetupModel.FORMATION_UNIT_FILING) {
            seriesOptions = filings.seriesOptions();
        }
        if (model == CommitteeSetupModel.REFORM_OFFICE_CREATES) {
            refreshCommittees();
        }
    }

    private void refreshCommittees() {
        ownCommittees = filings.own(null, 0, 500);
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

    /** HB 重置评委会密码. */
    public void resetPassword() {
        Long committeeId = resetCommitteeId;
        if (committeeId == null) {
            messages.error("committee.setup.reset.choose");
            return;
        }
        messages.attempt(() -> setups.resetCodePassword(committeeId), "committee.setup.reset.done");
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

    public List<CommitteeRow> getOwnCommittees() {
        return ownCommittees;
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



    public Long getResetCommitteeId() {
        return resetCommitteeId;
    }

    public void setResetCommitteeId(Long resetCommitteeId) {
        this.resetCommitteeId = resetCommitteeId;
    }
}
