package cn.zhicheng.web.history;

import cn.zhicheng.history.FailureRow;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.shared.ErrorMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Reasons of refused import rows as sentences naming the row and the column, in the reader's language. */
@ApplicationScoped
public class HistoryMessages {

    /** "第 n 行“列”列：原因". */
    public String reason(FailureRow row) {
        Locale locale = locale();
        String column = row.column() == null ? "" : ErrorMessages.format(locale, "history.import.column",
                row.column().header());
        return ErrorMessages.format(locale, "history.import.line", row.rowNumber(), column,
                ErrorMessages.format(locale, row.messageKey(), row.arguments()));
    }

    /** Only the reason, for the reason column of the failures file. */
    public String cause(FailureRow row) {
        String cause = ErrorMessages.format(locale(), row.messageKey(), row.arguments());
        return row.column() == null ? cause : row.column().header() + "：" + cause;
    }

    public String header(HistoryColumn column) {
        return column.header();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }
}
