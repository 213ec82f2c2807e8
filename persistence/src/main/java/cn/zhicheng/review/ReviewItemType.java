package cn.zhicheng.review;

import cn.zhicheng.org.Permission;
import cn.zhicheng.org.UnitType;

import java.util.Arrays;
import java.util.List;

/**
 * 审核事项类型 (SPEC §3.3): the kinds of item a unit may review in several internal steps, each guarded by the
 * permission of its review function. Labels come from the bundle key {@code ReviewItemType.NAME}.
 */
public enum ReviewItemType {
    /** 评委会备案 */
    COMMITTEE_FILING(Permission.COMMITTEE_FILING_REVIEW),
    /** 评审活动发布 */
    ACTIVITY_PUBLICATION(Permission.ACTIVITY_PUBLISH_REVIEW),
    /** 申报材料审核 */
    APPLICATION(Permission.APPLICATION_REVIEW),
    /** 历史职称数据审核 (SPEC §3.13.4; 初定/确认/委托评审 at the issuing authority: its internal review only) */
    HISTORY_DATA(Permission.HISTORY_REVIEW);

    private final Permission permission;

    ReviewItemType(Permission permission) {
        this.permission = permission;
    }

    /** The permission a staff member needs to act on this type of item. */
    public Permission permission() {
        return permission;
    }

    /** True when units of this type review such items at all (e.g. 申报单位 review applications only). */
    public boolean isReviewedBy(UnitType unitType) {
        return permission.isAvailableTo(unitType);
    }

    /** The item types a unit of this type may configure, in catalogue order. */
    public static List<ReviewItemType> reviewedBy(UnitType unitType) {
        return Arrays.stream(values()).filter(t -> t.isReviewedBy(unitType)).toList();
    }
}
