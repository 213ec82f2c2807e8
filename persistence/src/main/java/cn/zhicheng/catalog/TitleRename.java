package cn.zhicheng.catalog;

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
import java.util.List;
import java.util.Objects;

/**
 * One rename of a catalog entry (SPEC §3.16: renames keep the identity; history shows the name valid at the time).
 * Created by {@link TitleSeries#rename} / {@link TitleQualification#rename}; never changed.
 */
@Entity
@Table(name = "title_rename")
@NamedQuery(name = TitleRename.FIND_FOR_ENTRY, query = "select r from TitleRename r"
        + " where r.entryType = :entryType and r.entryId = :entryId order by r.renamedAt, r.id")
public class TitleRename {

    public static final String FIND_FOR_ENTRY = "TitleRename.findForEntry";

    /** Which kind of entry was renamed. */
    public enum EntryType { SERIES, QUALIFICATION }

    @Id
    @SequenceGenerator(name = "title_rename_seq", sequenceName = "title_rename_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_rename_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 16)
    private EntryType entryType;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "old_name", nullable = false, length = 100)
    private String oldName;

    @Column(name = "new_name", nullable = false, length = 100)
    private String newName;

    @Column(name = "renamed_at", nullable = false)
    private OffsetDateTime renamedAt;

    protected TitleRename() {
    }

    TitleRename(EntryType entryType, Long entryId, String oldName, String newName, OffsetDateTime renamedAt) {
        this.entryType = Objects.requireNonNull(entryType);
        this.entryId = entryId;
        this.oldName = oldName;
        this.newName = newName;
        this.renamedAt = Objects.requireNonNull(renamedAt);
    }

    /**
     * The name valid at {@code moment}, given the entry's current name and its renames in order: the old name of the
     * first rename after the moment, else the current name.
     */
    public static String nameAt(String currentName, List<TitleRename> renames, OffsetDateTime moment) {
        return renames.stream().filter(r -> r.renamedAt.isAfter(moment)).findFirst()
                .map(TitleRename::getOldName).orElse(currentName);
    }

    public Long getId() {
        return id;
    }

    public EntryType getEntryType() {
        return entryType;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public OffsetDateTime getRenamedAt() {
        return renamedAt;
    }
}
