package cn.zhicheng.org;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link IdNumber} as its 18-character text. Reading is lenient, so rows saved before validation existed
 * still load and can be corrected on screen instead of breaking every query that touches them.
 */
@Converter(autoApply = true)
public class IdNumberConverter implements AttributeConverter<IdNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdNumber idNumber) {
        return idNumber == null ? null : idNumber.value();
    }

    @Override
    public IdNumber convertToEntityAttribute(String stored) {
        return stored == null || stored.isBlank() ? null : IdNumber.fromDatabase(stored);
    }
}
