package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;

/**
 * What an applicant looks for (SPEC §3.8.3 个人申报设置): their employer, the evaluation method, series, level and
 * specialty (by name; null = any). The qualification name follows from series, level and specialty.
 */
public record FinderQuery(Long unitId, EvaluationMethod evaluationMethod, Long seriesId, TitleLevel level,
                          String specialty) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
