package cn.zhicheng.history;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the historical-title import template (SPEC §3.13.2), in sheet order, with the header text, whether
 * a value is required and the longest value accepted. Labels on screens: {@code HistoryColumn.NAME}.
 */
public enum HistoryColumn {
    SEQUENCE("序号", false, 10),
    REGION_CODE("行政区划代码", false, 12),
    ID_TYPE("证件类型", false, 20),
    ID_NUMBER("证件号码", true, 30),
    NAME("姓名", true, 50),
    SEX("性别", true, 2),
    BIRTH_DATE("出生日期", true, 20),
    CERTIFICATE_NO("纸质证书编号", false, 50),
    SERIES("职称系列", true, 100),
    LEVEL("职称级别", true, 10),
    QUALIFICATION("职称名称", true, 100),
    SPECIALTY("评审专业", false, 50),
    INSTITUTION("评审机构", true, 100),
    REVIEWED_ON("评审时间", true, 20),
    APPROVED_ON("批准时间", true, 20),
    DOCUMENT_NUMBER("职称文件文号", false, 50),
    WORK_UNIT("工作单位", false, 100);

    public static final int WIDTH = values().length;

    private final String header;
    private final boolean required;
    private final int maxLength;

    HistoryColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The template's header texts, required columns marked with "*". */
    public static List<String> headers() {
        return Arrays.stream(values()).map(c -> c.required ? c.header + "*" : c.header).toList();
    }

    public String cell(List<String> cells) {
        return ordinal() < cells.size() && cells.get(ordinal()) != null ? cells.get(ordinal()).strip() : "";
    }
}
