package cn.zhicheng.web.expert;

import cn.zhicheng.expert.ExpertField;
import cn.zhicheng.expert.ExpertFieldException;
import cn.zhicheng.expert.ImportFailureRow;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ErrorMessages;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.util.Locale;

/** Refusals of expert fields and import rows as sentences naming the field (and row) in the user's language. */
@ApplicationScoped
public class ExpertMessages {

    @Inject
    private UiMessages messages;

    /** Shows a refusal; a field refusal is prefixed with the field's label. */
    public void error(BusinessException e) {
        if (e instanceof ExpertFieldException field) {
            messages.error("expert.form.fieldError", label(field.getField()), e.getLocalizedMessage(locale()));
        } else {
            messages.error(e);
        }
    }

    /** "第 n 行“列”列：原因" for a refused import row. */
    public String reason(ImportFailureRow row) {
        Locale locale = locale();
        String column = row.field() == null ? "" : ErrorMessages.format(locale, "expert.import.column",
                label(row.field()));
        return ErrorMessages.format(locale, "expert.import.line", row.rowNumber(), column,
                ErrorMessages.format(locale, row.messageKey(), row.arguments()));
    }

    /** Only the reason, for the reason column of the failed-rows file. */
    public String cause(ImportFailureRow row) {
        return ErrorMessages.format(locale(), row.messageKey(), row.arguments());
    }

    public String label(ExpertField field) {
        return messages.format("ExpertField." + field.name());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
    }
}
