package cn.zhicheng.web.review;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.Choice;
import cn.zhicheng.review.CommitteeCountRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/queries/counts.xhtml} (申报材料综合查询, SPEC §3.15.1): per activity of the committees the caller's
 * unit formed — 评委会, 活动, 申报人数, 接收人数, 通过人数 — filtered by year, committee, series and level; one grouped
 * query in the database.
 */
@Named
@ViewScoped
public class ApplicationCountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries service;

    private Integer year;
    private Long committeeId;
    private Long seriesId;
    private TitleLevel level;
    private List<Choice> committees = List.of();
    private List<Choice> series = List.of();
    private List<CommitteeCountRow> rows = List.of();

    public void load() {
        committees = service.committees();
        series = service.series();
        search();
    }

    public void search() {
        rows = service.committeeCounts(year, committeeId, seriesId, level);
    }

    public void reset() {
        year = null;
        committeeId = null;
        seriesId = null;
        level = null;
        search();
    }

    public List<CommitteeCountRow> getRowList() {
        return rows;
    }

    public List<Choice> getCommittees() {
        return committees;
    }

    public List<Choice> getSeries() {
        return series;
    }

    public List<TitleLevel> getLevels() {
        return List.of(TitleLevel.values());
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
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
}
