package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A Chinese resident ID number (居民身份证号码, GB 11643-1999), validated once so that forms, imports and APIs
 * reject the same values with the same specific message. {@link #toString()} is masked: never log a full ID number.
 */
public final class IdNumber implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String REQUIRED = "idNumber.required";
    static final String LENGTH = "idNumber.length";
    static final String FORMAT = "idNumber.format";
    static final String BIRTH_DATE = "idNumber.birthDate";
    static final String CHECKSUM = "idNumber.checksum";

    static final int LENGTH_18 = 18;
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int VISIBLE_AT_EACH_END = 4;

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a user-entered or imported ID number: surrounding blanks are removed and a trailing lower-case
     * {@code x} is accepted as {@code X}.
     *
     * @throws BusinessException with the key of the first rule the value breaks
     */
    public static IdNumber of(String raw) {
        return of(raw, LocalDate.now(CHINA));
    }

    /** As {@link #of(String)}, judging "born in the future" against the given day. */
    static IdNumber of(String raw, LocalDate today) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            throw new BusinessException(REQUIRED);
        }
        if (value.length() != LENGTH_18) {
            throw new BusinessException(LENGTH, value.length());
        }
        for (int i = 0; i < LENGTH_18 - 1; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                throw new BusinessException(FORMAT, i + 1);
            }
        }
        char last = value.charAt(LENGTH_18 - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new BusinessException(FORMAT, LENGTH_18);
        }
        LocalDate birthDate = parseBirthDate(value);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
            throw new BusinessException(BIRTH_DATE);
        }
        char expected = checkCharacter(value);
        if (last != expected) {
            throw new BusinessException(CHECKSUM, expected);
        }
        return new IdNumber(value);
    }

    /**
     * Wraps a value read from the database without validating it, so that rows written before the rules existed
     * still load; {@link #conforms()} tells whether it would pass {@link #of(String)} today.
     */
    static IdNumber fromDatabase(String stored) {
        return new IdNumber(normalize(stored));
    }

    /** Whether {@code raw} would be accepted by {@link #of(String)}. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The normalized 18-character number, with an upper-case {@code X} check character. */
    public String value() {
        return value;
    }

    /** False only for a legacy value loaded from the database that breaks GB 11643-1999. */
    public boolean conforms() {
        return isValid(value);
    }

    /**
     * The birth date encoded in positions 7–14.
     *
     * @throws BusinessException {@code idNumber.birthDate} for a legacy value whose date cannot be read
     */
    public LocalDate birthDate() {
        LocalDate birthDate = value.length() == LENGTH_18 ? parseBirthDate(value) : null;
        if (birthDate == null) {
            throw new BusinessException(BIRTH_DATE);
        }
        return birthDate;
    }

    /**
     * The sex encoded in position 17: odd is male, even is female.
     *
     * @throws BusinessException {@code idNumber.format} for a legacy value without a digit there
     */
    public Sex sex() {
        char sequenceDigit = value.length() == LENGTH_18 ? value.charAt(LENGTH_18 - 2) : ' ';
        if (!isAsciiDigit(sequenceDigit)) {
            throw new BusinessException(FORMAT, LENGTH_18 - 1);
        }
        return (sequenceDigit - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The number with all but the first four and last four characters replaced by {@code *}, for screens and logs. */
    public String masked() {
        return mask(value);
    }

    /**
     * {@link #masked()} for any stored identity number, also one that is not a resident ID (passports and other
     * certificate types of historical records).
     */
    public static String mask(String value) {
        int length = value.length();
        if (length <= 2 * VISIBLE_AT_EACH_END) {
            return "*".repeat(length);
        }
        return value.substring(0, VISIBLE_AT_EACH_END)
                + "*".repeat(length - 2 * VISIBLE_AT_EACH_END)
                + value.substring(length - VISIBLE_AT_EACH_END);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@linkplain #masked() masked} number. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        if (trimmed.endsWith("x")) {
            return trimmed.substring(0, trimmed.length() - 1) + 'X';
        }
        return trimmed;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate parseBirthDate(String value) {
        for (int i = 6; i < 14; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }
}
