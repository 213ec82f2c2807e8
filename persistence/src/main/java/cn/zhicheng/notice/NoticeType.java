package cn.zhicheng.notice;

/** 公告类型 (SPEC §3.14.1): the tabs of the public home page's notice list. Labels: {@code NoticeType.NAME}. */
public enum NoticeType {
    /** 通知公告 (published activities post here automatically) */
    NOTICE,
    /** 政策法规 */
    POLICY,
    /** 公布文件 */
    PUBLISHED_DOCUMENT,
    /** 标准条件 */
    STANDARD,
    /** 上传文件 */
    UPLOADED_FILE,
    /** 常见问题 */
    FAQ,
    /** 评后公示 */
    PUBLICITY,
    /** 申报条件 */
    APPLICATION_CONDITION
}
