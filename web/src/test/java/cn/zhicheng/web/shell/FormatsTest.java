package cn.zhicheng.web.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void aFlowLogStatusReadsAsItsLabel() {
        assertThat(formats.status("FilingStatus", "FILED")).isEqualTo("已备案");
        assertThat(formats.status("UnitStatus", "RETURNED")).isEqualTo("已退回");
    }

    @Test
    void aStatusWithoutLabelOrPrefixStaysAsStored() {
        assertThat(formats.status("FilingStatus", "LOCKED")).isEqualTo("LOCKED");
        assertThat(formats.status(null, "ACTIVE")).isEqualTo("ACTIVE");
        assertThat(formats.status("FilingStatus", null)).isNull();
    }
}
