package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;

/** One historical review activity in the committee's 职称评审信息上报 list (SPEC §3.13.3, SX), with its batch count. */
public record ActivityRow(Long id, int year, String name, String seriesName, TitleLevel level, long batches)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
