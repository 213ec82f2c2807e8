package cn.zhicheng.review;

import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;

/**
 * The filters of the 资格审核 screen (SPEC §3.9.5): 申报年度, 申报系列, 申报专业 (contains), 申报资格名称 (contains),
 * 申报等级, 申报方式, 评审方式, 身份证号 (exact), 姓名 (contains), 主管部门 (the employer lies under it). Null or blank
 * means "any".
 */
public record QualificationFilter(Integer year, Long seriesId, String specialty, String qualificationName,
                                  TitleLevel level, ApplicationRoute route, EvaluationMethod method, String idNumber,
                                  String name, Long departmentId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static QualificationFilter none() {
        return new QualificationFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
