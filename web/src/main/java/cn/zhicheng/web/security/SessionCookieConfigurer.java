package cn.zhicheng.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Session cookie flags: always HttpOnly and SameSite=Lax; Secure when the site is served over HTTPS. */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("zc.cookie.secure", Boolean.class).orElse(false));
    }
}
