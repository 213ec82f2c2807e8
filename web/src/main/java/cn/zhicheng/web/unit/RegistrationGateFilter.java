package cn.zhicheng.web.unit;

import cn.zhicheng.org.UnitRegistrations;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Until a self-registered unit is authorised, its administrator's every unit page leads to 用户权限申请 (SPEC §3.1.3:
 * "所在单位未被授权，请先完善单位信息，并提交上级单位进行授权审核！").
 */
@WebFilter(urlPatterns = "/unit/*")
public class RegistrationGateFilter extends HttpFilter {

    static final String REGISTRATION_PAGE = "/unit/registration.xhtml";

    @EJB
    private UnitRegistrations registrations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !REGISTRATION_PAGE.equals(request.getServletPath())
                && registrations.callerMustRegister()) {
            response.sendRedirect(request.getContextPath() + REGISTRATION_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
