package cn.zhicheng.application;

/** 学历 (SPEC §3.8.9, the education columns of §3.15.4), highest first. Labels: {@code EducationLevel.NAME}. */
public enum EducationLevel {
    DOCTORATE,
    MASTER,
    BACHELOR,
    JUNIOR_COLLEGE,
    SECONDARY_VOCATIONAL,
    HIGH_SCHOOL_OR_BELOW
}
