package cn.zhicheng.org;

/** Administrative level of a 人社部门: 省人社厅, 市(州)人社局, 县(区)人社部门. */
public enum HrssLevel {
    PROVINCE, CITY, COUNTY
}
