package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;

/** One line of the 职称目录管理 series list: the series and how many qualification names it has (in use / all). */
public record SeriesRow(Long id, String name, boolean retired, long qualifications, long activeQualifications)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
