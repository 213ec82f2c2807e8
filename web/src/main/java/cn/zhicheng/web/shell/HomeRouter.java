package cn.zhicheng.web.shell;

import cn.zhicheng.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** The site root sends a signed-in user to their role's home page and everybody else to the log-in page. */
@Named
@RequestScoped
public class HomeRouter {

    @Inject
    private CurrentUser currentUser;

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = currentUser.isSignedIn() ? currentUser.homePath() : "/login.xhtml";
        external.redirect(external.getRequestContextPath() + target);
    }
}
