package cn.zhicheng.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;

import java.io.Serializable;

/**
 * The filters of the application queries and the 花名表 (SPEC §3.15.1–3.15.3); null means "any". 姓名 matches from
 * the start of the name, 身份证号 exactly, 申报专业 anywhere in the name; 性别 comes from the ID number's 17th digit;
 * 评价方式 is the application's {@link ApplicationKind} (申报评审 / 职称初定), 申报方式 its {@link ApplicationRoute}.
 */
public record ApplicationQuery(Integer year, String name, String idNumber, Sex sex, Long seriesId, TitleLevel level,
                               String specialty, ApplicationRoute route, ApplicationKind kind, Long committeeId,
                               Long departmentId, StatusGroup group) implements Serializable {

    public static final ApplicationQuery ALL = new ApplicationQuery(null, null, null, null, null, null, null, null,
            null, null, null, StatusGroup.ALL);

    public ApplicationQuery {
        name = blankToNull(name);
        idNumber = blankToNull(idNumber);
        specialty = blankToNull(specialty);
        group = group == null ? StatusGroup.ALL : group;
    }

    public ApplicationQuery withGroup(StatusGroup newGroup) {
        return new ApplicationQuery(year, name, idNumber, sex, seriesId, level, specialty, route, kind, committeeId,
                departmentId, newGroup);
    }

    public ApplicationQuery withCommittee(Long newCommitteeId) {
        return new ApplicationQuery(year, name, idNumber, sex, seriesId, level, specialty, route, kind, newCommitteeId,
                departmentId, group);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
