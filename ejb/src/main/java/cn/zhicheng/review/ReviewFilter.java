package cn.zhicheng.review;

import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;

import java.io.Serial;
import java.io.Serializable;

/**
 * The filters of the unit review lists (SPEC §3.9.2). SC layout: 姓名, 申报系列, 申报层级, 申报专业, 申报类别
 * ({@code route}, SPEC §4.10.1), 评价方式 ({@code kind}), 工作单位 and 申报评委会; the Hebei layout adds {@link Hebei}.
 * Blank values do not filter.
 */
public record ReviewFilter(String name, Long seriesId, TitleLevel level, String specialty, ApplicationRoute route,
                           String employerName, Long committeeId, ApplicationKind kind, Hebei hebei)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The SC filters without 评价方式 and the Hebei ones. */
    public ReviewFilter(String name, Long seriesId, TitleLevel level, String specialty, ApplicationRoute route,
                        String employerName, Long committeeId) {
        this(name, seriesId, level, specialty, route, employerName, committeeId, null, null);
    }

    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The longer Hebei list (SPEC §3.9.2 HB layout) read from the application and its form entries: 身份证号 (exact),
     * 申报职称名称, 评审方式 (the activity's), 是否委托评审, 最高学历 / 第一学历 (the 学历 row marked 最高 / 第一),
     * 毕业学校 and 所学专业 (any 学历 row), 现职称名称 and 现职称等级 (any 资历 row), 现职称取得年限 (a 资历 row obtained
     * at least that many whole years ago), 行政区划 (the employer's region code within the chosen region) and 主管部门
     * (the employer within the chosen 主管部门's subtree), 申报类别 ({@code seriesCategory}: the series category of the
     * application's series, SPEC §1, not the SC 申报类别 = route) and 特殊经历 ({@code specialExperience}: an entry
     * of 特殊专业技术工作经验 with that 经历类别). Education and title levels and 经历类别 are the form's codes
     * ({@code Choices}).
     */
    public record Hebei(String idNumber, String qualificationName, EvaluationMethod evaluationMethod,
                        Boolean entrusted, String highestEducation, String firstEducation, String school,
                        String major, String currentTitle, String currentTitleLevel, Integer currentTitleYears,
                        String regionCode, Long departmentId, String seriesCategory, String specialExperience)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Hebei(String idNumber, String qualificationName, EvaluationMethod evaluationMethod, Boolean entrusted,
                     String highestEducation, String firstEducation, String school, String major,
                     String currentTitle, String currentTitleLevel, Integer currentTitleYears, String regionCode,
                     Long departmentId) {
            this(idNumber, qualificationName, evaluationMethod, entrusted, highestEducation, firstEducation, school,
                    major, currentTitle, currentTitleLevel, currentTitleYears, regionCode, departmentId, null, null);
        }

        public Hebei(String idNumber, String qualificationName, EvaluationMethod evaluationMethod, Boolean entrusted,
                     String highestEducation, String firstEducation, String school, String major,
                     String currentTitle, String currentTitleLevel, Integer currentTitleYears) {
            this(idNumber, qualificationName, evaluationMethod, entrusted, highestEducation, firstEducation, school,
                    major, currentTitle, currentTitleLevel, currentTitleYears, null, null, null, null);
        }

        /** Only 申报类别 (series category) and 特殊经历 (经历类别 code). */
        public static Hebei byCategoryAndExperience(String seriesCategory, String specialExperience) {
            return new Hebei(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    seriesCategory, specialExperience);
        }

        public static Hebei none() {
            return byCategoryAndExperience(null, null);
        }
    }
}
