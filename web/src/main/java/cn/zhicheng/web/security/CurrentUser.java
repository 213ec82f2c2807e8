package cn.zhicheng.web.security;

import cn.zhicheng.org.AccountService;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.SignedInUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/** The signed-in user for this session, loaded once after log-in and refreshed when it changes. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient SecurityContext securityContext;

    private SignedInUser user;

    /** The user, if somebody is signed in. */
    public Optional<SignedInUser> find() {
        if (user == null && securityContext.getCallerPrincipal() != null) {
            user = accounts.describeCaller();
        }
        return Optional.ofNullable(user);
    }

    public SignedInUser get() {
        return find().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean has(Role role) {
        return find().map(u -> u.has(role)).orElse(false);
    }

    /** Reloads after the account changed (e.g. a new password cleared the forced change). */
    public void refresh() {
        user = null;
    }

    /** The home page of the user's first role, in the order a person with several roles most likely wants. */
    public String homePath() {
        SignedInUser current = get();
        if (current.has(Role.SYSTEM_ADMIN)) {
            return "/admin/index.xhtml";
        }
        if (current.roles().stream().anyMatch(Role::isUnitRole)) {
            return "/unit/index.xhtml";
        }
        if (current.roles().stream().anyMatch(Role::isCommitteeRole)) {
            return "/committee/index.xhtml";
        }
        if (current.has(Role.EXPERT)) {
            return "/expert/index.xhtml";
        }
        if (current.has(Role.APPLICANT)) {
            return "/applicant/index.xhtml";
        }
        return "/account/password.xhtml";
    }
}
