package cn.zhicheng.web.security;

import cn.zhicheng.org.ApplicantAccountService;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * 个人注册 ({@code /register-applicant.xhtml}, SC model): an applicant registers with name, ID number, mobile number
 * and a password, then logs in with the ID number. The log-in page offers the link only while the province lets
 * applicants register themselves ({@link #isOpen()}); the service refuses otherwise.
 */
@Named
@RequestScoped
public class RegisterApplicantBacking {

    @EJB
    private ApplicantAccountService applicants;

    @Inject
    private UiMessages messages;

    private Boolean open;
    private String name;
    private String idNumber;
    private String mobile;
    private String password;
    private String confirmation;

    /** Whether applicants register themselves in this province (setting account.applicantProvisioning). */
    public boolean isOpen() {
        if (open == null) {
            open = applicants.isSelfRegistrationOpen();
        }
        return open;
    }

    /** Registers and leads to the log-in page; a refusal keeps what was entered (except the passwords). */
    public void register() throws IOException {
        String login;
        try {
            login = applicants.register(name, idNumber, mobile, password, confirmation);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        messages.infoOnLoginPage("register.applicant.done", login);
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

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
