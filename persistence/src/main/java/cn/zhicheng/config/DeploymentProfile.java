package cn.zhicheng.config;

import cn.zhicheng.shared.BusinessException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The province an installation behaves like (SPEC §0.4). It supplies the default of every setting that has no stored
 * override, so one installation switches province by changing one value.
 */
public enum DeploymentProfile {
    SC, HB, SX,
    /** A custom mix: starts from {@link #SC}'s defaults and is shaped by overriding single settings. */
    CUSTOM;

    /** The profile whose defaults this one uses. */
    public DeploymentProfile defaultsFrom() {
        return this == CUSTOM ? SC : this;
    }

    /**
     * The profile named by a stored value or a configuration property; surrounding blanks and case are ignored.
     *
     * @throws BusinessException {@code setting.value.invalid} when the text names no profile
     */
    public static DeploymentProfile parse(String raw) {
        String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(profile -> profile.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new BusinessException(SettingKey.INVALID_VALUE, SettingKeys.PROFILE_KEY, raw,
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
