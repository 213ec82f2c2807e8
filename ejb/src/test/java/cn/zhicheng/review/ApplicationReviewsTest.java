package cn.zhicheng.review;

import cn.zhicheng.config.ScreenLayout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The helpers of the unit review lists that need no database (SPEC §3.9.2). */
class ApplicationReviewsTest {

    @Test
    void aRegionFilterCoversTheRegionAndEverythingBelowIt() {
        assertThat(ApplicationReviews.regionPrefix("510000")).isEqualTo("51");
        assertThat(ApplicationReviews.regionPrefix("510100")).isEqualTo("5101");
        assertThat(ApplicationReviews.regionPrefix("510104")).isEqualTo("510104");
        assertThat(ApplicationReviews.regionPrefix(" 51_0%100 ")).isEqualTo("5101");
    }

    @Test
    void eachLayoutHasItsTabs() {
        assertThat(ApplicationReviewTab.of(ScreenLayout.HB)).containsExactly(ApplicationReviewTab.UNREVIEWED,
                ApplicationReviewTab.PENDING, ApplicationReviewTab.REVIEWED);
        assertThat(ApplicationReviewTab.of(ScreenLayout.SC)).hasSize(6).allMatch(t -> t.ordinal() < 6);
        assertThat(ApplicationReviewTab.of(ScreenLayout.SX)).isEqualTo(ApplicationReviewTab.of(ScreenLayout.SC));
        assertThat(ApplicationReviewTab.PENDING.isWaiting()).isTrue();
        assertThat(ApplicationReviewTab.REVIEWED.isWaiting()).isFalse();
    }
}
