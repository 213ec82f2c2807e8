package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;

import java.util.regex.Pattern;

/**
 * The two phone rules of the account forms, in one place: a contact phone (联系电话: mobile or landline with area
 * code and extension) and a mobile number (手机号, 11 digits) for self-registration.
 */
public final class PhoneNumbers {

    static final String REQUIRED = "phone.required";
    static final String CONTACT_FORMAT = "phone.contact.format";
    static final String MOBILE_FORMAT = "phone.mobile.format";

    private static final Pattern CONTACT = Pattern.compile("[0-9][0-9-]{5,18}[0-9]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PhoneNumbers() {
    }

    /** A contact phone: 7 to 20 digits, hyphens allowed between them (028-86130000, 13812345678). */
    public static String contact(String raw) {
        String value = required(raw);
        if (!CONTACT.matcher(value).matches()) {
            throw new BusinessException(CONTACT_FORMAT, value);
        }
        return value;
    }

    /** A mainland mobile number: 11 digits starting with 13–19. */
    public static String mobile(String raw) {
        String value = required(raw);
        if (!MOBILE.matcher(value).matches()) {
            throw new BusinessException(MOBILE_FORMAT, value);
        }
        return value;
    }

    private static String required(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BusinessException(REQUIRED);
        }
        return raw.strip().replace(" ", "");
    }
}
