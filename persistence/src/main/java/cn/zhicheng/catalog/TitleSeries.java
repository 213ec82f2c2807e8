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
import java.util.Objects;

/**
 * A title series (职称系列), e.g. 工程技术人员. Retired series stay on old records but leave new choices. A series may
 * belong to a series category (申报类别 in Hebei, SPEC §1 glossary "Series category", e.g. 教学类): a grouping above
 * series that the HB lists show and filter by; none for a series not yet placed.
 */
@Entity
@Table(name = "title_series")
@NamedQuery(name = TitleSeries.FIND_BY_NAME, query = "select s from TitleSeries s where s.name = :name")
@NamedQuery(name = TitleSeries.FIND_ACTIVE, query = "select s from TitleSeries s where s.retired = false order by s.id")
@NamedQuery(name = TitleSeries.FIND_CATEGORIES, query = "select distinct s.category from TitleSeries s"
        + " where s.category is not null order by s.category")
public class TitleSeries {

    public static final String FIND_BY_NAME = "TitleSeries.findByName";
    public static final String FIND_ACTIVE = "TitleSeries.findActive";
    public static final String FIND_CATEGORIES = "TitleSeries.findCategories";
    public static final int NAME_MAX = 100;
    public static final int CATEGORY_MAX = 20;

    @Id
    @SequenceGenerator(name = "title_series_seq", sequenceName = "title_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_series_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = CATEGORY_MAX)
    private String category;

    @Column(nullable = false)
    private boolean retired;

    protected TitleSeries() {
    }

    public TitleSeries(String name) {
        this(name, null);
    }

    /** A series in a category (blank: none). */
    public TitleSeries(String name, String category) {
        this.name = validName(name);
        this.category = validCategory(category);
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

    /** A category name, stripped; blank means none; at most {@value #CATEGORY_MAX} characters. */
    static String validCategory(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String stripped = category.strip();
        if (stripped.length() > CATEGORY_MAX) {
            throw new BusinessException("catalog.series.categoryTooLong", CATEGORY_MAX);
        }
        return stripped;
    }

    /** Whether {@code category} (as {@link #categorize} would store it) differs from the current one. */
    public boolean categoryDiffers(String category) {
        return !Objects.equals(this.category, validCategory(category));
    }

    /**
     * Places the series in a category (申报类别, blank: none) and returns the previous one; refuses an unchanged
     * category. Applications of the series show the new category at once (it is read through the series).
     */
    public String categorize(String newCategory) {
        String valid = validCategory(newCategory);
        if (Objects.equals(valid, category)) {
            throw new BusinessException("catalog.series.categoryUnchanged");
        }
        String previous = category;
        this.category = valid;
        return previous;
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

    /** The series category (申报类别, HB), or null. */
    public String getCategory() {
        return category;
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
