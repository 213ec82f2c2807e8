package cn.zhicheng.expert;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;

/** A refused expert field: the rule's key and arguments, plus the field, so forms and imports can point at it. */
public class ExpertFieldException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ExpertField field;

    public ExpertFieldException(ExpertField field, BusinessException cause) {
        super(cause.getMessageKey(), cause.getArguments());
        this.field = field;
    }

    public ExpertField getField() {
        return field;
    }
}
