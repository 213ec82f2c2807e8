package cn.zhicheng.activity;

/**
 * 当前工作进度 of a published activity on the home page (SPEC §3.7.10 progress stages). Only the stages that follow
 * from the activity's own dates are known here; the later ones (评审中, 公示中, …) arrive with the meeting and result
 * capabilities. Labels: {@code ActivityProgress.NAME}.
 */
public enum ActivityProgress {
    /** 未开始: before 申报开始时间. */
    NOT_STARTED,
    /** 申报材料接收中: 申报开始时间 … 评委会接收申报截止时间. */
    ACCEPTING,
    /** 资格审核中: after 评委会接收申报截止时间. */
    QUALIFICATION_REVIEW
}
