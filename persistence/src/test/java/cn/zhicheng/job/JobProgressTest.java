package cn.zhicheng.job;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class JobProgressTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void thePercentIsUnknownWithoutATotal() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.advance(10, 0, NOW);

        assertThat(progress.percent()).isEqualTo(-1);
    }

    @Test
    void anEmptyJobIsComplete() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(0, NOW);

        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    void aNewJobWithATotalIsAtZero() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(200, NOW);

        assertThat(progress.percent()).isZero();
    }

    @Test
    void failedItemsCountAsDone() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(200, NOW);

        progress.advance(30, 20, NOW);

        assertThat(progress.percent()).isEqualTo(25);
    }

    @Test
    void thePercentIsRoundedDown() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(3, NOW);

        progress.advance(2, 0, NOW);

        assertThat(progress.percent()).isEqualTo(66);
    }

    @Test
    void thePercentIsCappedAtAHundred() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(10, NOW);

        progress.advance(12, 3, NOW);

        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    void aLargeTotalDoesNotOverflow() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        progress.total(4_000_000_000L, NOW);

        progress.advance(3_000_000_000L, 0, NOW);

        assertThat(progress.percent()).isEqualTo(75);
    }

    @Test
    void advanceAccumulatesAndStampsTheTime() {
        JobProgress progress = new JobProgress(1L, "catalogImport", NOW);
        OffsetDateTime later = NOW.plusMinutes(1);

        progress.advance(10, 1, NOW);
        progress.advance(5, 2, later);

        assertThat(progress.getProcessedItems()).isEqualTo(15);
        assertThat(progress.getFailedItems()).isEqualTo(3);
        assertThat(progress.getUpdatedAt()).isEqualTo(later);
    }
}
