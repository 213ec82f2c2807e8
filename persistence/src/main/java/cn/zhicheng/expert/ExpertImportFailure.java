package cn.zhicheng.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A row the expert import refused (SPEC §3.6.3 失败数据): the job instance, the sheet row number, the field, the
 * reason as a message key with arguments (shown in the reader's language), and the row's cells as read, so the user
 * can download the failed rows, fix them and upload them again. Written in the chunk's transaction.
 */
@Entity
@Table(name = "expert_import_failure")
@NamedQuery(name = ExpertImportFailure.FIND_BY_INSTANCE, query = "select f from ExpertImportFailure f"
        + " where f.jobInstanceId = :instanceId and f.committeeId = :committeeId order by f.rowNumber, f.id")
@NamedQuery(name = ExpertImportFailure.COUNT_BY_INSTANCE, query = "select count(f) from ExpertImportFailure f"
        + " where f.jobInstanceId = :instanceId and f.committeeId = :committeeId")
public class ExpertImportFailure {

    public static final String FIND_BY_INSTANCE = "ExpertImportFailure.findByInstance";
    public static final String COUNT_BY_INSTANCE = "ExpertImportFailure.countByInstance";
    /** The ASCII unit separator joins cells and arguments: never part of a cell a user typed in a sheet. */
    static final String SEPARATOR = "\u001F";
    private static final int CELLS_MAX = 4000;
    private static final int ARGUMENTS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "expert_import_failure_seq", sequenceName = "expert_import_failure_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_import_failure_seq")
    private Long id;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "row_number", nullable = false)
    private long rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private ExpertField field;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = ARGUMENTS_MAX)
    private String arguments;

    @Column(length = CELLS_MAX)
    private String cells;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ExpertImportFailure() {
    }

    public ExpertImportFailure(long jobInstanceId, long committeeId, long rowNumber, ExpertField field,
                               String messageKey, Object[] arguments, List<String> cells, OffsetDateTime now) {
        this.jobInstanceId = jobInstanceId;
        this.committeeId = committeeId;
        this.rowNumber = rowNumber;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = limit(String.join(SEPARATOR, Arrays.stream(arguments).map(String::valueOf)
                .map(a -> a.replace(SEPARATOR, " ")).toList()), ARGUMENTS_MAX);
        this.cells = limit(String.join(SEPARATOR, cells.stream().map(c -> c == null ? "" : c.replace(SEPARATOR, " "))
                .toList()), CELLS_MAX);
        this.createdAt = now;
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public ExpertField getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null || arguments.isEmpty() ? new Object[0] : arguments.split(SEPARATOR, -1);
    }

    public List<String> cells() {
        return cells == null ? List.of() : Arrays.asList(cells.split(SEPARATOR, -1));
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
