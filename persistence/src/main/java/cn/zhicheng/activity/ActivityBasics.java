package cn.zhicheng.activity;

import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.SpecialtyGroupMode;
import cn.zhicheng.config.WrittenExam;

import java.io.Serializable;

/**
 * Step 1 基本信息 of an activity (SPEC §3.7.2 对外公布信息, §3.7.3 对内评审方案, §3.7.4 SX fields) as entered; the
 * entity validates it.
 */
public record ActivityBasics(String name, String applyScope, Integer year, ActivityCategory category,
                             EvaluationMethod evaluationMethod, boolean breakMeeting, WrittenExam writtenExam,
                             Defense defense, boolean specialtyGroups, SpecialtyGroupMode specialtyGroupMode,
                             ReviewMode reviewMode, ActivitySchedule schedule, boolean healthPage,
                             boolean primaryTeacherPage, boolean vocationalTeacherPage, String documentNumber,
                             boolean publicPlan) implements Serializable {
}
