package cn.zhicheng.config;

/** Which applicants attend an interview/defense (SPEC §3.7.2 是否组织面试答辩, §3.10.4). */
public enum Defense {
    /** 部分面试答辩: only the applicants in the imported arrangement. */
    PARTIAL,
    /** 全体面试答辩 */
    ALL,
    /** 不组织 */
    NONE
}
