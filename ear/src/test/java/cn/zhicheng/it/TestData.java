package cn.zhicheng.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, practically unique identifiers for the data a test seeds: GB 11643 ID numbers and GB 32100 unified social
 * credit codes with correct check characters. In-container tests add this class to their deployment.
 */
public final class TestData {

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private TestData() {
    }

    /** A random valid unified social credit code of an enterprise registered in 成都市武侯区. */
    public static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91510107");
        for (int i = 0; i < 9; i++) {
            code.append(CREDIT_CHARS.charAt(random.nextInt(CREDIT_CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A random valid resident ID number of a person born 1970–1999 in 成都市武侯区. */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = String.format("510107%04d%02d%02d%03d", 1970 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return body + idCheck(body);
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char idCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }
}
