package cn.zhicheng.web.security;

import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.LoginOutcome;
import cn.zhicheng.org.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

/** Checks user name and password against our account table; the groups are the account's role names. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(),
                clientAddress());
        attempt.setOutcome(outcome);
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.loginName(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String clientAddress() {
        return request.getRemoteAddr();
    }
}
