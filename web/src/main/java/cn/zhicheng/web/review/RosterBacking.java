package cn.zhicheng.web.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.Choice;
import cn.zhicheng.review.StatusGroup;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * 职称申报人员信息花名表 (SPEC §3.15.3) for units ({@code /unit/queries/roster.xhtml}) and committees
 * ({@code /committee/roster.xhtml}): filters 年度, 姓名, 身份证号, 性别, 申报系列, 申报级别, 申报专业, 申报方式,
 * 评价方式 (and 评委会), 【查询】【重置】, 50 rows a page, and 【导出】 — the link to the streaming export with the same
 * filters. Committees also export their 已接收 applicants. View parameter {@code committee} preselects a committee.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int ROWS = 50;

    @EJB
    private ApplicationQueries service;

    private Integer year;
    private String name;
    private String idNumber;
    private Sex sex;
    private Long seriesId;
    private TitleLevel level;
    private String specialty;
    private ApplicationRoute route;
    private ApplicationKind kind;
    private Long committeeId;
    private List<Choice> committees = List.of();
    private List<Choice> series = List.of();
    private ApplicationQuery query = ApplicationQuery.ALL.withGroup(StatusGroup.PASSED_DEPARTMENT);
    private ApplicationQueryModel model;

    @PostConstruct
    void init() {
        model = new ApplicationQueryModel(service, () -> query);
    }

    /** f:viewAction: the caller's choices (refuses callers without the function before anything renders). */
    public void load() {
        committees = service.rosterCommittees();
        series = service.series();
        if (committees.size() == 1) {
            committeeId = committees.get(0).id();
        }
        search();
    }

    public void search() {
        query = new ApplicationQuery(year, name, idNumber, sex, seriesId, level, specialty, route, kind, committeeId,
                null, StatusGroup.PASSED_DEPARTMENT);
        model.recount();
    }

    public void reset() {
        year = null;
        name = null;
        idNumber = null;
        sex = null;
        seriesId = null;
        level = null;
        specialty = null;
        route = null;
        kind = null;
        committeeId = committees.size() == 1 ? committees.get(0).id() : null;
        search();
    }

    /** The export link of the current filters (the page's folder decides the servlet path). */
    public String getExportUrl() {
        return exportUrl(StatusGroup.PASSED_DEPARTMENT);
    }

    /** 导出职称申报人员信息表 of the committee's 已接收 applicants. */
    public String getAcceptedExportUrl() {
        return exportUrl(StatusGroup.ACCEPTED);
    }

    private String exportUrl(StatusGroup group) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String folder = faces.getViewRoot().getViewId().startsWith("/committee/") ? "/committee/roster.xlsx"
                : "/unit/queries/roster.xlsx";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("group", group);
        params.put("year", query.year());
        params.put("name", query.name());
        params.put("idNumber", query.idNumber());
        params.put("sex", query.sex());
        params.put("series", query.seriesId());
        params.put("level", query.level());
        params.put("specialty", query.specialty());
        params.put("route", query.route());
        params.put("kind", query.kind());
        params.put("committee", query.committeeId());
        StringJoiner joined = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> {
            if (v != null) {
                joined.add(k + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return faces.getExternalContext().getRequestContextPath() + folder + joined;
    }

    public LazyDataModel<ApplicationQueryRow> getModel() {
        return model;
    }

    public int getRows() {
        return ROWS;
    }

    public List<Choice> getCommittees() {
        return committees;
    }

    public List<Choice> getSeries() {
        return series;
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public List<TitleLevel> getLevels() {
        return List.of(TitleLevel.values());
    }

    public List<ApplicationRoute> getRoutes() {
        return List.of(ApplicationRoute.values());
    }

    public List<ApplicationKind> getKinds() {
        return List.of(ApplicationKind.values());
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
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

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public void setRoute(ApplicationRoute route) {
        this.route = route;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }
}
