package cn.zhicheng.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Until a user replaces a password someone else set (e.g. the initial 888888), every page but the password page
 * and log-out leads to the password page.
 */
@WebFilter(urlPatterns = {"/applicant/*", "/unit/*", "/committee/*", "/expert/*", "/admin/*", "/files/*",
        "/index.xhtml"})
public class ForcedPasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final Set<String> ALLOWED = Set.of(PASSWORD_PAGE, "/logout");

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() != null && !ALLOWED.contains(path)
                && currentUser.find().map(u -> u.mustChangePassword()).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
