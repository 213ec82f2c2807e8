package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** One 失败数据 line: sheet row, the field (null for the whole row), the reason's key and arguments, the cells. */
public record ImportFailureRow(Long id, long rowNumber, ExpertField field, String messageKey, Object[] arguments,
                               List<String> cells) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static ImportFailureRow of(ExpertImportFailure f) {
        return new ImportFailureRow(f.getId(), f.getRowNumber(), f.getField(), f.getMessageKey(), f.arguments(),
                f.cells());
    }
}
