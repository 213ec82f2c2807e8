package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * A unit's unified social credit code (统一社会信用代码, GB 32100-2015), validated once so that unit registration,
 * imports and APIs reject the same values with the same specific message.
 */
public final class CreditCode implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String REQUIRED = "creditCode.required";
    static final String LENGTH = "creditCode.length";
    static final String CHARSET = "creditCode.charset";
    static final String DIVISION = "creditCode.division";
    static final String CHECKSUM = "creditCode.checksum";

    static final int LENGTH_18 = 18;
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int MODULUS = 31;
    private static final int DIVISION_START = 2;
    private static final int DIVISION_END = 8;

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses a user-entered or imported code: surrounding blanks are removed and letters are upper-cased.
     *
     * @throws BusinessException with the key of the first rule the value breaks
     */
    public static CreditCode of(String raw) {
        String value = normalize(raw);
        if (value.isEmpty()) {
            throw new BusinessException(REQUIRED);
        }
        if (value.length() != LENGTH_18) {
            throw new BusinessException(LENGTH, value.length());
        }
        for (int i = 0; i < LENGTH_18; i++) {
            char c = value.charAt(i);
            if (CHARACTERS.indexOf(c) < 0) {
                throw new BusinessException(CHARSET, c, i + 1);
            }
        }
        for (int i = DIVISION_START; i < DIVISION_END; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new BusinessException(DIVISION);
            }
        }
        char expected = checkCharacter(value);
        if (value.charAt(LENGTH_18 - 1) != expected) {
            throw new BusinessException(CHECKSUM, expected);
        }
        return new CreditCode(value);
    }

    /**
     * Wraps a value read from the database without validating it, so that rows written before the rules existed
     * still load; {@link #conforms()} tells whether it would pass {@link #of(String)} today.
     */
    static CreditCode fromDatabase(String stored) {
        return new CreditCode(normalize(stored));
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

    /** The normalized 18-character code in upper case. */
    public String value() {
        return value;
    }

    /** False only for a legacy value loaded from the database that breaks GB 32100-2015. */
    public boolean conforms() {
        return isValid(value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The code itself: credit codes are public registration data. */
    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
