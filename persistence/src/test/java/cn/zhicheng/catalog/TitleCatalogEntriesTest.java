package cn.zhicheng.catalog;

import cn.zhicheng.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The entity rules of the title catalog (SPEC §3.16): names, renames that keep identity, retire and reinstate. */
class TitleCatalogEntriesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static String key(Runnable action) {
        BusinessException e = catchThrowableOfType(BusinessException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        return e.getMessageKey();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void aSeriesAndAQualificationNeedAName(String name) {
        TitleSeries series = new TitleSeries("工程技术人员");

        assertThat(key(() -> new TitleSeries(name))).isEqualTo("catalog.series.required");
        assertThat(key(() -> new TitleQualification(series, TitleLevel.SENIOR_DEPUTY, name)))
                .isEqualTo("catalog.qualification.required");
        assertThat(key(() -> series.rename(name, NOW))).isEqualTo("catalog.series.required");
    }

    @Test
    void namesAreStrippedAndLimitedTo100Characters() {
        String hundred = "名".repeat(100);

        assertThat(new TitleSeries("  工程技术人员 ").getName()).isEqualTo("工程技术人员");
        assertThat(new TitleSeries(hundred).getName()).hasSize(100);
        assertThat(key(() -> new TitleSeries(hundred + "字"))).isEqualTo("catalog.series.tooLong");
        TitleSeries series = new TitleSeries("工程技术人员");
        assertThat(key(() -> new TitleQualification(series, TitleLevel.INTERMEDIATE, hundred + "字")))
                .isEqualTo("catalog.qualification.tooLong");
        TitleQualification q = new TitleQualification(series, TitleLevel.INTERMEDIATE, "工程师");
        assertThat(key(() -> q.rename(hundred + "字", NOW))).isEqualTo("catalog.qualification.tooLong");
    }

    @Test
    void aRenameKeepsTheEntryAndRecordsTheOldName() {
        TitleSeries series = new TitleSeries("工程技术人员");
        TitleQualification q = new TitleQualification(series, TitleLevel.INTERMEDIATE, "工程师");

        TitleRename rename = q.rename(" 中级工程师 ", NOW);

        assertThat(q.getName()).isEqualTo("中级工程师");
        assertThat(q.getLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(q.getSeries()).isSameAs(series);
        assertThat(rename.getEntryType()).isEqualTo(TitleRename.EntryType.QUALIFICATION);
        assertThat(rename.getOldName()).isEqualTo("工程师");
        assertThat(rename.getNewName()).isEqualTo("中级工程师");
        assertThat(rename.getRenamedAt()).isEqualTo(NOW);
    }

    @Test
    void renamingToTheSameNameIsRefused() {
        TitleSeries series = new TitleSeries("工程技术人员");

        assertThat(key(() -> series.rename(" 工程技术人员", NOW))).isEqualTo("catalog.rename.unchanged");
        assertThat(key(() -> new TitleQualification(series, TitleLevel.JUNIOR, "技术员").rename("技术员", NOW)))
                .isEqualTo("catalog.rename.unchanged");
    }

    @Test
    void theNameValidAtAMomentIsTheOldNameOfTheFirstLaterRename() {
        TitleSeries series = new TitleSeries("甲");
        TitleRename first = series.rename("乙", NOW);
        TitleRename second = series.rename("丙", NOW.plusDays(10));
        List<TitleRename> renames = List.of(first, second);

        assertThat(TitleRename.nameAt(series.getName(), renames, NOW.minusDays(1))).isEqualTo("甲");
        assertThat(TitleRename.nameAt(series.getName(), renames, NOW.plusDays(1))).isEqualTo("乙");
        assertThat(TitleRename.nameAt(series.getName(), renames, NOW.plusDays(11))).isEqualTo("丙");
        assertThat(TitleRename.nameAt(series.getName(), List.of(), NOW)).isEqualTo("丙");
    }

    @Test
    void aSeriesIsRetiredOnceAndReinstatedOnce() {
        TitleSeries series = new TitleSeries("工程技术人员");

        series.retire();
        assertThat(series.isRetired()).isTrue();
        assertThat(key(series::retire)).isEqualTo("catalog.series.alreadyRetired");
        series.reinstate();
        assertThat(series.isRetired()).isFalse();
        assertThat(key(series::reinstate)).isEqualTo("catalog.series.notRetired");
    }

    @Test
    void aQualificationIsRetiredOnceAndLeavesTheChoicesWithItsSeries() {
        TitleSeries series = new TitleSeries("工程技术人员");
        TitleQualification q = new TitleQualification(series, TitleLevel.SENIOR_FULL, "正高级工程师");
        assertThat(q.isActive()).isTrue();

        series.retire();
        assertThat(q.isActive()).as("a retired series takes its names out of new choices").isFalse();
        assertThat(q.isRetired()).isFalse();

        q.retire();
        assertThat(key(q::retire)).isEqualTo("catalog.qualification.alreadyRetired");
        assertThat(key(q::reinstate)).as("not while the series is retired").isEqualTo("catalog.series.retired");
        series.reinstate();
        q.reinstate();
        assertThat(q.isActive()).isTrue();
        assertThat(key(q::reinstate)).isEqualTo("catalog.qualification.notRetired");
    }

    @Test
    void aSeriesCategoryIsOptionalStrippedAndLimitedTo20Characters() {
        assertThat(new TitleSeries("工程技术人员").getCategory()).isNull();
        assertThat(new TitleSeries("工程技术人员", "  ").getCategory()).isNull();
        assertThat(new TitleSeries("高等学校教师", " 教学类 ").getCategory()).isEqualTo("教学类");
        assertThat(new TitleSeries("高等学校教师", "类".repeat(20)).getCategory()).hasSize(20);
        assertThat(key(() -> new TitleSeries("高等学校教师", "类".repeat(21))))
                .isEqualTo("catalog.series.categoryTooLong");
    }

    @Test
    void categorizingReturnsThePreviousCategoryAndRefusesNoChange() {
        TitleSeries series = new TitleSeries("中小学教师");

        assertThat(series.categoryDiffers(" ")).isFalse();
        assertThat(series.categoryDiffers("教学类")).isTrue();
        assertThat(series.categorize(" 教学类")).isNull();
        assertThat(series.getCategory()).isEqualTo("教学类");
        assertThat(series.categoryDiffers("教学类 ")).isFalse();
        assertThat(key(() -> series.categorize("教学类"))).isEqualTo("catalog.series.categoryUnchanged");
        assertThat(key(() -> series.categorize("类".repeat(21)))).isEqualTo("catalog.series.categoryTooLong");
        assertThat(series.getCategory()).isEqualTo("教学类");
        assertThat(series.categorize("")).isEqualTo("教学类");
        assertThat(series.getCategory()).isNull();
        assertThat(key(() -> series.categorize(null))).isEqualTo("catalog.series.categoryUnchanged");
    }
}
