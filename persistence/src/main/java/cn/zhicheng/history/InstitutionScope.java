package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * A name an evaluating unit may write into 评审机构 (SPEC §3.13.2 rule 1): one of its filed committees or a historical
 * institution it collects for, with the series and levels that body may have evaluated (empty: not restricted).
 */
public record InstitutionScope(String name, Set<String> seriesNames, Set<TitleLevel> levels) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean covers(String seriesName, TitleLevel level) {
        return (seriesNames.isEmpty() || seriesNames.contains(seriesName)) && (levels.isEmpty() || levels.contains(level));
    }
}
