package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;

/** The public home page's search (SPEC §3.14.5): series, level, region (applicants of that region may apply). */
public record PublicSearch(Long seriesId, TitleLevel level, String regionCode) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static PublicSearch all() {
        return new PublicSearch(null, null, null);
    }
}
