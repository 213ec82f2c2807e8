package cn.zhicheng.certificate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialNumberTest {

    @Test
    void provinceYearAndSevenDigitSequence() {
        assertEquals("5120260000001", new SerialNumber("51", 2026, 1).value());
        assertEquals("1320279999999", new SerialNumber("13", 2027, SerialNumber.MAX_SEQUENCE).value());
        assertEquals("51", SerialNumber.provinceOf("510104"));
        assertEquals("14", SerialNumber.provinceOf("140000"));
    }

    @Test
    void malformedPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber("5", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber("51", 226, 1));
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber("51", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new SerialNumber("51", 2026, 10_000_000L));
        assertThrows(IllegalArgumentException.class, () -> SerialNumber.provinceOf("X1"));
        assertThrows(IllegalArgumentException.class, () -> SerialNumber.provinceOf(null));
    }

    @Test
    void verificationCodesAreLongRandomAndWithoutLookAlikes() {
        String a = VerificationCode.next();
        String b = VerificationCode.next();
        assertEquals(VerificationCode.LENGTH, a.length());
        assertNotEquals(a, b);
        assertTrue(VerificationCode.isWellFormed(a));
        assertFalse(a.matches(".*[01OIL].*"));
        assertFalse(VerificationCode.isWellFormed("ABC"));
        assertFalse(VerificationCode.isWellFormed("0000000000000000"));
        assertFalse(VerificationCode.isWellFormed(null));
    }
}
