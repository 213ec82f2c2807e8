package cn.zhicheng.web.register;

import cn.zhicheng.org.SelfRegistration;
import cn.zhicheng.org.UnitRegistrations;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * {@code /register.xhtml} (单位注册): creates a unit's first account, which becomes its super administrator; the
 * registrant then logs in and completes 用户权限申请. Open only when the province allows self-registration.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB
    private UnitRegistrations registrations;

    @Inject
    private UiMessages messages;

    private String unitName;
    private String loginName;
    private String name;
    private String idNumber;
    private String phone;
    private String password;
    private String confirmation;

    public boolean isOpen() {
        return registrations.isOpen();
    }

    public void register() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            messages.error("register.password.mismatch");
            return;
        }
        String login;
        try {
            login = registrations.register(new SelfRegistration(unitName, loginName, name, idNumber, phone, password));
        } catch (BusinessException e) {
            messages.error(e);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        messages.infoOnLoginPage("register.done", login);
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
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
