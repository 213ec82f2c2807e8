package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;

/**
 * One line of the 职称目录管理 series list: the series, its category (申报类别, null when none) and how many
 * qualification names it has (in use / all).
 */
public record SeriesRow(Long id, String name, String category, boolean retired, long qualifications,
                        long activeQualifications)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
