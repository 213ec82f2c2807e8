package cn.zhicheng.web.unit.requests;

import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.review.PersonalRequestReviews;
import cn.zhicheng.review.RequestFilter;
import cn.zhicheng.review.RequestKind;
import cn.zhicheng.review.RequestReviewRow;
import cn.zhicheng.review.RequestReviewTab;
import cn.zhicheng.web.shell.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/requests/verifications.xhtml}, {@code talents.xhtml} and {@code confirmations.xhtml} (证书核验审核,
 * 专技人才审核, 职称确认审核; SPEC §3.15.4, §3.15.5): the kind's requests at the caller's unit in the tabs 待审核 and 已审核
 * with their counts, filtered by 姓名, 身份证号 and 系列, the ID number masked, paged by the database; 审核 / 查看 opens
 * {@code review.xhtml}. Each page names its kind in its view action.
 */
@Named
@ViewScoped
public class RequestListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalRequestReviews reviews;

    @EJB
    private CatalogService catalog;

    private RequestKind kind;
    private RequestReviewTab tab = RequestReviewTab.PENDING;
    private String name;
    private String idNumber;
    private Long seriesId;
    private RequestFilter filter = RequestFilter.NONE;
    private List<CatalogChoice> seriesChoices;
    private long pendingCount;
    private long doneCount;
    private PagedModel<RequestReviewRow> rows;

    /** The page's view action: its kind. */
    public void load(String kindName) {
        kind = RequestKind.valueOf(kindName);
        seriesChoices = catalog.activeSeries();
        refresh();
    }

    public void search() {
        filter = new RequestFilter(name, idNumber, seriesId);
        refresh();
    }

    public void reset() {
        name = null;
        idNumber = null;
        seriesId = null;
        search();
    }

    public void showTab(RequestReviewTab chosen) {
        tab = chosen;
        refresh();
    }

    private void refresh() {
        RequestKind k = kind;
        RequestReviewTab t = tab;
        RequestFilter f = filter;
        pendingCount = reviews.count(k, RequestReviewTab.PENDING, f);
        doneCount = reviews.count(k, RequestReviewTab.DONE, f);
        rows = new PagedModel<>((first, size) -> reviews.list(k, t, f, first, size), () -> reviews.count(k, t, f),
                RequestReviewRow::id);
    }

    public RequestKind getKind() {
        return kind;
    }

    public RequestReviewTab getTab() {
        return tab;
    }

    public boolean isPendingTab() {
        return tab == RequestReviewTab.PENDING;
    }

    public long getPendingCount() {
        return pendingCount;
    }

    public long getDoneCount() {
        return doneCount;
    }

    public PagedModel<RequestReviewRow> getRows() {
        return rows;
    }

    public List<CatalogChoice> getSeriesChoices() {
        return seriesChoices;
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

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }
}
