package cn.zhicheng.catalog;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The qualification names of one series at one level, for the catalog screen. */
public record LevelGroup(TitleLevel level, List<QualificationRow> qualifications) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
