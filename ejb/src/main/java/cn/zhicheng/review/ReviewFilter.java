package cn.zhicheng.review;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;

/**
 * The filters of the unit review lists (SPEC §3.9.2): 姓名, 申报系列, 申报层级, 申报专业, 评价方式 (the activity's),
 * 工作单位 and 申报评委会; blank values do not filter.
 */
public record ReviewFilter(String name, Long seriesId, TitleLevel level, String specialty, ApplicationRoute route,
                           String employerName, Long committeeId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null, null, null, null);
    }
}
