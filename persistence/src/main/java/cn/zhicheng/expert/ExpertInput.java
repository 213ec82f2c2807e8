package cn.zhicheng.expert;

import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.PhoneNumbers;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.BusinessException;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * The fields of 新增专家信息 (SPEC §3.6.2) as typed on the form or read from an import row, all text. {@link #validate()}
 * is the one set of rules for both: it checks the fields in the form's order and refuses the first bad one with an
 * {@link ExpertFieldException} naming the field. 性别 and 出生年月 left blank are taken from the ID number; entered
 * values must agree with it (SPEC §4.5).
 */
public record ExpertInput(String country, String name, String idType, String idNumber, String sex, String birthMonth,
                          String retired, String workUnit, String competentUnit, String adminPost,
                          String adminPostLevel, String phone1, String phone2, String honours, String series,
                          String specialty, String currentTitle, String post) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_COUNTRY = "中国";
    public static final int COUNTRY_MAX = 30;
    public static final int WORK_UNIT_MAX = 30;
    public static final int COMPETENT_UNIT_MAX = 30;
    public static final int ADMIN_POST_MAX = 20;
    public static final int HONOURS_MAX = 300;
    public static final int SPECIALTY_MAX = 30;
    public static final int CURRENT_TITLE_MAX = 50;
    public static final DateTimeFormatter BIRTH_MONTH = DateTimeFormatter.ofPattern("uuuuMM");

    /** An empty form: 国别 中国, 证件类型 居民身份证, 是否退休 否, 评委会职务 委员. */
    public static ExpertInput blank() {
        return new ExpertInput(DEFAULT_COUNTRY, "", IdDocumentType.RESIDENT_ID.name(), "", "", "", "否", "", "", "",
                "", "", "", "", "", "", "", CommitteePost.MEMBER.name());
    }

    /** The input as an expert's current values, for editing. */
    public static ExpertInput of(Expert e, CommitteePost post) {
        return new ExpertInput(e.getCountry(), e.getName(), e.getIdType() == null ? null : e.getIdType().name(),
                e.getIdNumber().value(), e.getSex() == null ? null : e.getSex().name(),
                e.getBirthMonth() == null ? null : e.getBirthMonth().format(BIRTH_MONTH), e.isRetired() ? "是" : "否",
                e.getWorkUnit(), e.getCompetentUnit(), e.getAdminPost(),
                e.getAdminPostLevel() == null ? null : e.getAdminPostLevel().name(), e.getPhone1(), e.getPhone2(),
                e.getHonours(), e.getSeries() == null ? null : e.getSeries().getName(), e.getSpecialty(),
                e.getCurrentTitle(), post == null ? null : post.name());
    }

    /**
     * The checked values.
     *
     * @throws ExpertFieldException for the first field (in form order) that breaks a rule
     */
    public ExpertDetails validate() {
        String countryValue = field(ExpertField.COUNTRY, () -> optional(country, COUNTRY_MAX, DEFAULT_COUNTRY));
        String nameValue = field(ExpertField.NAME, () -> required(name, Expert.NAME_MAX));
        IdDocumentType type = field(ExpertField.ID_TYPE, () -> IdDocumentType.parse(idType));
        IdNumber id = field(ExpertField.ID_NUMBER, () -> IdNumber.of(idNumber));
        Sex sexValue = field(ExpertField.SEX, () -> sexOf(sex, id));
        YearMonth birth = field(ExpertField.BIRTH_MONTH, () -> birthMonthOf(birthMonth, id));
        boolean retiredValue = field(ExpertField.RETIRED, () -> yesNo(retired));
        String workUnitValue = field(ExpertField.WORK_UNIT, () -> required(workUnit, WORK_UNIT_MAX));
        String competentValue = field(ExpertField.COMPETENT_UNIT, () -> optional(competentUnit, COMPETENT_UNIT_MAX, null));
        String adminPostValue = field(ExpertField.ADMIN_POST, () -> required(adminPost, ADMIN_POST_MAX));
        AdminPostLevel level = field(ExpertField.ADMIN_POST_LEVEL, () -> AdminPostLevel.parse(adminPostLevel));
        String phone1Value = field(ExpertField.PHONE1, () -> PhoneNumbers.mobile(phone1));
        String phone2Value = field(ExpertField.PHONE2, () -> blank(phone2) ? null : PhoneNumbers.mobile(phone2));
        String honoursValue = field(ExpertField.HONOURS, () -> required(honours, HONOURS_MAX));
        String seriesValue = field(ExpertField.SERIES, () -> optional(series, 100, null));
        String specialtyValue = field(ExpertField.SPECIALTY, () -> required(specialty, SPECIALTY_MAX));
        String titleValue = field(ExpertField.CURRENT_TITLE, () -> required(currentTitle, CURRENT_TITLE_MAX));
        CommitteePost postValue = field(ExpertField.POST, () -> postOf(post));
        return new ExpertDetails(countryValue, nameValue, type, id, sexValue, birth, retiredValue, workUnitValue,
                competentValue, adminPostValue, level, phone1Value, phone2Value, honoursValue, seriesValue,
                specialtyValue, titleValue, postValue);
    }

    private static <T> T field(ExpertField field, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ExpertFieldException e) {
            throw e;
        } catch (BusinessException e) {
            throw new ExpertFieldException(field, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String required(String value, int max) {
        if (blank(value)) {
            throw new BusinessException("expert.field.required");
        }
        return optional(value, max, null);
    }

    private static String optional(String value, int max, String fallback) {
        if (blank(value)) {
            return fallback;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("expert.field.tooLong", max);
        }
        return stripped;
    }

    static Sex sexOf(String raw, IdNumber id) {
        Sex fromId = id.sex();
        if (blank(raw)) {
            return fromId;
        }
        String value = raw.strip();
        Sex entered = switch (value) {
            case "男", "MALE" -> Sex.MALE;
            case "女", "FEMALE" -> Sex.FEMALE;
            default -> throw new BusinessException("expert.sex.unknown", value);
        };
        if (entered != fromId) {
            throw new BusinessException("expert.sex.mismatch");
        }
        return entered;
    }

    static YearMonth birthMonthOf(String raw, IdNumber id) {
        YearMonth fromId = YearMonth.from(id.birthDate());
        if (blank(raw)) {
            return fromId;
        }
        String value = raw.strip().replace("-", "").replace("/", "").replace(".", "");
        YearMonth entered;
        try {
            if (value.length() != 6) {
                throw new DateTimeParseException("length", value, 0);
            }
            entered = YearMonth.parse(value, BIRTH_MONTH);
        } catch (DateTimeParseException e) {
            throw new BusinessException("expert.birthMonth.format", raw.strip());
        }
        if (!entered.equals(fromId)) {
            throw new BusinessException("expert.birthMonth.mismatch", fromId.format(BIRTH_MONTH));
        }
        return entered;
    }

    static boolean yesNo(String raw) {
        if (blank(raw)) {
            return false;
        }
        return switch (raw.strip()) {
            case "是", "true", "TRUE", "Y", "y" -> true;
            case "否", "false", "FALSE", "N", "n" -> false;
            default -> throw new BusinessException("expert.yesNo.unknown", raw.strip());
        };
    }

    static CommitteePost postOf(String raw) {
        if (blank(raw)) {
            return CommitteePost.MEMBER;
        }
        return switch (raw.strip()) {
            case "主任委员", "CHAIR" -> CommitteePost.CHAIR;
            case "副主任委员", "VICE_CHAIR" -> CommitteePost.VICE_CHAIR;
            case "委员", "MEMBER" -> CommitteePost.MEMBER;
            default -> throw new BusinessException("expert.post.unknown", raw.strip());
        };
    }
}
