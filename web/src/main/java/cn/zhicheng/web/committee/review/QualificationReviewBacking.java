package cn.zhicheng.web.committee.review;

import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.review.NamedOption;
import cn.zhicheng.review.QualificationCounters;
import cn.zhicheng.review.QualificationDecision;
import cn.zhicheng.review.QualificationFilter;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.review.QualificationRow;
import cn.zhicheng.review.QualificationTab;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.shell.FlowLogModel;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 资格审核 / 参评资格审核 ({@code /committee/review/qualification.xhtml}, SPEC §3.9.5): choose one of the committee's
 * activities, the counters line, the filters, the tabs with counts, the lazily paged list with 审核 / 下载一览表 /
 * 流转日志 per row and 批量审核 on 初次申报 (one decision, one opinion, the deadline for a return).
 */
@Named
@ViewScoped
public class QualificationReviewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private QualificationReviews reviews;

    @Inject
    private UiMessages messages;

    private Long activity;
    private QualificationTab tab = QualificationTab.FIRST;
    private List<NamedOption> activities = List.of();
    private List<NamedOption> departments = List.of();
    private QualificationCounters counters;
    private Map<QualificationTab, Long> tabCounts = Map.of();
    private PagedModel<QualificationRow> rows;
    private List<QualificationRow> selection = new ArrayList<>();
    private FlowLogModel flowLog;

    // filters
    private Integer year;
    private String specialty;
    private String qualificationName;
    private TitleLevel level;
    private ApplicationRoute route;
    private EvaluationMethod method;
    private String idNumber;
    private String name;
    private Long department;

    // batch decision
    private QualificationDecision batchDecision = QualificationDecision.ACCEPT;
    private String batchOpinion;
    private LocalDateTime batchDeadline;

    public void load() {
        try {
            activities = reviews.activities();
            if (activity == null && !activities.isEmpty()) {
                activity = activities.get(0).id();
            }
            refresh();
        } catch (BusinessException e) {
            activity = null;
            messages.error(e);
        }
    }

    /** 选择评审活动 (the menu is processed with this button). */
    public void choose() {
        selection = new ArrayList<>();
        load();
    }

    public void search() {
        selection = new ArrayList<>();
        refresh();
    }

    public void reset() {
        year = null;
        specialty = null;
        qualificationName = null;
        level = null;
        route = null;
        method = null;
        idNumber = null;
        name = null;
        department = null;
        search();
    }

    public void show(QualificationTab chosen) {
        tab = chosen;
        search();
    }

    private void refresh() {
        if (activity == null) {
            counters = null;
            rows = null;
            return;
        }
        Long chosen = activity;
        QualificationTab shown = tab;
        QualificationFilter filter = filter();
        counters = reviews.counters(chosen);
        tabCounts = reviews.tabCounts(chosen, filter);
        departments = reviews.departments(chosen);
        rows = new PagedModel<>((first, size) -> reviews.list(chosen, shown, filter, first, size),
                () -> reviews.count(chosen, shown, filter), QualificationRow::id);
    }

    private QualificationFilter filter() {
        return new QualificationFilter(year, null, specialty, qualificationName, level, route, method, idNumber, name,
                department);
    }

    public void startBatch() {
        if (selection == null || selection.isEmpty()) {
            messages.error("review.qualification.list.noneChosen");
            return;
        }
        batchDecision = QualificationDecision.ACCEPT;
        batchOpinion = null;
        batchDeadline = null;
        Ajax.oncomplete("PF('batchDialog').show()");
    }

    public void decideBatch() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        selection.forEach(r -> versions.put(r.id(), r.version()));
        try {
            int n = reviews.decideAll(versions, batchDecision, batchOpinion,
                    batchDeadline == null ? null : batchDeadline.atZone(Times.ZONE).toOffsetDateTime());
            messages.info("review.qualification.batch.done", n);
            Ajax.oncomplete("PF('batchDialog').hide()");
            selection = new ArrayList<>();
            refresh();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void showFlowLog(QualificationRow row) {
        try {
            List<AuditRecord> entries = reviews.flowLog(row.id());
            flowLog = new FlowLogModel((first, size) -> entries.subList(Math.min(first, entries.size()),
                    Math.min(first + size, entries.size())), () -> (long) entries.size());
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public long countOf(QualificationTab t) {
        return tabCounts.getOrDefault(t, 0L);
    }

    /** 初次申报（3人）. */
    public String tabLabel(QualificationTab t) {
        return messages.format("review.qualification.tab", messages.format("QualificationTab." + t.name()),
                countOf(t));
    }

    public boolean isBatchAllowed() {
        return tab == QualificationTab.FIRST;
    }

    public List<QualificationTab> getTabs() {
        return Arrays.asList(QualificationTab.values());
    }

    public List<QualificationDecision> getDecisions() {
        return Arrays.asList(QualificationDecision.values());
    }

    public List<TitleLevel> getLevels() {
        return Arrays.asList(TitleLevel.values());
    }

    public List<ApplicationRoute> getRoutes() {
        return Arrays.asList(ApplicationRoute.values());
    }

    public List<EvaluationMethod> getMethods() {
        return Arrays.asList(EvaluationMethod.values());
    }

    public Long getActivity() {
        return activity;
    }

    public void setActivity(Long activity) {
        this.activity = activity;
    }

    public QualificationTab getTab() {
        return tab;
    }

    public void setTab(QualificationTab tab) {
        this.tab = tab == null ? QualificationTab.FIRST : tab;
    }

    public List<NamedOption> getActivities() {
        return activities;
    }

    public List<NamedOption> getDepartments() {
        return departments;
    }

    public QualificationCounters getCounters() {
        return counters;
    }

    public PagedModel<QualificationRow> getRows() {
        return rows;
    }

    public List<QualificationRow> getSelection() {
        return selection;
    }

    public void setSelection(List<QualificationRow> selection) {
        this.selection = selection;
    }

    public FlowLogModel getFlowLog() {
        return flowLog;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public void setQualificationName(String qualificationName) {
        this.qualificationName = qualificationName;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public void setRoute(ApplicationRoute route) {
        this.route = route;
    }

    public EvaluationMethod getMethod() {
        return method;
    }

    public void setMethod(EvaluationMethod method) {
        this.method = method;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public QualificationDecision getBatchDecision() {
        return batchDecision;
    }

    public void setBatchDecision(QualificationDecision batchDecision) {
        this.batchDecision = batchDecision;
    }

    public String getBatchOpinion() {
        return batchOpinion;
    }

    public void setBatchOpinion(String batchOpinion) {
        this.batchOpinion = batchOpinion;
    }

    public LocalDateTime getBatchDeadline() {
        return batchDeadline;
    }

    public void setBatchDeadline(LocalDateTime batchDeadline) {
        this.batchDeadline = batchDeadline;
    }
}
