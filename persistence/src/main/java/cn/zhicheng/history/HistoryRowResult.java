package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One import row after the checks: either the checked details, or the refused column with the reason's message key
 * and arguments. The cells stay as read, for the failed-rows list, the edit dialog and the failures file.
 */
public record HistoryRowResult(long rowNumber, List<String> cells, HistoryDetails details, HistoryColumn column,
                               String messageKey, List<String> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static HistoryRowResult valid(long rowNumber, List<String> cells, HistoryDetails details) {
        return new HistoryRowResult(rowNumber, cells, details, null, null, List.of());
    }

    public static HistoryRowResult refused(long rowNumber, List<String> cells, HistoryColumn column, String key,
                                           Object... arguments) {
        return new HistoryRowResult(rowNumber, cells, null, column, key,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isValid() {
        return details != null;
    }
}
