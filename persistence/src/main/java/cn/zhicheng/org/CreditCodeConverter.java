package cn.zhicheng.org;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link CreditCode} as its 18-character text. Reading is lenient, so units registered before validation
 * existed still load and can be corrected on screen instead of breaking every query that touches them.
 */
@Converter(autoApply = true)
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public String convertToDatabaseColumn(CreditCode creditCode) {
        return creditCode == null ? null : creditCode.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String stored) {
        return stored == null || stored.isBlank() ? null : CreditCode.fromDatabase(stored);
    }
}
