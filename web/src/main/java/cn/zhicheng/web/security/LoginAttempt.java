package cn.zhicheng.web.security;

import cn.zhicheng.org.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** Carries the identity store's verdict to the login page within one request, so it can say why a log-in failed. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
