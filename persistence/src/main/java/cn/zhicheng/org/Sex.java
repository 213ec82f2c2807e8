package cn.zhicheng.org;

/** A person's sex as encoded in the resident ID number (position 17: odd = male, even = female). */
public enum Sex {
    MALE,
    FEMALE
}
