package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A review committee (评委会, SPEC §3.5) formed by a unit (组建单位) for one title series. This is the committee's
 * identity; its filing data, filing workflow and accounts are added by the committee capability.
 */
@Entity
@Table(name = "committee")
public class Committee {

    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "formation_unit_id")
    private Unit formationUnit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    /** 是否单位内部自主评审: only such committees may edit their specialty tree (with the committee setting). */
    @Column(name = "internal_review", nullable = false)
    private boolean internalReview;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Committee() {
    }

    public Committee(String name, Unit formationUnit, TitleSeries series, boolean internalReview, OffsetDateTime now) {
        rename(name);
        this.formationUnit = Objects.requireNonNull(formationUnit);
        this.series = Objects.requireNonNull(series);
        this.internalReview = internalReview;
        this.createdAt = now;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("committee.name.required");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new BusinessException("committee.name.tooLong", NAME_MAX);
        }
        this.name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getFormationUnit() {
        return formationUnit;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public boolean isInternalReview() {
        return internalReview;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Committee other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Committee.class.hashCode();
    }

    @Override
    public String toString() {
        return "Committee[" + id + " " + name + "]";
    }
}
