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

/** A title series (职称系列), e.g. 工程技术人员. Retired series stay on old records but leave new choices. */
@Entity
@Table(name = "title_series")
@NamedQuery(name = TitleSeries.FIND_BY_NAME, query = "select s from TitleSeries s where s.name = :name")
public class TitleSeries {

    public static final String FIND_BY_NAME = "TitleSeries.findByName";

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
        if (name == null || name.isBlank()) {
            throw new BusinessException("catalog.series.required");
        }
        if (name.strip().length() > 100) {
            throw new BusinessException("catalog.series.tooLong", 100);
        }
        this.name = name.strip();
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
}
