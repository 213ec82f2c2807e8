package cn.zhicheng.activity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of enum constants as their comma-separated names in declaration order. */
abstract class EnumSetConverter<E extends Enum<E>> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : EnumSet.copyOf(values.isEmpty() ? EnumSet.noneOf(type) : values).stream()
                .map(Enum::name).collect(Collectors.joining(","));
    }

    public Set<E> convertToEntityAttribute(String column) {
        Set<E> result = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(name -> Enum.valueOf(type, name))
                    .forEach(result::add);
        }
        return result;
    }
}
