package cn.zhicheng.web.applicant;

import cn.zhicheng.org.ApplicantAccountService;
import cn.zhicheng.org.UnitChoice;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.security.CurrentUser;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * 我的工作单位 ({@code /applicant/employer.xhtml}, SC model): the applicant searches the authorised units by name and
 * chooses or changes the employer unit their applications go through.
 */
@Named
@ViewScoped
public class EmployerBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicantAccountService applicants;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private boolean selfRegister;
    private UnitChoice employer;
    private String nameFilter;
    private PagedModel<UnitChoice> units;

    public void load() {
        selfRegister = applicants.isSelfRegistrationOpen();
        employer = applicants.employerOfCaller().orElse(null);
        units = new PagedModel<>((first, size) -> applicants.searchEmployers(nameFilter, first, size),
                () -> applicants.countEmployers(nameFilter), UnitChoice::id);
    }

    public void search() {
        // the lazy model reads the filter on its next load
    }

    public void choose(UnitChoice unit) {
        try {
            applicants.chooseEmployer(unit.id());
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        employer = applicants.employerOfCaller().orElse(null);
        currentUser.refresh();
        messages.info("applicant.employer.chosen", unit.name());
    }

    public boolean isSelfRegister() {
        return selfRegister;
    }

    public UnitChoice getEmployer() {
        return employer;
    }

    public boolean isCurrent(UnitChoice unit) {
        return employer != null && employer.id().equals(unit.id());
    }

    public PagedModel<UnitChoice> getUnits() {
        return units;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }
}
