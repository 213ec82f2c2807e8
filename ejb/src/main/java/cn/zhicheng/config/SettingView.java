package cn.zhicheng.config;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the administrator's settings list: the value in force, the value the deployment profile would give, and
 * who last overrode it. Values are the stored text ({@link SettingKey#format}); {@code updatedAt} and
 * {@code updatedBy} are {@code null} while the setting is not overridden.
 */
public record SettingView(String key, SettingScope scope, SettingKey.Kind kind, String value, String defaultValue,
                          boolean overridden, List<String> allowedValues, String constraint,
                          OffsetDateTime updatedAt, String updatedBy) {

    public SettingView {
        Objects.requireNonNull(key);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        Objects.requireNonNull(defaultValue);
        allowedValues = List.copyOf(allowedValues);
    }

    /** Bundle key of the setting's name in {@link SettingKeys#LABELS_BUNDLE}. */
    public String labelKey() {
        return key + ".label";
    }

    /** Bundle key of the sentence saying what the setting changes. */
    public String descriptionKey() {
        return key + ".description";
    }

    /** Bundle key of the label of one allowed value or boolean value; see {@link SettingKey#valueLabelKey}. */
    public Optional<String> valueLabelKey(String singleValue) {
        return SettingKeys.byKey(key).flatMap(setting -> setting.valueLabelKey(singleValue));
    }
}
