package cn.zhicheng.committee;

import cn.zhicheng.shared.BusinessException;

import java.util.regex.Pattern;

/**
 * 对外联系电话 (SPEC §3.5.1: at most 20 characters; a landline must carry its area code): a mainland mobile number
 * (1[3-9] and 9 digits) or a landline 0 + 2–3 digit area code, hyphen, 7–8 digits, optionally "-" and an extension.
 */
public final class ContactPhone {

    public static final int MAX = 20;

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?");

    private ContactPhone() {
    }

    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BusinessException("committee.phone.required");
        }
        String value = raw.strip();
        if (value.length() > MAX) {
            throw new BusinessException("committee.phone.tooLong", MAX);
        }
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
            throw new BusinessException("committee.phone.format", value);
        }
        return value;
    }
}
