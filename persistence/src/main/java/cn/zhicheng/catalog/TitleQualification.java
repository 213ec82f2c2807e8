package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A qualification name (资格名称) at one level of a series, e.g. 工程技术人员 / 副高级 / 高级工程师. */
@Entity
@EntityListeners(ListChanges.class)
@Table(name = "title_qualification")
@NamedQuery(name = TitleQualification.FIND,
        query = "select q from TitleQualification q where q.series = :series and q.level = :level and q.name = :name")
@NamedQuery(name = TitleQualification.COUNT, query = "select count(q) from TitleQualification q")
@NamedQuery(name = TitleQualification.FIND_OF_SERIES,
        query = "select q from TitleQualification q where q.series.id = :seriesId order by q.id")
@NamedQuery(name = TitleQualification.FIND_ACTIVE_LEVELS, query = "select distinct q.level from TitleQualification q"
        + " where q.series.id = :seriesId and q.retired = false and q.series.retired = false")
@NamedQuery(name = TitleQualification.FIND_ACTIVE, query = "select q from TitleQualification q"
        + " where q.series.id = :seriesId and q.level = :level and q.retired = false and q.series.retired = false"
        + " order by q.id")
@NamedQuery(name = TitleQualification.COUNT_BY_SERIES, query = "select q.series.id, count(q),"
        + " sum(case when q.retired = false then 1 else 0 end) from TitleQualification q"
        + " where q.series.id in :seriesIds group by q.series.id")
public class TitleQualification {

    public static final String FIND = "TitleQualification.find";
    public static final String COUNT = "TitleQualification.count";
    public static final String FIND_OF_SERIES = "TitleQualification.findOfSeries";
    public static final String FIND_ACTIVE_LEVELS = "TitleQualification.findActiveLevels";
    public static final String FIND_ACTIVE = "TitleQualification.findActive";
    public static final String COUNT_BY_SERIES = "TitleQualification.countBySeries";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "title_qualification_seq", sequenceName = "title_qualification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_qualification_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TitleLevel level;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    protected TitleQualification() {
    }

    /** A new name in a series; the caller checks that the series is not retired when a user adds one. */
    public TitleQualification(TitleSeries series, TitleLevel level, String name) {
        this.series = Objects.requireNonNull(series);
        this.level = Objects.requireNonNull(level);
        this.name = validName(name);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("catalog.qualification.required");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new BusinessException("catalog.qualification.tooLong", NAME_MAX);
        }
        return name.strip();
    }

    /**
     * A new name at the same series and level, keeping the identity (old records show the new name; the returned
     * rename keeps the old one). The caller checks uniqueness within the series and level.
     */
    public TitleRename rename(String newName, OffsetDateTime now) {
        String valid = validName(newName);
        if (valid.equals(name)) {
            throw new BusinessException("catalog.rename.unchanged", name);
        }
        TitleRename rename = new TitleRename(TitleRename.EntryType.QUALIFICATION, id, name, valid, now);
        this.name = valid;
        return rename;
    }

    /** 停用: no longer offered for new choices; records that hold it keep it. */
    public void retire() {
        if (retired) {
            throw new BusinessException("catalog.qualification.alreadyRetired", name);
        }
        retired = true;
    }

    /** 启用 again; refused while its series is retired (reinstate the series first). */
    public void reinstate() {
        if (!retired) {
            throw new BusinessException("catalog.qualification.notRetired", name);
        }
        if (series.isRetired()) {
            throw new BusinessException("catalog.series.retired", series.getName());
        }
        retired = false;
    }

    /** Offered in new choices: neither it nor its series is retired. */
    public boolean isActive() {
        return !retired && !series.isRetired();
    }

    public Long getId() {
        return id;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TitleQualification other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TitleQualification.class.hashCode();
    }

    @Override
    public String toString() {
        return "TitleQualification[" + id + ", " + level + ", " + name + (retired ? ", retired]" : "]");
    }
}
