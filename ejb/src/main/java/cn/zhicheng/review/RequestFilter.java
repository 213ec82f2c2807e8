package cn.zhicheng.review;

import java.io.Serializable;

/** The filters of a request review list: 姓名 (part), 身份证号 (part), 系列; blank or null means any. */
public record RequestFilter(String name, String idNumber, Long seriesId) implements Serializable {

    public static final RequestFilter NONE = new RequestFilter(null, null, null);

    String namePattern() {
        return pattern(name);
    }

    String idPattern() {
        return pattern(idNumber == null ? null : idNumber.toUpperCase());
    }

    private static String pattern(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return "%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
