package cn.zhicheng.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;

import java.io.Serializable;

/**
 * One application in the query lists and the 花名表 (SPEC §3.15.3 columns). {@code idNumber} is masked in lists
 * (5101**********7209) and complete only in the 职称申报人员信息表 export; {@code department} is the employer's
 * nearest 主管部门 (competent-department unit above it), null when there is none.
 */
public record ApplicationQueryRow(Long id, int year, String name, String idNumber, Sex sex, String department,
                                  String series, TitleLevel level, String specialty, String qualification,
                                  ApplicationRoute route, ApplicationKind kind, String committee, String activity,
                                  String employer, ApplicationStatus status) implements Serializable {
}
