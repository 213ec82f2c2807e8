package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import java.util.Objects;

/** A qualification name (资格名称) at one level of a series, e.g. 工程技术人员 / 副高级 / 高级工程师. */
@Entity
@Table(name = "title_qualification")
@NamedQuery(name = TitleQualification.FIND,
        query = "select q from TitleQualification q where q.series = :series and q.level = :level and q.name = :name")
@NamedQuery(name = TitleQualification.COUNT, query = "select count(q) from TitleQualification q")
public class TitleQualification {

    public static final String FIND = "TitleQualification.find";
    public static final String COUNT = "TitleQualification.count";

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

    public TitleQualification(TitleSeries series, TitleLevel level, String name) {
        this.series = Objects.requireNonNull(series);
        this.level = Objects.requireNonNull(level);
        if (name == null || name.isBlank()) {
            throw new BusinessException("catalog.qualification.required");
        }
        if (name.strip().length() > 100) {
            throw new BusinessException("catalog.qualification.tooLong", 100);
        }
        this.name = name.strip();
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
}
