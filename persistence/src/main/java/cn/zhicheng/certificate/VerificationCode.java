package cn.zhicheng.certificate;

import java.security.SecureRandom;

/**
 * The secret printed on a certificate and encoded in its QR code: 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 80 bits, so the public verification link cannot be guessed or enumerated.
 */
public final class VerificationCode {

    public static final int LENGTH = 16;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether the text could be a code at all (checked before any database lookup). */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
