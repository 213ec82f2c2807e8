package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One sheet row after the import's checks: either the checked details, or the refused field with the reason's key
 * and arguments. The cells stay as read, for the failed-rows file.
 */
public record ExpertImportRow(long rowNumber, List<String> cells, ExpertDetails details, ExpertField field,
                              String messageKey, List<String> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static ExpertImportRow valid(long rowNumber, List<String> cells, ExpertDetails details) {
        return new ExpertImportRow(rowNumber, cells, details, null, null, List.of());
    }

    public static ExpertImportRow refused(long rowNumber, List<String> cells, ExpertField field, String key,
                                          Object... arguments) {
        return new ExpertImportRow(rowNumber, cells, null, field, key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isValid() {
        return details != null;
    }
}
