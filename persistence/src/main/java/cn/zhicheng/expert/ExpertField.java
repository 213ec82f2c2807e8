package cn.zhicheng.expert;

/**
 * The fields of 新增专家信息 (SPEC §3.6.2) in the form's order, which is also the column order of the import
 * template; 年龄 is derived from the ID number and is neither entered nor imported. A refused value names its field,
 * so the import can report row and column. Labels: {@code ExpertField.NAME}.
 */
public enum ExpertField {
    COUNTRY, NAME, ID_TYPE, ID_NUMBER, SEX, BIRTH_MONTH, RETIRED, WORK_UNIT, COMPETENT_UNIT, ADMIN_POST,
    ADMIN_POST_LEVEL, PHONE1, PHONE2, HONOURS, SERIES, SPECIALTY, CURRENT_TITLE, POST;

    /** The 1-based column of this field in the import template. */
    public int column() {
        return ordinal() + 1;
    }
}
