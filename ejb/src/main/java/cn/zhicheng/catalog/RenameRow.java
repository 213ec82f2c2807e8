package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of an entry's 更名记录 (SPEC §3.16: renames keep the entry; old records show the name of their time). */
public record RenameRow(String oldName, String newName, OffsetDateTime renamedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
