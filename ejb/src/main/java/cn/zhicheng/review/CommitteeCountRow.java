package cn.zhicheng.review;

import java.io.Serializable;

/**
 * 申报材料综合查询 (SPEC §3.15.1): per activity of a committee the caller's unit formed — 申报人数 (submitted at least
 * once), 接收人数 (reached the committee: 待资格审核 or 已接收) and 通过人数 (accepted by the committee's 资格审核;
 * the meeting's result replaces it once meetings exist).
 */
public record CommitteeCountRow(Long committeeId, String committee, Long activityId, String activity, int year,
                                long declared, long received, long passed) implements Serializable {
}
