package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;

/**
 * A qualification name with its series and level, as lists and forms show it. {@code retired} is true when the name
 * or its series is retired: such an entry still displays on old records but is not offered for new choices.
 */
public record QualificationRow(Long id, Long seriesId, String seriesName, TitleLevel level, String name,
                               boolean retired) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static QualificationRow of(TitleQualification q) {
        return new QualificationRow(q.getId(), q.getSeries().getId(), q.getSeries().getName(), q.getLevel(),
                q.getName(), !q.isActive());
    }
}
