package cn.zhicheng.it;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.reflect.Proxy;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signs an in-container test in as a user, through the application's own form mechanism and identity store, so that
 * the services see that caller ({@code @RolesAllowed}, scoping). Add this class to the deployment with
 * {@code Deployments.earWith(MyIT.class, SignIn.class)}.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(SecurityContext securityContext, HttpServletRequest request, String login, String password)
            throws ServletException {
        request.logout();
        authenticate(securityContext, request, login, password);
    }

    /**
     * Signs in as another user without logging the current one out: a log-out clears the current caller's Subject in
     * place, which would strip the groups from an identity that a ContextService has captured for another thread
     * ({@link Race}). The previous caller's Subject is left as it was.
     */
    public static void alsoAs(SecurityContext securityContext, HttpServletRequest request, String login,
                              String password) {
        authenticate(securityContext, request, login, password);
    }

    private static void authenticate(SecurityContext securityContext, HttpServletRequest request, String login,
                                     String password) {
        AuthenticationStatus status = securityContext.authenticate(request, discardingResponse(),
                withParams().credential(new UsernamePasswordCredential(login, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new AssertionError("could not sign in as " + login + ": " + status);
        }
    }

    /** The test runner's response is not injectable; a successful form log-in writes nothing to it anyway. */
    private static HttpServletResponse discardingResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(SignIn.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 0;
                    }
                    return null;
                });
    }
}
