package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TitleLevelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "正高级|SENIOR_FULL",
            " 副高级 |SENIOR_DEPUTY",
            "\t中级|INTERMEDIATE",
            "助理级 \t|ASSISTANT",
            "\u3000员级\u3000|JUNIOR",
    })
    void theFiveCatalogNamesAreRecognisedWithSurroundingBlanks(String name, TitleLevel level) {
        assertThat(TitleLevel.fromCatalogName(name)).isEqualTo(level);
    }

    @ParameterizedTest
    @EnumSource(TitleLevel.class)
    void everyLevelIsFoundByItsOwnCatalogName(TitleLevel level) {
        assertThat(TitleLevel.fromCatalogName(level.catalogName())).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"特级", "高级", "正高", "SENIOR_FULL", "中 级"})
    void anUnknownNameIsRejectedNamingIt(String name) {
        BusinessException e = catchThrowableOfType(BusinessException.class, () -> TitleLevel.fromCatalogName(name));

        assertThat(e).isNotNull();
        assertThat(e.getMessageKey()).isEqualTo("catalog.level.unknown");
        assertThat(e.getArguments()).containsExactly(name);
    }

    @Test
    void aMissingNameIsRejected() {
        BusinessException e = catchThrowableOfType(BusinessException.class, () -> TitleLevel.fromCatalogName(null));

        assertThat(e).isNotNull();
        assertThat(e.getMessageKey()).isEqualTo("catalog.level.unknown");
    }
}
