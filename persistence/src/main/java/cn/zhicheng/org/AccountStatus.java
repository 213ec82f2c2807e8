package cn.zhicheng.org;

/** Account life cycle: 正常, 禁用 (can be re-enabled), 废弃 (retired for good). Only ACTIVE accounts log in. */
public enum AccountStatus {
    ACTIVE, DISABLED, RETIRED
}
