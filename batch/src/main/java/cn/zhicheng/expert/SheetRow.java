package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** One sheet row as read: its 1-based row number (as Excel shows it) and its cells as text, blank as "". */
public record SheetRow(long number, List<String> cells) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
