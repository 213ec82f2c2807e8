package cn.zhicheng.web.security;

import cn.zhicheng.shared.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page that touches data out of the caller's reach (another unit's id in the URL, a function the caller's roles do
 * not grant, an EJB whose {@code @RolesAllowed} excludes the caller) answers HTTP 403 with the 403 page, wherever in
 * the JSF life cycle the service refused. Ajax requests reach the same page through OmniFaces' exception handler and
 * the web.xml mapping.
 */
@WebFilter(urlPatterns = "/*")
public class AccessDeniedFilter extends HttpFilter {

    private static final Logger SECURITY_LOG = Logger.getLogger("cn.zhicheng.security");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            String reason = denialReason(e);
            if (reason == null || response.isCommitted()) {
                throw e;
            }
            SECURITY_LOG.info(() -> String.format("event=access_denied login=%s uri=%s reason=%s",
                    request.getRemoteUser(), request.getRequestURI(), reason));
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The refusal's reason when the failure is an access denial anywhere in its cause chain, else null. */
    static String denialReason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return denied.getMessageKey();
            }
            if (t instanceof EJBAccessException) {
                return "ejb_roles";
            }
            if (t instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != t.getCause()) {
                String inRoot = denialReason(servlet.getRootCause());
                if (inRoot != null) {
                    return inRoot;
                }
            }
        }
        return null;
    }
}
