package cn.zhicheng.activity;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;

/** One 破格条件 (SPEC §3.7.7): 序号, the condition text, 是否必须提供佐证. */
@Embeddable
public class ExceptionCondition implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 500;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "condition_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    protected ExceptionCondition() {
    }

    public static ExceptionCondition of(int row, Integer position, String text, boolean evidenceRequired) {
        if (position == null || position < 1) {
            throw new BusinessException("activity.row.position", row);
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("activity.exception.text.required", row);
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new BusinessException("activity.exception.text.tooLong", row, TEXT_MAX);
        }
        ExceptionCondition result = new ExceptionCondition();
        result.position = position;
        result.text = text.strip();
        result.evidenceRequired = evidenceRequired;
        return result;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }
}
