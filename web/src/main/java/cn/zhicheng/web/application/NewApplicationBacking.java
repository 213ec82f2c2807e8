package cn.zhicheng.web.application;

import cn.zhicheng.activity.CommitteeOffer;
import cn.zhicheng.activity.FinderQuery;
import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.Applications;
import cn.zhicheng.application.StartRequest;
import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.config.ScreenLayout;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.ApplicantAccountService;
import cn.zhicheng.org.UnitChoice;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 新增申报 ({@code /applicant/new.xhtml}, SPEC §3.8.3): the employer, 评价方式, series → level → qualification, the
 * specialty and 申报类别; for 申报评审 【查询】 lists the committees with an open activity and 【立即申报】 starts there;
 * for 职称初定 【立即申报】 starts at once. Leads to the form.
 */
@Named
@ViewScoped
public class NewApplicationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private Applications applications;

    @EJB
    private CatalogService catalog;

    @EJB
    private ApplicantAccountService applicants;

    @Inject
    private UiMessages messages;

    private UnitChoice employer;
    private boolean employerChangeable;
    private ApplicationKind kind = ApplicationKind.REVIEW;
    private boolean categoryAsked;
    private String category;
    private Long seriesId;
    private TitleLevel level;
    private Long qualificationId;
    private String specialty;
    private ApplicationRoute route = ApplicationRoute.NORMAL;
    private List<CommitteeOffer> offers;

    public void load() {
        employer = applicants.employerOfCaller().orElse(null);
        employerChangeable = applicants.isSelfRegistrationOpen();
        categoryAsked = applications.layout() == ScreenLayout.HB;
    }

    /** SC: applicants choose their employer; HB: the unit that created the account is the employer (SPEC §3.8.3). */
    public boolean isEmployerChangeable() {
        return employerChangeable;
    }

    public List<ApplicationKind> getKinds() {
        return List.of(ApplicationKind.values());
    }

    /** HB 个人申报设置 asks for the 申报类别 (series category) first; it narrows the series (SPEC §3.8.3). */
    public boolean isCategoryAsked() {
        return categoryAsked;
    }

    /** SC calls the route 申报类别 (SPEC §4.10.1); HB, where 申报类别 is the series category, calls it 申报方式. */
    public String getRouteLabelKey() {
        return isCategoryAsked() ? "application.field.route.hb" : "application.field.route";
    }

    public List<String> getCategories() {
        return catalog.seriesCategories();
    }

    public List<CatalogChoice> getSeries() {
        return catalog.activeSeriesIn(category);
    }

    /** Changing the 申报类别 starts the series over. */
    public void categoryChanged() {
        seriesId = null;
        seriesChanged();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<TitleLevel> getLevels() {
        return seriesId == null ? List.of() : catalog.activeLevelsOf(seriesId);
    }

    public List<CatalogChoice> getQualifications() {
        return seriesId == null || level == null ? List.of() : catalog.activeQualifications(seriesId, level);
    }

    public List<ApplicationRoute> getRoutes() {
        return applications.routes();
    }

    /** Changing the series starts the cascade over (SPEC §3.8.3 step 2). */
    public void seriesChanged() {
        level = null;
        qualificationId = null;
        offers = null;
    }

    public void levelChanged() {
        qualificationId = null;
        List<CatalogChoice> choices = getQualifications();
        if (choices.size() == 1) {
            qualificationId = choices.get(0).id();
        }
        offers = null;
    }

    /** 【查询】 the committees accepting this choice now. */
    public void search() {
        if (!ready()) {
            return;
        }
        try {
            offers = applications.offers(new FinderQuery(employer.id(), null, seriesId, level, specialty));
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 【立即申报】 at a committee's activity (申报评审) or directly (职称初定); opens the form. */
    public String apply(Long activityId) {
        if (!ready()) {
            return null;
        }
        try {
            Long id = applications.start(new StartRequest(employer.id(), kind, qualificationId, specialty, route,
                    kind == ApplicationKind.REVIEW ? activityId : null));
            messages.infoOnNextPage("application.started");
            return "/applicant/form.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    private boolean ready() {
        if (employer == null) {
            messages.error("application.setup.noEmployer");
            return false;
        }
        if (seriesId == null || level == null || qualificationId == null) {
            messages.error("application.setup.incomplete");
            return false;
        }
        if (specialty == null || specialty.isBlank()) {
            messages.error("application.setup.specialty");
            return false;
        }
        return true;
    }

    public boolean isReview() {
        return kind == ApplicationKind.REVIEW;
    }

    public UnitChoice getEmployer() {
        return employer;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
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

    public List<CommitteeOffer> getOffers() {
        return offers;
    }
}
