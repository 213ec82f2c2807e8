package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A title series (职称系列), e.g. 工程技术人员. Retired series stay on old records but leave new choices. */
@Entity
@Table(name = "title_series")
@NamedQuery(name = TitleSeries.FIND_BY_NAME, query = "select s from TitleSeries s where s.name = :name")
@NamedQuery(name = TitleSeries.FIND_ACTIVE, query = "select s from TitleSeries s where s.retired = false order by s.id")
public class TitleSeries {

    public static final String FIND_BY_NAME = "TitleSeries.findByName";
    public static final String FIND_ACTIVE = "TitleSeries.findActive";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "title_series_seq", sequenceName = "title_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_series_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    protected TitleSeries() {
    }

    public TitleSeries(String name) {
        this.name = validName(name);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("catalog.series.required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new BusinessException("catalog.series.tooLong", NAME_MAX);
        }
        return name.strip();
    }

    /**
     * Gives the series a new name; it keeps its identity, so every record pointing at it shows the new name and the
     * returned rename keeps the old one for history. The caller checks that no other series has the name.
     */
    public TitleRename rename(String newName, OffsetDateTime now) {
        String valid = validName(newName);
        if (valid.equals(name)) {
            throw new BusinessException("catalog.rename.unchanged", name);
        }
        TitleRename rename = new TitleRename(TitleRename.EntryType.SERIES, id, name, valid, now);
        this.name = valid;
        return rename;
    }

    /** 停用: no longer offered for new committees, activities or applications; old records keep it. */
    public void retire() {
        if (retired) {
            throw new BusinessException("catalog.series.alreadyRetired", name);
        }
        retired = true;
    }

    /** 启用 again. */
    public void reinstate() {
        if (!retired) {
            throw new BusinessException("catalog.series.notRetired", name);
        }
        retired = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TitleSeries other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TitleSeries.class.hashCode();
    }

    @Override
    public String toString() {
        return "TitleSeries[" + id + ", " + name + (retired ? ", retired]" : "]");
    }
}
