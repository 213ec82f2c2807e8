package cn.zhicheng.job;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class JobExitStatusTest {

    @Test
    void aRefusedLineIsDescribedInTheReadersLanguage() {
        String status = JobExitStatus.lineRefused(1234, new BusinessException("catalog.level.unknown", "超高级"));

        assertThat(JobExitStatus.describe(status, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 1234 行：无法识别的层级“超高级”：应为正高级、副高级、中级、助理级或员级。");
        assertThat(JobExitStatus.describe(status, Locale.ENGLISH)).startsWith("Line 1234: The level \"超高级\"");
    }

    @Test
    void argumentsCannotBreakTheEncoding() {
        String status = JobExitStatus.lineRefused(7, new BusinessException("catalog.import.columns", "2\u001F3"));

        assertThat(JobExitStatus.describe(status, Locale.SIMPLIFIED_CHINESE)).startsWith("第 7 行：").contains("2 3");
    }

    @Test
    void otherStatusesAreShownAsTheyAre() {
        assertThat(JobExitStatus.describe("COMPLETED", Locale.ENGLISH)).isEqualTo("COMPLETED");
        assertThat(JobExitStatus.describe(null, Locale.ENGLISH)).isNull();
    }
}
