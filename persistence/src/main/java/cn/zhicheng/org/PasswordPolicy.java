package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules for every account, in one place so that sign-up, password change, reset and account imports
 * refuse the same passwords with the same messages.
 */
public final class PasswordPolicy {

    static final String TOO_SHORT = "password.tooShort";
    static final String TOO_LONG = "password.tooLong";
    static final String CLASSES = "password.classes";
    static final String CONTAINS_LOGIN = "password.containsLogin";
    static final String INITIAL = "password.initial";

    /** Limits that the messages of the errors bundle state in words; change both together. */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final int MIN_CHARACTER_CLASSES = 3;
    static final int MIN_LOGIN_NAME_LENGTH = 3;

    /** The initial password the legacy system handed out, which everybody knows. */
    static final String WELL_KNOWN_INITIAL_PASSWORD = "888888";

    private PasswordPolicy() {
    }

    /**
     * Every rule the password breaks, as error keys in a fixed order (length, character classes, login name,
     * initial password); empty when the password is acceptable. A {@code null} password counts as empty.
     */
    public static List<String> violations(String password, String loginName) {
        String candidate = password == null ? "" : password;
        List<String> violations = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(TOO_LONG);
        }
        if (characterClasses(candidate) < MIN_CHARACTER_CLASSES) {
            violations.add(CLASSES);
        }
        if (containsLoginName(candidate, loginName)) {
            violations.add(CONTAINS_LOGIN);
        }
        if (isInitialPassword(candidate)) {
            violations.add(INITIAL);
        }
        return List.copyOf(violations);
    }

    /**
     * Refuses a password that breaks any rule.
     *
     * @throws BusinessException with the key of the first rule broken, in the order of {@link #violations}
     */
    public static void check(String password, String loginName) {
        List<String> violations = violations(password, loginName);
        if (!violations.isEmpty()) {
            throw new BusinessException(violations.get(0));
        }
    }

    private static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsLoginName(String password, String loginName) {
        if (loginName == null) {
            return false;
        }
        String login = loginName.strip().toLowerCase(Locale.ROOT);
        return login.codePointCount(0, login.length()) >= MIN_LOGIN_NAME_LENGTH
                && password.toLowerCase(Locale.ROOT).contains(login);
    }

    private static boolean isInitialPassword(String password) {
        if (password.equals(WELL_KNOWN_INITIAL_PASSWORD)) {
            return true;
        }
        return !password.isEmpty()
                && password.chars().allMatch(c -> c >= '0' && c <= '9')
                && password.chars().distinct().count() == 1;
    }
}
