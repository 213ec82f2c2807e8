package cn.zhicheng.certificate;

import java.util.Objects;

/**
 * 证书编号 (issue 9): 省份代码 (the two digits of the GB/T 2260 province code, e.g. 51 for 四川) + the four-digit year
 * of issue + a seven-digit sequence, e.g. {@code 5120260000123}. The sequence is drawn per province and year from
 * one counter row in the issuing transaction, so numbers are unique, dense and never reused (docs/OPERATIONS.md).
 */
public record SerialNumber(String provinceCode, int year, long sequence) {

    public static final int SEQUENCE_DIGITS = 7;
    public static final long MAX_SEQUENCE = 9_999_999L;

    public SerialNumber {
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (!provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("province code must be two digits: " + provinceCode);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    /** The province part of a GB/T 2260 region code (e.g. 510104 → 51). */
    public static String provinceOf(String regionCode) {
        if (regionCode == null || regionCode.length() < 2 || !regionCode.substring(0, 2).matches("\\d{2}")) {
            throw new IllegalArgumentException("no province in region code " + regionCode);
        }
        return regionCode.substring(0, 2);
    }

    public String value() {
        return provinceCode + year + String.format("%0" + SEQUENCE_DIGITS + "d", sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
