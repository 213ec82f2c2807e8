package cn.zhicheng.region;

/** The three levels of the 职称业务归属地 cascade (SPEC §2.1). */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY
}
