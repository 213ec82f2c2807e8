package cn.zhicheng.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A row the import refused (SPEC §3.13.2 失败数据): the batch, the sheet row, the column, the reason as a message key
 * with arguments, and the cells, so the row can be edited in place (and re-checked), exported with its reason, or
 * deleted. Written in the chunk's transaction.
 */
@Entity
@Table(name = "history_import_failure")
public class HistoryImportFailure {

    static final String SEPARATOR = "\u001F";
    private static final int CELLS_MAX = 4000;
    private static final int ARGUMENTS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "history_import_failure_seq", sequenceName = "history_import_failure_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_import_failure_seq")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "row_number", nullable = false)
    private long rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "column_name", length = 24)
    private HistoryColumn column;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = ARGUMENTS_MAX)
    private String arguments;

    @Column(length = CELLS_MAX)
    private String cells;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected HistoryImportFailure() {
    }

    public HistoryImportFailure(long batchId, HistoryRowResult row, OffsetDateTime now) {
        this.batchId = batchId;
        this.rowNumber = row.rowNumber();
        this.createdAt = now;
        refuse(row);
    }

    /** Takes the outcome of a new check of the edited row (still refused). */
    public void refuse(HistoryRowResult row) {
        this.column = row.column();
        this.messageKey = row.messageKey();
        this.arguments = limit(String.join(SEPARATOR, row.arguments().stream().map(a -> a.replace(SEPARATOR, " "))
                .toList()), ARGUMENTS_MAX);
        this.cells = limit(String.join(SEPARATOR, row.cells().stream()
                .map(c -> c == null ? "" : c.replace(SEPARATOR, " ")).toList()), CELLS_MAX);
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public HistoryColumn getColumn() {
        return column;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null || arguments.isEmpty() ? new Object[0] : arguments.split(SEPARATOR, -1);
    }

    /** The reason's arguments as stored (one column, joined by the unit separator), for bulk writes. */
    public String getArgumentsText() {
        return arguments;
    }

    /** The cells as stored (one column, joined by the unit separator), for bulk writes. */
    public String getCellsText() {
        return cells;
    }

    public List<String> cells() {
        return cells == null ? List.of() : Arrays.asList(cells.split(SEPARATOR, -1));
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
