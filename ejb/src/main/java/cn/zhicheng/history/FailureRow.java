package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** One 失败数据 line: sheet row, the column (null for the whole row), the reason's key and arguments, the cells. */
public record FailureRow(Long id, long batchId, long rowNumber, HistoryColumn column, String messageKey,
                         Object[] arguments, List<String> cells) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static FailureRow of(HistoryImportFailure f) {
        return new FailureRow(f.getId(), f.getBatchId(), f.getRowNumber(), f.getColumn(), f.getMessageKey(),
                f.arguments(), f.cells());
    }

    public String cell(HistoryColumn c) {
        return c.cell(cells);
    }
}
