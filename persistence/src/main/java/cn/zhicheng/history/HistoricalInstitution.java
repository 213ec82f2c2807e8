package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 历史评审机构 (SPEC §3.13.6): a body that evaluated titles before the online system, created by a local 人社部门
 * with the series and levels it may have evaluated and the units designated to collect its certificates. A
 * collecting unit may then name it in 评审机构 for those series and levels (rule 1).
 */
@Entity
@Table(name = "history_institution")
public class HistoricalInstitution {

    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "history_institution_seq", sequenceName = "history_institution_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_institution_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private Unit owner;

    @ManyToMany
    @JoinTable(name = "history_institution_series", joinColumns = @JoinColumn(name = "institution_id"),
            inverseJoinColumns = @JoinColumn(name = "series_id"))
    private Set<TitleSeries> series = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "history_institution_level", joinColumns = @JoinColumn(name = "institution_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 16)
    private Set<TitleLevel> levels = EnumSet.noneOf(TitleLevel.class);

    @ManyToMany
    @JoinTable(name = "history_institution_collector", joinColumns = @JoinColumn(name = "institution_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> collectors = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected HistoricalInstitution() {
    }

    public HistoricalInstitution(Unit owner, OffsetDateTime now) {
        this.owner = owner;
        this.createdAt = now;
    }

    /** Sets every field of the 新增/编辑 form; each is required (SPEC §3.13.6). */
    public void describe(String name, Collection<TitleSeries> series, Collection<TitleLevel> levels,
                         Collection<Unit> collectors) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("history.institution.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new BusinessException("history.institution.nameTooLong", NAME_MAX);
        }
        if (series == null || series.isEmpty()) {
            throw new BusinessException("history.institution.seriesRequired");
        }
        if (levels == null || levels.isEmpty()) {
            throw new BusinessException("history.institution.levelsRequired");
        }
        if (collectors == null || collectors.isEmpty()) {
            throw new BusinessException("history.institution.collectorsRequired");
        }
        this.name = trimmed;
        this.series.clear();
        this.series.addAll(series);
        this.levels.clear();
        this.levels.addAll(levels);
        this.collectors.clear();
        this.collectors.addAll(collectors);
    }

    public InstitutionScope scope() {
        Set<String> names = new LinkedHashSet<>();
        series.forEach(s -> names.add(s.getName()));
        return new InstitutionScope(name, names, levels.isEmpty() ? EnumSet.noneOf(TitleLevel.class)
                : EnumSet.copyOf(levels));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getOwner() {
        return owner;
    }

    public Set<TitleSeries> getSeries() {
        return series;
    }

    public Set<TitleLevel> getLevels() {
        return levels;
    }

    public Set<Unit> getCollectors() {
        return collectors;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
