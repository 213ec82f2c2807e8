package cn.zhicheng.web.security;

import cn.zhicheng.config.ProvinceSettings;
import cn.zhicheng.config.SettingKeys;
import cn.zhicheng.org.LoginOutcome;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The log-in form: hands the credential to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    @EJB
    private ProvinceSettings settings;

    private String username;
    private String password;
    private String hint;

    @PostConstruct
    void load() {
        hint = messages.format("login.hint", settings.get(SettingKeys.SECURITY_LOCKOUT_MAX_ATTEMPTS),
                settings.get(SettingKeys.SECURITY_LOCKOUT_MINUTES));
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username,
                        password == null ? "" : password)));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                currentUser.refresh();
                Object requested = external.getSessionMap().remove(SessionFormMechanism.REQUESTED_PAGE);
                String target = currentUser.get().mustChangePassword() ? "/account/password.xhtml"
                        : requested instanceof String page ? page : currentUser.homePath();
                external.redirect(external.getRequestContextPath() + target);
            }
            default -> explainRefusal();
        }
    }

    private void explainRefusal() {
        LoginOutcome outcome = attempt.getOutcome();
        if (outcome == null) {
            messages.error("login.failed.invalid");
            return;
        }
        switch (outcome.result()) {
            case LOCKED -> messages.error("login.failed.locked", Times.display(outcome.lockedUntil()),
                    settings.get(SettingKeys.SECURITY_LOCKOUT_MAX_ATTEMPTS));
            case DISABLED -> messages.error("login.failed.disabled");
            default -> messages.error("login.failed.invalid");
        }
    }

    /** The lock-out rule as the province configured it, for the hint under the form. */
    public String getHint() {
        return hint;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
