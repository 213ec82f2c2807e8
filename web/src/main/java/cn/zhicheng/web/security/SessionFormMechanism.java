package cn.zhicheng.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * Form log-in on our own JSF page ({@link LoginBacking} hands the credential over through
 * {@code SecurityContext.authenticate}), checked by {@link AccountIdentityStore}; the caller's name and groups are
 * kept in the HTTP session and handed to the container, groups included, with every request. This is what
 * {@code @CustomFormAuthenticationMechanismDefinition} did (with its own log-in-to-continue), except for the groups: its {@code @AutoApplySession}
 * hands over the principal alone and lets Payara find the groups again, which under concurrent load now and then
 * comes back empty, so that a signed-in user gets HTTP 403 on their own pages (payara/Payara#6145; 14 to 24 of 200
 * journeys in cn.zhicheng.bench.ApplicantSubmitBench). Log-out ({@link LogoutBacking}) invalidates the session.
 */
@ApplicationScoped
public class SessionFormMechanism implements HttpAuthenticationMechanism {

    static final String CALLER = SessionFormMechanism.class.getName() + ".caller";
    /** The page a visitor asked for before signing in; {@link LoginBacking} leads there afterwards. */
    static final String REQUESTED_PAGE = SessionFormMechanism.class.getName() + ".requested";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // a new session id at log-in: an id planted before log-in must not become a signed-in session
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession().setAttribute(CALLER, new SignedIn(result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            // Our own log-in-to-continue: @LoginToContinue's request saving replays a stored request's headers,
            // which broke multipart uploads (no content type) after a log-in. Only pages (GET) are remembered.
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(REQUESTED_PAGE, request.getRequestURI().substring(
                        request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The signed-in caller as the identity store answered at log-in. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
