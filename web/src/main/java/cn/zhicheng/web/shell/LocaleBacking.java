package cn.zhicheng.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/** The session's language: Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(locale);
    }

    public void useChinese() {
        switchTo(Locale.SIMPLIFIED_CHINESE);
    }

    public void useEnglish() {
        switchTo(Locale.ENGLISH);
    }

    private void switchTo(Locale newLocale) {
        locale = newLocale;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(newLocale);
    }
}
