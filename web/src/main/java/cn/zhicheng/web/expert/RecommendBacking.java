package cn.zhicheng.web.expert;

import cn.zhicheng.expert.AdminPostLevel;
import cn.zhicheng.expert.CommitteeChoice;
import cn.zhicheng.expert.ExpertInput;
import cn.zhicheng.expert.ExpertRecommendations;
import cn.zhicheng.expert.RecommendationRow;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.PagedModel;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Ajax;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/experts/recommend.xhtml} (推荐专家, SPEC §3.6.1 下级单位推荐): the caller's unit recommends experts
 * to a filed committee formed by a unit above it, follows its recommendations (待审核 / 在库 / 已退回 with the reason)
 * and recommends a returned one again.
 */
@Named
@ViewScoped
public class RecommendBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ExpertRecommendations recommendations;

    @Inject
    private UiMessages messages;

    @Inject
    private ExpertMessages expertMessages;

    private List<CommitteeChoice> committees = List.of();
    private List<String> seriesNames = List.of();
    private Long committee;
    private ExpertForm form;
    private PagedModel<RecommendationRow> mine;

    /** f:viewAction: the committees that take the unit's recommendations and the unit's recommendations so far. */
    public void load() {
        committees = recommendations.committees();
        if (committee == null && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        seriesNames = recommendations.seriesNames();
        mine = new PagedModel<>((first, size) -> recommendations.mine(first, size), () -> recommendations.countMine(),
                RecommendationRow::memberId);
    }

    public void startRecommend() {
        form = ExpertForm.of(ExpertInput.blank());
        Ajax.oncomplete("PF('expertDialog').show()");
    }

    /** 推荐 in the dialog: the expert goes to the formation unit for review. */
    public void recommend() {
        try {
            recommendations.recommend(committee, form.toInput());
            messages.info("expert.recommend.done", form.getName());
            Ajax.update("listForm");
            Ajax.oncomplete("PF('expertDialog').hide()");
        } catch (BusinessException e) {
            expertMessages.error(e);
        }
    }

    /** 重新推荐 of a returned recommendation (after confirmation). */
    public void recommendAgain(RecommendationRow row) {
        messages.attempt(() -> recommendations.recommendAgain(row.memberId()), "expert.recommend.again", row.name());
    }

    public List<CommitteeChoice> getCommittees() {
        return committees;
    }

    public List<String> getSeriesNames() {
        return seriesNames;
    }

    public AdminPostLevel[] getAdminPostLevels() {
        return AdminPostLevel.values();
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public ExpertForm getForm() {
        return form;
    }

    public PagedModel<RecommendationRow> getMine() {
        return mine;
    }
}
