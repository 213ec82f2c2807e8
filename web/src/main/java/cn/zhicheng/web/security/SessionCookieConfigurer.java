package cn.zhicheng.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie flags: always HttpOnly; Secure when the site is served over HTTPS ({@code zc.cookie.secure}).
 * SameSite=Lax is set in glassfish-web.xml, the only place Payara reads it from.
 */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("zc.cookie.secure", Boolean.class).orElse(false));
    }
}
