package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Set;

/**
 * A committee's historical review activity (SX 职称评审信息上报, SPEC §3.13.3): 评审年度, 评审活动名称, 系列 and 级别 of a
 * review held before the platform. Its certificates are imported as batches whose 评审机构 is the committee itself,
 * within the activity's series and level, and reported (上报) to the committee's 主管部门 and then the province.
 */
@Entity
@Table(name = "history_activity")
public class HistoryActivity {

    public static final int NAME_MAX = 100;
    public static final int FIRST_YEAR = 1980;

    @Id
    @SequenceGenerator(name = "history_activity_seq", sequenceName = "history_activity_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_activity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TitleLevel level;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected HistoryActivity() {
    }

    /**
     * 新增历史评审活动: the year lies between {@value #FIRST_YEAR} and the current year, the name is given and fits, the
     * series and level are given.
     */
    public HistoryActivity(Committee committee, int year, String name, TitleSeries series, TitleLevel level,
                           OffsetDateTime now) {
        if (year < FIRST_YEAR || year > now.getYear()) {
            throw new BusinessException("history.activity.year", FIRST_YEAR, now.getYear());
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("history.activity.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new BusinessException("history.activity.nameTooLong", NAME_MAX);
        }
        if (series == null || level == null) {
            throw new BusinessException("history.activity.titleRequired");
        }
        this.committee = committee;
        this.year = year;
        this.name = trimmed;
        this.series = series;
        this.level = level;
        this.createdAt = now;
    }

    /** Rule 1 for its rows: the committee is the only 评审机构, for the activity's series and level. */
    public InstitutionScope scope() {
        return new InstitutionScope(committee.getName(), Set.of(series.getName()), Set.of(level));
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
