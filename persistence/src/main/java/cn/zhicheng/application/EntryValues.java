package cn.zhicheng.application;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.FieldType;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Label;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Field-level checks of one entry against its definitions (SPEC §3.8.4): required, maximum length, dates as
 * yyyy-MM-dd (or yyyyMMdd), months as yyyy-MM, whole or decimal numbers, dropdown values from their list, and start
 * before end. Each refusal names the field. Returns the values normalised (stripped, dates in one format) with blank
 * optional fields dropped.
 */
public final class EntryValues {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final List<String[]> PERIODS = List.of(new String[]{"startMonth", "endMonth"},
            new String[]{"startDate", "endDate"});

    private EntryValues() {
    }

    public static Label label(FormSection section, String field) {
        return new Label(FormLabels.FIELDS_BUNDLE, section.fieldKey(field));
    }

    /** Achievement fields keep the labels of the activity's template screens (web bundle, SPEC §3.7.6). */
    public static Label label(AchievementTemplate template, String field) {
        return new Label(FormLabels.WEB_BUNDLE, "AchievementField." + template.name() + "." + field);
    }

    public static Map<String, String> check(Function<String, Label> labels, List<FormField> fields,
                                            Map<String, String> raw) {
        Map<String, String> result = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = raw == null ? null : raw.get(field.key());
            value = value == null ? "" : value.strip();
            Label label = labels.apply(field.key());
            if (value.isEmpty()) {
                if (field.required()) {
                    throw new BusinessException("application.field.required", label);
                }
                continue;
            }
            result.put(field.key(), normalise(field, value, label));
        }
        for (String[] period : PERIODS) {
            String from = result.get(period[0]);
            String to = result.get(period[1]);
            if (from != null && to != null && to.compareTo(from) < 0) {
                throw new BusinessException("application.field.periodOrder", labels.apply(period[1]),
                        labels.apply(period[0]));
            }
        }
        return result;
    }

    private static String normalise(FormField field, String value, Label label) {
        FieldType type = field.type();
        switch (type) {
            case DATE -> {
                return date(value, label).toString();
            }
            case MONTH -> {
                try {
                    return YearMonth.parse(value, MONTH).toString();
                } catch (DateTimeParseException e) {
                    throw new BusinessException("application.field.month", label, value);
                }
            }
            case NUMBER -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw new BusinessException("application.field.number", label, value);
                }
            }
            case DROPDOWN, YES_NO -> {
                if (!Choices.of(field.choices()).contains(value)) {
                    throw new BusinessException("application.field.choice", label, value);
                }
            }
            default -> {
                // text: only the length below
            }
        }
        if (field.maxLength() > 0 && value.length() > field.maxLength()) {
            throw new BusinessException("application.field.tooLong", label, field.maxLength(), value.length());
        }
        return value;
    }

    static LocalDate date(String value, Label label) {
        try {
            return value.length() == 8 ? LocalDate.parse(value, COMPACT_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessException("application.field.date", label, value);
        }
    }
}
