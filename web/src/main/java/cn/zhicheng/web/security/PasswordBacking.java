package cn.zhicheng.web.security;

import cn.zhicheng.org.AccountService;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Objects;

/** Change of one's own password; the forced first-log-in change uses the same page. */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isForced() {
        return currentUser.get().mustChangePassword();
    }

    public void change() throws IOException {
        if (!Objects.equals(newPassword, confirmation)) {
            messages.error("password.confirmation.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        currentUser.refresh();
        messages.infoOnNextPage("password.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + currentUser.homePath());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
