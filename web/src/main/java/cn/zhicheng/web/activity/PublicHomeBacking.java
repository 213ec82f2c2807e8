package cn.zhicheng.web.activity;

import cn.zhicheng.activity.NoticeRow;
import cn.zhicheng.activity.PublicActivityRow;
import cn.zhicheng.activity.PublicSearch;
import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.activity.SeriesOption;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.notice.NoticeType;
import cn.zhicheng.region.RegionDirectory;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.RegionCascade;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The public part of the home page (SPEC §3.14.5, no log-in; shown on {@code /login.xhtml}): published review
 * activities searchable by series, level and region, and the notices with one tab per type (SPEC §3.14.1).
 */
@Named
@ViewScoped
public class PublicHomeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private PublicSite site;

    @EJB
    private RegionDirectory regions;

    private List<SeriesOption> series;
    private Long seriesId;
    private TitleLevel level;
    private RegionCascade regionCascade;
    private PublicSearch applied = PublicSearch.all();
    private NoticeType noticeType = NoticeType.NOTICE;
    private PagedModel<PublicActivityRow> activities;
    private PagedModel<NoticeRow> notices;

    @PostConstruct
    void init() {
        series = site.series();
        regionCascade = new RegionCascade(regions, null, null);
        activities = new PagedModel<>((first, size) -> site.activities(applied, first, size),
                () -> site.countActivities(applied), PublicActivityRow::id);
        notices = new PagedModel<>((first, size) -> site.notices(noticeType, first, size),
                () -> site.countNotices(noticeType), NoticeRow::id);
    }

    public void search() {
        applied = new PublicSearch(seriesId, level, regionCascade.getCode());
    }

    public void showNotices(NoticeType type) {
        noticeType = type;
    }

    public long countNotices(NoticeType type) {
        return site.countNotices(type);
    }

    public NoticeType[] getNoticeTypes() {
        return NoticeType.values();
    }

    public TitleLevel[] getLevels() {
        return TitleLevel.values();
    }

    public List<SeriesOption> getSeries() {
        return series;
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

    public RegionCascade getRegionCascade() {
        return regionCascade;
    }

    public NoticeType getNoticeType() {
        return noticeType;
    }

    public PagedModel<PublicActivityRow> getActivities() {
        return activities;
    }

    public PagedModel<NoticeRow> getNotices() {
        return notices;
    }
}
