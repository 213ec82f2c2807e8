package cn.zhicheng.web.shell;

import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.QualificationRow;
import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one 系列 → 层级 → 资格名称 cascade (SPEC §3.16) for the {@code zc:titleCascade} tag: each choice narrows
 * the next and only active entries are offered. An entry an old record already holds stays shown (marked retired)
 * even when it has been retired since. Keep it in a view-scoped bean; build it with {@link #of} (a record's
 * qualification), {@link #ofSeries} (series and level only, e.g. 评审系列/评审级别) or {@link #forNewQualification}
 * (every level of the series, for adding a name).
 */
public class TitleCascade implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CatalogService catalog;
    private final boolean allLevels;
    private Long seriesId;
    private TitleLevel level;
    private Long qualificationId;
    private final List<CatalogChoice> seriesChoices;
    private List<TitleLevel> levels = List.of();
    private List<CatalogChoice> qualifications = List.of();
    /** The record's own (possibly retired) entries, kept in the choices while still selected. */
    private final CatalogChoice heldSeries;
    private final TitleLevel heldLevel;
    private final CatalogChoice heldQualification;

    private TitleCascade(CatalogService catalog, boolean allLevels, Long seriesId, TitleLevel level,
                         Long qualificationId) {
        this.catalog = catalog;
        this.allLevels = allLevels;
        QualificationRow held = qualificationId == null ? null : catalog.qualification(qualificationId).orElse(null);
        if (held != null) {
            seriesId = held.seriesId();
            level = held.level();
            this.qualificationId = held.id();
        }
        this.seriesId = seriesId;
        this.level = level;
        this.heldSeries = seriesId == null ? null : catalog.series(seriesId).orElse(null);
        this.heldLevel = level;
        this.heldQualification = held == null ? null : new CatalogChoice(held.id(), held.name(), held.retired());
        this.seriesChoices = withHeld(catalog.activeSeries(), heldSeries);
        refreshLevels();
        refreshQualifications();
    }

    /** A cascade showing a record's qualification (may be {@code null} for a new record). */
    public static TitleCascade of(CatalogService catalog, Long qualificationId) {
        return new TitleCascade(catalog, false, null, null, qualificationId);
    }

    /** Series and level only (the tag's {@code qualification="false"}), e.g. a committee's 评审系列 and 级别. */
    public static TitleCascade ofSeries(CatalogService catalog, Long seriesId, TitleLevel level) {
        return new TitleCascade(catalog, false, seriesId, level, null);
    }

    /** Series and every level, for adding a qualification name (a level may have no name yet). */
    public static TitleCascade forNewQualification(CatalogService catalog, Long seriesId) {
        return new TitleCascade(catalog, true, seriesId, null, null);
    }

    private static List<CatalogChoice> withHeld(List<CatalogChoice> active, CatalogChoice held) {
        if (held == null || active.stream().anyMatch(c -> c.id().equals(held.id()))) {
            return active;
        }
        List<CatalogChoice> result = new ArrayList<>(active);
        result.add(held);
        return List.copyOf(result);
    }

    private void refreshLevels() {
        if (seriesId == null) {
            levels = List.of();
            return;
        }
        List<TitleLevel> offered = allLevels ? Arrays.asList(TitleLevel.values()) : catalog.activeLevelsOf(seriesId);
        if (heldLevel != null && heldSeries != null && heldSeries.id().equals(seriesId)
                && !offered.contains(heldLevel)) {
            List<TitleLevel> result = new ArrayList<>(offered);
            result.add(heldLevel);
            result.sort(null);
            offered = result;
        }
        levels = List.copyOf(offered);
    }

    private void refreshQualifications() {
        List<CatalogChoice> active = catalog.activeQualifications(seriesId, level);
        boolean holdsThese = heldQualification != null && heldSeries != null && heldSeries.id().equals(seriesId)
                && heldLevel == level;
        qualifications = holdsThese ? withHeld(active, heldQualification) : active;
    }

    /** The series changed: the level and qualification start again. */
    public void seriesChanged() {
        level = null;
        qualificationId = null;
        refreshLevels();
        qualifications = List.of();
    }

    /** The level changed: the qualification starts again. */
    public void levelChanged() {
        qualificationId = null;
        refreshQualifications();
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public void setQualificationId(Long qualificationId) {
        this.qualificationId = qualificationId;
    }

    public List<CatalogChoice> getSeriesChoices() {
        return seriesChoices;
    }

    public List<TitleLevel> getLevels() {
        return levels;
    }

    public List<CatalogChoice> getQualifications() {
        return qualifications;
    }
}
