package cn.zhicheng.web.shell;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void aFlowLogStatusReadsAsItsLabel() {
        assertThat(Formats.status("FilingStatus", "FILED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("已备案");
        assertThat(Formats.status("UnitStatus", "RETURNED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("已退回");
        assertThat(Formats.status("FilingStatus", "FILED", Locale.ENGLISH)).doesNotContain("FILED").isNotBlank();
    }

    @Test
    void aStatusWithoutLabelOrPrefixStaysAsStored() {
        assertThat(Formats.status("FilingStatus", "LOCKED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("LOCKED");
        assertThat(Formats.status(null, "ACTIVE", Locale.SIMPLIFIED_CHINESE)).isEqualTo("ACTIVE");
        assertThat(Formats.status("FilingStatus", null, Locale.SIMPLIFIED_CHINESE)).isNull();
    }
}
