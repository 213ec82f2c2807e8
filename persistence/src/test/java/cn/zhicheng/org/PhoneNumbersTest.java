package cn.zhicheng.org;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.zhicheng.shared.BusinessAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800000000", "028-86130000", "0816-2222222-123", " 86130000 "})
    void contactPhonesAcceptMobileAndLandlineNumbers(String phone) {
        assertThat(PhoneNumbers.contact(phone)).isEqualTo(phone.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc-1234567", "-86130000", "028--", "123456789012345678901"})
    void contactPhonesRefuseOtherText(String phone) {
        assertRejected(() -> PhoneNumbers.contact(phone), "phone.contact.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800000000", "19912345678"})
    void mobileNumbersHaveElevenDigitsStartingWithOne(String phone) {
        assertThat(PhoneNumbers.mobile(phone)).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380000000", "138000000001", "23800000000", "028-86130000", "12800000000"})
    void mobileNumbersRefuseEverythingElse(String phone) {
        assertRejected(() -> PhoneNumbers.mobile(phone), "phone.mobile.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aPhoneIsRequired(String phone) {
        assertRejected(() -> PhoneNumbers.contact(phone), "phone.required");
        assertRejected(() -> PhoneNumbers.mobile(phone), "phone.required");
    }
}
