package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;

import java.util.Arrays;

/**
 * Catalog levels. The catalog file names them 正高级…员级; screens show the manuals' labels
 * (高级（正高）, 高级（副高）, 中级, 初级) from the bundle key {@code TitleLevel.NAME}.
 */
public enum TitleLevel {
    SENIOR_FULL("正高级"),
    SENIOR_DEPUTY("副高级"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理级"),
    JUNIOR("员级");

    private final String catalogName;

    TitleLevel(String catalogName) {
        this.catalogName = catalogName;
    }

    /** The name used in the national catalog and in import files. */
    public String catalogName() {
        return catalogName;
    }

    public static TitleLevel fromCatalogName(String name) {
        String trimmed = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(l -> l.catalogName.equals(trimmed)).findFirst()
                .orElseThrow(() -> new BusinessException("catalog.level.unknown", trimmed));
    }
}
