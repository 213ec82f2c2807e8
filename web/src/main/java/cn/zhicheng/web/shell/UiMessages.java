package cn.zhicheng.web.shell;

import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ErrorMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Global messages in the user's language: UI keys come from the screen bundle, business errors from the shared
 * errors bundle, so a refusal reads the same on a screen and in an import report.
 */
@ApplicationScoped
public class UiMessages {

    static final String TEXT_BUNDLE = "cn.zhicheng.web.i18n.text";

    @Inject
    private LocaleBacking localeBacking;

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, format(key, arguments));
    }

    public void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, e.getLocalizedMessage(locale()));
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, format(key, arguments));
    }

    /** An information message that survives the redirect after a successful POST. */
    public void infoOnNextPage(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /**
     * Runs a service call for a screen action: a refusal becomes the error message (nothing else changes), success
     * the information message of {@code doneKey}. Returns whether the action succeeded.
     */
    public boolean attempt(Runnable action, String doneKey, Object... arguments) {
        try {
            action.run();
        } catch (BusinessException e) {
            error(e);
            return false;
        }
        info(doneKey, arguments);
        return true;
    }

    /** Leads to the log-in page showing an information message there (the end of a public registration). */
    public void infoOnLoginPage(String key, Object... arguments) throws IOException {
        infoOnNextPage(key, arguments);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String format(String key, Object... arguments) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle(TEXT_BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return ErrorMessages.format(locale, key, arguments);
        }
    }

    /**
     * The language the user chose (中文 by default), not the view's: a view action runs before {@code f:view} applies
     * that choice, and would otherwise answer in the browser's language on a page shown in the user's.
     */
    private Locale locale() {
        return FacesContext.getCurrentInstance() == null ? Locale.SIMPLIFIED_CHINESE : localeBacking.getLocale();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
