package cn.zhicheng.history;

import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 职称文件文号 such as 晋人社职〔2020〕60号 (SPEC §3.13.2 rules 6–7): an issuing-authority prefix, the year in the
 * hexagonal brackets 〔〕 (U+3014/U+3015), a sequence number and 号. Other bracket forms ([] 【】 () （） 〈〉 ﹝﹞)
 * are refused with their own message. Validated once; used by the upload wizard, the import rows and the forms.
 */
public final class DocumentNumber implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 50;
    private static final Pattern FORM = Pattern.compile("^(\\S+?)〔(\\d{4})〕(\\d+)号$");
    private static final Pattern OTHER_BRACKETS = Pattern.compile("[\\[\\]【】()（）〈〉﹝﹞{}「」]");

    private final String value;
    private final int year;

    private DocumentNumber(String value, int year) {
        this.value = value;
        this.year = year;
    }

    /** @throws BusinessException {@code documentNumber.required}, {@code .brackets}, {@code .format} or {@code .tooLong} */
    public static DocumentNumber of(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new BusinessException("documentNumber.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new BusinessException("documentNumber.tooLong", MAX_LENGTH);
        }
        if (OTHER_BRACKETS.matcher(value).find() || value.indexOf('〔') < 0) {
            throw new BusinessException("documentNumber.brackets", value);
        }
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new BusinessException("documentNumber.format", value);
        }
        return new DocumentNumber(value, Integer.parseInt(m.group(2)));
    }

    public String value() {
        return value;
    }

    /** The year in the brackets. */
    public int year() {
        return year;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
