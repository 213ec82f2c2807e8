package cn.zhicheng.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's roles. Log-in is form log-in on our own JSF page (so the form carries the view state that protects
 * it against CSRF and can show specific messages) through {@link SessionFormMechanism}, checked by
 * {@link AccountIdentityStore}. A provincial OpenID Connect platform can be added as a further mechanism later;
 * services only see the caller principal and its groups.
 */
@DeclareRoles({"APPLICANT", "UNIT_ADMIN", "UNIT_HANDLER", "UNIT_LEADER", "COMMITTEE_ADMIN", "COMMITTEE_OPERATOR",
        "EXPERT", "SYSTEM_ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
