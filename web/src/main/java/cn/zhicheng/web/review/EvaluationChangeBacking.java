package cn.zhicheng.web.review;

import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.Choice;
import cn.zhicheng.review.QualificationChoice;
import cn.zhicheng.review.StatusGroup;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/queries/evaluation.xhtml} (评审人员统计, SPEC §3.15.2): the applications submitted through the
 * caller's unit for the chosen committee; 【修改】 opens the person's level (a qualification the activity opens) and
 * 申报方式, 【确定】 (after a confirmation) changes them before the committee accepts, written to the flow log.
 */
@Named
@ViewScoped
public class EvaluationChangeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries service;

    @Inject
    private UiMessages messages;

    private Long committeeId;
    private String name;
    private List<Choice> committees = List.of();
    private ApplicationQuery query = ApplicationQuery.ALL.withGroup(StatusGroup.ALL);
    private ApplicationQueryModel model;
    private ApplicationQueryRow editing;
    private List<QualificationChoice> qualifications = List.of();
    private Long qualificationId;
    private ApplicationRoute route;

    @PostConstruct
    void init() {
        model = new ApplicationQueryModel(service, () -> query);
    }

    public void load() {
        committees = service.rosterCommittees();
        search();
    }

    public void search() {
        query = new ApplicationQuery(null, name, null, null, null, null, null, null, null, committeeId, null,
                StatusGroup.ALL);
        model.recount();
        editing = null;
    }

    /** 【修改】 on a row. */
    public void edit(ApplicationQueryRow row) {
        try {
            qualifications = service.evaluationChoices(row.id());
            editing = row;
            route = row.route();
            qualificationId = qualifications.stream().filter(q -> q.name().equals(row.qualification()))
                    .map(QualificationChoice::id).findFirst().orElse(null);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** 【确定】 */
    public void save() {
        if (editing == null) {
            return;
        }
        try {
            ApplicationQueryRow changed = service.changeEvaluation(editing.id(), qualificationId, route);
            messages.info("query.evaluation.changed", changed.name());
            model.recount();
            editing = null;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void cancel() {
        editing = null;
    }

    public boolean isChangeable(ApplicationQueryRow row) {
        return row.status().allowsEvaluationChange();
    }

    public LazyDataModel<ApplicationQueryRow> getModel() {
        return model;
    }

    public List<Choice> getCommittees() {
        return committees;
    }

    public List<ApplicationRoute> getRoutes() {
        return List.of(ApplicationRoute.values());
    }

    public ApplicationQueryRow getEditing() {
        return editing;
    }

    public List<QualificationChoice> getQualifications() {
        return qualifications;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public void setQualificationId(Long qualificationId) {
        this.qualificationId = qualificationId;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public void setRoute(ApplicationRoute route) {
        this.route = route;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
