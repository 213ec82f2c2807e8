package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of the 历史评审机构 list, and the values of its edit form. */
public record InstitutionRow(Long id, String name, List<Long> seriesIds, List<String> seriesNames,
                             List<TitleLevel> levels, List<Long> collectorIds, List<String> collectorNames,
                             OffsetDateTime createdAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The series names joined for a list cell. */
    public String seriesText() {
        return String.join("、", seriesNames);
    }

    public String collectorsText() {
        return String.join("、", collectorNames);
    }

    static InstitutionRow of(HistoricalInstitution i) {
        return new InstitutionRow(i.getId(), i.getName(),
                i.getSeries().stream().map(s -> s.getId()).toList(),
                i.getSeries().stream().map(s -> s.getName()).toList(),
                i.getLevels().stream().sorted().toList(),
                i.getCollectors().stream().map(u -> u.getId()).toList(),
                i.getCollectors().stream().map(u -> u.getName()).toList(),
                i.getCreatedAt());
    }
}
