package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The 新增/编辑历史评审机构 form (SPEC §3.13.6): 评审机构名称, 可采集的系列, 层级, 采集单位. */
public record InstitutionInput(String name, List<Long> seriesIds, List<TitleLevel> levels, List<Long> collectorIds)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
