package cn.zhicheng.web.shell;

import cn.zhicheng.shared.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Display formats every page shares (SPEC §4.1: yyyy-MM-dd HH:mm:ss in China time). */
@Named
@ApplicationScoped
public class Formats {

    public String dateTime(OffsetDateTime time) {
        return Times.display(time);
    }

    /**
     * A status as stored in the flow log, in the reader's language: the bundle label {@code prefix.STATUS} when
     * there is one (e.g. FilingStatus.FILED → 已备案), else the stored value as is.
     */
    public String status(String prefix, String status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return status(prefix, status, faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : Locale.SIMPLIFIED_CHINESE);
    }

    static String status(String prefix, String status, Locale locale) {
        if (status == null || status.isBlank() || prefix == null || prefix.isBlank()) {
            return status;
        }
        try {
            return ResourceBundle.getBundle(UiMessages.TEXT_BUNDLE, locale).getString(prefix + "." + status);
        } catch (MissingResourceException e) {
            return status;
        }
    }
}
