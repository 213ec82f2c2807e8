package cn.zhicheng.web.unit.requests;

import cn.zhicheng.review.PersonalRequestReviews;
import cn.zhicheng.review.TalentStatisticsRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /unit/requests/talentStatistics.xhtml} (专技人才统计, SPEC §3.15.4): the real-time table of approved entries of
 * the caller's unit and its subordinates, rows per series and the 合计 row, with the xlsx export.
 */
@Named
@ViewScoped
public class TalentStatisticsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalRequestReviews reviews;

    private List<TalentStatisticsRow> rows;

    public void load() {
        rows = reviews.talentStatistics();
    }

    public List<TalentStatisticsRow> getRows() {
        return rows;
    }
}
