package cn.zhicheng.expert;

/**
 * 行政职务级别 (SPEC §3.6.2 "dictionary"): the small fixed dictionary of administrative ranks. Labels:
 * {@code AdminPostLevel.NAME}; the import accepts the Chinese label as well as the constant.
 */
public enum AdminPostLevel {
    /** 无 */
    NONE("无"),
    /** 科员 */
    CLERK("科员"),
    /** 副科级 */
    DEPUTY_SECTION("副科级"),
    /** 正科级 */
    SECTION("正科级"),
    /** 副处级 */
    DEPUTY_DIVISION("副处级"),
    /** 正处级 */
    DIVISION("正处级"),
    /** 副厅级 */
    DEPUTY_BUREAU("副厅级"),
    /** 正厅级及以上 */
    BUREAU("正厅级及以上"),
    /** 其他 */
    OTHER("其他");

    private final String chineseLabel;

    AdminPostLevel(String chineseLabel) {
        this.chineseLabel = chineseLabel;
    }

    /** The Chinese label used in the import template's cells. */
    public String chineseLabel() {
        return chineseLabel;
    }

    /** The level for an import cell (Chinese label or constant name); null for a blank cell. */
    public static AdminPostLevel parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        for (AdminPostLevel level : values()) {
            if (level.chineseLabel.equals(value) || level.name().equalsIgnoreCase(value)) {
                return level;
            }
        }
        throw new cn.zhicheng.shared.BusinessException("expert.adminPostLevel.unknown", value);
    }
}
