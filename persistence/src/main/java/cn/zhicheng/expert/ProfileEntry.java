package cn.zhicheng.expert;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One line of an expert's self-completed profile (SPEC §3.6.5): the section, a period (yyyyMM, the end open for
 * "至今"), the title (学历/学位, 职务, 荣誉名称, 奖项, 称号, 论文题目, 书名), the organisation (学校, 单位, 授予机构, 刊物,
 * 出版社) and a short detail (专业, 等级, 排名, ...). Every section uses the same essential columns.
 */
@Embeddable
public class ProfileEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 100;
    public static final int ORGANISATION_MAX = 100;
    public static final int DETAIL_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProfileSection section;

    @Column(name = "period_from", length = 6)
    private String periodFrom;

    @Column(name = "period_to", length = 6)
    private String periodTo;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = ORGANISATION_MAX)
    private String organisation;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected ProfileEntry() {
    }

    public ProfileEntry(ProfileSection section, String periodFrom, String periodTo, String title, String organisation,
                        String detail) {
        this.section = Objects.requireNonNull(section);
        this.periodFrom = month(periodFrom);
        this.periodTo = month(periodTo);
        if (this.periodFrom != null && this.periodTo != null && this.periodTo.compareTo(this.periodFrom) < 0) {
            throw new BusinessException("expert.profile.period.order");
        }
        if (title == null || title.isBlank()) {
            throw new BusinessException("expert.profile.title.required");
        }
        this.title = limit(title, TITLE_MAX);
        this.organisation = limit(organisation, ORGANISATION_MAX);
        this.detail = limit(detail, DETAIL_MAX);
    }

    private static String month(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            if (value.length() != 6) {
                throw new DateTimeParseException("length", value, 0);
            }
            YearMonth.parse(value, ExpertInput.BIRTH_MONTH);
        } catch (DateTimeParseException e) {
            throw new BusinessException("expert.profile.period.format", value);
        }
        return value;
    }

    private static String limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("expert.field.tooLong", max);
        }
        return stripped;
    }

    public ProfileSection getSection() {
        return section;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getDetail() {
        return detail;
    }
}
