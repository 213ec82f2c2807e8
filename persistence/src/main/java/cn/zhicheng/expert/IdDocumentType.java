package cn.zhicheng.expert;

/**
 * 证件类型 (SPEC §4.5). Experts log in with a resident ID number and the pool enforces 18 characters, so the
 * dictionary holds the one type the pool accepts; other types would need their own number rules first.
 * Labels: {@code IdDocumentType.NAME}.
 */
public enum IdDocumentType {
    /** 居民身份证(户口簿) */
    RESIDENT_ID("居民身份证(户口簿)");

    private final String chineseLabel;

    IdDocumentType(String chineseLabel) {
        this.chineseLabel = chineseLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    /** The type for an import cell: blank means the default; the label or a short form is accepted. */
    public static IdDocumentType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return RESIDENT_ID;
        }
        String value = raw.strip();
        if (value.equals(RESIDENT_ID.chineseLabel) || value.startsWith("居民身份证") || value.equals("身份证")
                || value.equalsIgnoreCase(RESIDENT_ID.name())) {
            return RESIDENT_ID;
        }
        throw new cn.zhicheng.shared.BusinessException("expert.idType.unknown", value);
    }
}
