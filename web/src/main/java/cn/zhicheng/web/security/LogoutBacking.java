package cn.zhicheng.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.logging.Logger;

/** Log-out is a POST from the header (a JSF form with view state), never a link a third party could trigger. */
@Named
@RequestScoped
public class LogoutBacking {

    private static final Logger SECURITY_LOG = Logger.getLogger("cn.zhicheng.security");

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String login = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        SECURITY_LOG.info(() -> "event=logout login=" + login + " ip=" + request.getRemoteAddr());
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
