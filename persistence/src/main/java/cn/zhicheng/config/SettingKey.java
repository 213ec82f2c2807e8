package cn.zhicheng.config;

import cn.zhicheng.shared.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One province setting: its key, scope, value type and the default of each deployment profile. Values are stored as
 * text; this class is the one place that reads and writes that text, so services get typed values and every wrong
 * value is refused with the same message. The catalogue of keys is {@link SettingKeys}.
 *
 * @param <T> the type of the setting's value
 */
public final class SettingKey<T> {

    /** The message key of the exception {@link #parse} throws; its arguments are key, raw value and constraint. */
    public static final String INVALID_VALUE = "setting.value.invalid";

    private static final Pattern KEY_FORMAT = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-z][a-zA-Z]*)+");
    private static final int MAX_KEY_LENGTH = 80;
    private static final List<DeploymentProfile> PROFILES_WITH_OWN_DEFAULTS =
            List.of(DeploymentProfile.SC, DeploymentProfile.HB, DeploymentProfile.SX);

    /** The shape of a value, so that a screen can choose the right input. */
    public enum Kind {
        /** One value of an enum: a dropdown. */
        CHOICE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number within a minimum and a maximum. */
        INTEGER,
        /** A {@link Fraction} written {@code n/d}. */
        FRACTION,
        /** Distinct values of an enum, comma separated, at least one: a multi-select. */
        CHOICE_LIST,
        /** Distinct decimals within a minimum and a maximum, comma separated, at least one. */
        DECIMAL_LIST,
        /** Free text, not blank, up to a maximum length. */
        TEXT
    }

    private final String key;
    private final SettingScope scope;
    private final Codec<T> codec;
    private final Map<DeploymentProfile, T> defaults;

    private SettingKey(String key, SettingScope scope, Codec<T> codec, Map<DeploymentProfile, T> defaults) {
        this.key = key;
        this.scope = scope;
        this.codec = codec;
        this.defaults = Collections.unmodifiableMap(new EnumMap<>(defaults));
    }

    static <E extends Enum<E>> Builder<E> choice(String key, SettingScope scope, Class<E> type) {
        return new Builder<>(key, scope, new ChoiceCodec<>(type));
    }

    static Builder<Boolean> flag(String key, SettingScope scope) {
        return new Builder<>(key, scope, new BooleanCodec());
    }

    static Builder<Integer> integer(String key, SettingScope scope, int minimum, int maximum) {
        return new Builder<>(key, scope, new IntegerCodec(minimum, maximum));
    }

    static Builder<Fraction> fraction(String key, SettingScope scope) {
        return new Builder<>(key, scope, new FractionCodec());
    }

    static <E extends Enum<E>> Builder<List<E>> choiceList(String key, SettingScope scope, Class<E> type) {
        return new Builder<>(key, scope, new ChoiceListCodec<>(type));
    }

    static Builder<List<BigDecimal>> decimalList(String key, SettingScope scope, BigDecimal minimum,
                                                 BigDecimal maximum) {
        return new Builder<>(key, scope, new DecimalListCodec(minimum, maximum));
    }

    static Builder<String> text(String key, SettingScope scope, int maxLength) {
        return new Builder<>(key, scope, new TextCodec(maxLength));
    }

    /** The stored key, e.g. {@code committee.setupModel}. */
    public String key() {
        return key;
    }

    public SettingScope scope() {
        return scope;
    }

    public Kind kind() {
        return codec.kind();
    }

    /** The class of a value: the enum for {@link Kind#CHOICE}, {@link List} for the list kinds. */
    public Class<?> valueType() {
        return codec.valueType();
    }

    /** The enum whose names are the allowed values of a {@link Kind#CHOICE} or {@link Kind#CHOICE_LIST}. */
    public Optional<Class<? extends Enum<?>>> choiceType() {
        return codec.choiceType();
    }

    /** The allowed values of a choice or choice list in declaration order, for a dropdown; empty for other kinds. */
    public List<String> allowedValues() {
        return codec.allowedValues();
    }

    /** What a valid raw value looks like, e.g. {@code 1..10240} or {@code ALL, PARTIAL, NONE}. */
    public String constraint() {
        return codec.constraint();
    }

    /**
     * The value a stored or entered text stands for; blanks around values are ignored.
     *
     * @throws BusinessException {@value #INVALID_VALUE} with this key, the raw text and {@link #constraint()}
     */
    public T parse(String raw) {
        if (raw == null) {
            throw invalid(null);
        }
        try {
            return codec.parse(raw);
        } catch (IllegalArgumentException e) {
            throw invalid(raw);
        }
    }

    /**
     * The text to store for a value; {@link #parse} reads it back to an equal value.
     *
     * @throws BusinessException {@value #INVALID_VALUE} when the value breaks this setting's constraint
     */
    public String format(T value) {
        String raw = codec.format(Objects.requireNonNull(value, key));
        parse(raw);
        return raw;
    }

    /** The canonical text of an entered value, e.g. {@code 1.5,2,3} for {@code " 1.50, 2 ,3"}. */
    public String canonical(String raw) {
        return format(parse(raw));
    }

    /** The value a deployment of the given profile has when nobody has overridden it. */
    public T defaultValue(DeploymentProfile profile) {
        return defaults.get(profile.defaultsFrom());
    }

    /** {@link #defaultValue} as stored text. */
    public String defaultRaw(DeploymentProfile profile) {
        return format(defaultValue(profile));
    }

    /** Bundle key of the setting's name. */
    public String labelKey() {
        return key + ".label";
    }

    /** Bundle key of the sentence saying what the setting changes. */
    public String descriptionKey() {
        return key + ".description";
    }

    /**
     * Bundle key of the label of one value: {@code EnumSimpleName.VALUE} for choices, {@code Boolean.true} or
     * {@code Boolean.false} for booleans; empty for other kinds and for values that are not allowed.
     */
    public Optional<String> valueLabelKey(String value) {
        return switch (kind()) {
            case CHOICE, CHOICE_LIST -> allowedValues().contains(value)
                    ? choiceType().map(type -> type.getSimpleName() + "." + value)
                    : Optional.empty();
            case BOOLEAN -> "true".equals(value) || "false".equals(value)
                    ? Optional.of("Boolean." + value)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private BusinessException invalid(String raw) {
        return new BusinessException(INVALID_VALUE, key, raw, constraint());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettingKey<?> that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }

    /** Collects the defaults of SC, HB and SX; {@link DeploymentProfile#CUSTOM} uses SC's. */
    static final class Builder<T> {
        private final String key;
        private final SettingScope scope;
        private final Codec<T> codec;
        private final Map<DeploymentProfile, T> defaults = new EnumMap<>(DeploymentProfile.class);

        private Builder(String key, SettingScope scope, Codec<T> codec) {
            if (key.length() > MAX_KEY_LENGTH || !KEY_FORMAT.matcher(key).matches()) {
                throw new IllegalArgumentException("Setting keys are dotted camelCase words: " + key);
            }
            this.key = key;
            this.scope = Objects.requireNonNull(scope);
            this.codec = codec;
        }

        Builder<T> sc(T value) {
            defaults.put(DeploymentProfile.SC, Objects.requireNonNull(value));
            return this;
        }

        Builder<T> hb(T value) {
            defaults.put(DeploymentProfile.HB, Objects.requireNonNull(value));
            return this;
        }

        Builder<T> sx(T value) {
            defaults.put(DeploymentProfile.SX, Objects.requireNonNull(value));
            return this;
        }

        /** The same default for every profile. */
        Builder<T> everywhere(T value) {
            return sc(value).hb(value).sx(value);
        }

        /** @throws IllegalStateException when a profile has no default or a default is not a valid value */
        SettingKey<T> build() {
            for (DeploymentProfile profile : PROFILES_WITH_OWN_DEFAULTS) {
                if (!defaults.containsKey(profile)) {
                    throw new IllegalStateException(key + " has no default for " + profile);
                }
            }
            SettingKey<T> setting = new SettingKey<>(key, scope, codec, defaults);
            for (DeploymentProfile profile : PROFILES_WITH_OWN_DEFAULTS) {
                try {
                    setting.defaultRaw(profile);
                } catch (BusinessException e) {
                    throw new IllegalStateException(key + " has an invalid default for " + profile, e);
                }
            }
            return setting;
        }
    }

    /** Reads and writes the text of one kind of value; throws {@link IllegalArgumentException} on a bad text. */
    private interface Codec<T> {
        Kind kind();

        Class<?> valueType();

        T parse(String raw);

        String format(T value);

        String constraint();

        default List<String> allowedValues() {
            return List.of();
        }

        default Optional<Class<? extends Enum<?>>> choiceType() {
            return Optional.empty();
        }
    }

    private record ChoiceCodec<E extends Enum<E>>(Class<E> type) implements Codec<E> {
        @Override
        public Kind kind() {
            return Kind.CHOICE;
        }

        @Override
        public Class<?> valueType() {
            return type;
        }

        @Override
        public E parse(String raw) {
            return Enum.valueOf(type, raw.strip());
        }

        @Override
        public String format(E value) {
            return value.name();
        }

        @Override
        public String constraint() {
            return String.join(", ", allowedValues());
        }

        @Override
        public List<String> allowedValues() {
            return names(type);
        }

        @Override
        public Optional<Class<? extends Enum<?>>> choiceType() {
            return Optional.of(type);
        }
    }

    private record BooleanCodec() implements Codec<Boolean> {
        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }

        @Override
        public Class<?> valueType() {
            return Boolean.class;
        }

        @Override
        public Boolean parse(String raw) {
            String text = raw.strip();
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException(raw);
        }

        @Override
        public String format(Boolean value) {
            return value.toString();
        }

        @Override
        public String constraint() {
            return "true, false";
        }
    }

    private record IntegerCodec(int minimum, int maximum) implements Codec<Integer> {
        @Override
        public Kind kind() {
            return Kind.INTEGER;
        }

        @Override
        public Class<?> valueType() {
            return Integer.class;
        }

        @Override
        public Integer parse(String raw) {
            int value = Integer.parseInt(raw.strip());
            if (value < minimum || value > maximum) {
                throw new IllegalArgumentException(raw);
            }
            return value;
        }

        @Override
        public String format(Integer value) {
            return value.toString();
        }

        @Override
        public String constraint() {
            return minimum + ".." + maximum;
        }
    }

    private record FractionCodec() implements Codec<Fraction> {
        @Override
        public Kind kind() {
            return Kind.FRACTION;
        }

        @Override
        public Class<?> valueType() {
            return Fraction.class;
        }

        @Override
        public Fraction parse(String raw) {
            return Fraction.parse(raw.strip());
        }

        @Override
        public String format(Fraction value) {
            return value.toString();
        }

        @Override
        public String constraint() {
            return "n/d, 0 < n <= d";
        }
    }

    private record ChoiceListCodec<E extends Enum<E>>(Class<E> type) implements Codec<List<E>> {
        @Override
        public Kind kind() {
            return Kind.CHOICE_LIST;
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }

        @Override
        public List<E> parse(String raw) {
            List<E> values = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                E value = Enum.valueOf(type, part.strip());
                if (values.contains(value)) {
                    throw new IllegalArgumentException(raw);
                }
                values.add(value);
            }
            return List.copyOf(values);
        }

        @Override
        public String format(List<E> values) {
            return values.stream().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public String constraint() {
            return String.join(", ", allowedValues());
        }

        @Override
        public List<String> allowedValues() {
            return names(type);
        }

        @Override
        public Optional<Class<? extends Enum<?>>> choiceType() {
            return Optional.of(type);
        }
    }

    private record DecimalListCodec(BigDecimal minimum, BigDecimal maximum) implements Codec<List<BigDecimal>> {
        @Override
        public Kind kind() {
            return Kind.DECIMAL_LIST;
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }

        @Override
        public List<BigDecimal> parse(String raw) {
            List<BigDecimal> values = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                BigDecimal value = new BigDecimal(part.strip()).stripTrailingZeros();
                if (value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0 || values.contains(value)) {
                    throw new IllegalArgumentException(raw);
                }
                values.add(value);
            }
            return List.copyOf(values);
        }

        @Override
        public String format(List<BigDecimal> values) {
            return values.stream()
                    .map(value -> value.stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(","));
        }

        @Override
        public String constraint() {
            return minimum.toPlainString() + ".." + maximum.toPlainString();
        }
    }

    private record TextCodec(int maxLength) implements Codec<String> {
        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public Class<?> valueType() {
            return String.class;
        }

        @Override
        public String parse(String raw) {
            String text = raw.strip();
            if (text.isEmpty() || text.codePointCount(0, text.length()) > maxLength) {
                throw new IllegalArgumentException(raw);
            }
            return text;
        }

        @Override
        public String format(String value) {
            return value;
        }

        @Override
        public String constraint() {
            return "1.." + maxLength;
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
