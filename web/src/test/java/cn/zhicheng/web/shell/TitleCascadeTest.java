package cn.zhicheng.web.shell;

import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.QualificationRow;
import cn.zhicheng.catalog.TitleLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The zc:titleCascade model: each choice narrows the next; a record's retired entry stays shown. */
class TitleCascadeTest {

    /** A catalog of two active series; series 3 is retired and holds the retired qualification 30. */
    static final class FakeCatalog extends CatalogService {
        @Override
        public List<CatalogChoice> activeSeries() {
            return List.of(new CatalogChoice(1L, "高等学校教师", false), new CatalogChoice(2L, "律师", false));
        }

        @Override
        public List<TitleLevel> activeLevelsOf(Long seriesId) {
            return seriesId == 1L ? List.of(TitleLevel.SENIOR_FULL, TitleLevel.INTERMEDIATE)
                    : seriesId == 2L ? List.of(TitleLevel.JUNIOR) : List.of();
        }

        @Override
        public List<CatalogChoice> activeQualifications(Long seriesId, TitleLevel level) {
            if (seriesId == null || level == null) {
                return List.of();
            }
            return seriesId == 1L && level == TitleLevel.SENIOR_FULL ? List.of(new CatalogChoice(10L, "教授", false))
                    : seriesId == 1L && level == TitleLevel.INTERMEDIATE
                    ? List.of(new CatalogChoice(11L, "讲师", false)) : List.of();
        }

        @Override
        public Optional<CatalogChoice> series(Long id) {
            return id == 3L ? Optional.of(new CatalogChoice(3L, "旧系列", true))
                    : activeSeries().stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public Optional<QualificationRow> qualification(Long id) {
            return id == 30L ? Optional.of(new QualificationRow(30L, 3L, "旧系列", TitleLevel.INTERMEDIATE, "旧名称", true))
                    : id == 10L ? Optional.of(new QualificationRow(10L, 1L, "高等学校教师", TitleLevel.SENIOR_FULL, "教授",
                    false)) : Optional.empty();
        }
    }

    private final CatalogService catalog = new FakeCatalog();

    @Test
    void eachChoiceNarrowsTheNext() {
        TitleCascade cascade = TitleCascade.of(catalog, null);
        assertThat(cascade.getSeriesChoices()).extracting(CatalogChoice::name).containsExactly("高等学校教师", "律师");
        assertThat(cascade.getLevels()).isEmpty();

        cascade.setSeriesId(1L);
        cascade.seriesChanged();
        assertThat(cascade.getLevels()).containsExactly(TitleLevel.SENIOR_FULL, TitleLevel.INTERMEDIATE);
        assertThat(cascade.getQualifications()).isEmpty();

        cascade.setLevel(TitleLevel.INTERMEDIATE);
        cascade.levelChanged();
        assertThat(cascade.getQualifications()).extracting(CatalogChoice::name).containsExactly("讲师");
        cascade.setQualificationId(11L);

        cascade.setSeriesId(2L);
        cascade.seriesChanged();
        assertThat(cascade.getLevel()).isNull();
        assertThat(cascade.getQualificationId()).isNull();
        assertThat(cascade.getLevels()).containsExactly(TitleLevel.JUNIOR);
    }

    @Test
    void aRecordsRetiredEntryStillDisplaysButIsNotOfferedElsewhere() {
        TitleCascade cascade = TitleCascade.of(catalog, 30L);

        assertThat(cascade.getSeriesId()).isEqualTo(3L);
        assertThat(cascade.getLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(cascade.getQualificationId()).isEqualTo(30L);
        assertThat(cascade.getSeriesChoices()).extracting(CatalogChoice::name)
                .containsExactly("高等学校教师", "律师", "旧系列");
        assertThat(cascade.getSeriesChoices().get(2).retired()).isTrue();
        assertThat(cascade.getLevels()).containsExactly(TitleLevel.INTERMEDIATE);
        assertThat(cascade.getQualifications()).containsExactly(new CatalogChoice(30L, "旧名称", true));

        cascade.setSeriesId(1L);
        cascade.seriesChanged();
        cascade.setLevel(TitleLevel.INTERMEDIATE);
        cascade.levelChanged();
        assertThat(cascade.getQualifications()).extracting(CatalogChoice::name).containsExactly("讲师");
    }

    @Test
    void seriesAndLevelOnlyAndEveryLevelForANewName() {
        TitleCascade committee = TitleCascade.ofSeries(catalog, 1L, TitleLevel.SENIOR_FULL);
        assertThat(committee.getLevels()).containsExactly(TitleLevel.SENIOR_FULL, TitleLevel.INTERMEDIATE);
        assertThat(committee.getLevel()).isEqualTo(TitleLevel.SENIOR_FULL);

        TitleCascade adding = TitleCascade.forNewQualification(catalog, 2L);
        assertThat(adding.getLevels()).containsExactly(TitleLevel.values());
        assertThat(adding.getLevel()).isNull();
    }
}
