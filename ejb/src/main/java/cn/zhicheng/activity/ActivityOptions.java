package cn.zhicheng.activity;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.committee.SpecialtyNode;
import cn.zhicheng.config.ActivityPublishApproval;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What the committee administrator may choose (SPEC §3.7.5): the committee's filed levels and its selectable
 * (unfrozen) specialties; whether specialties are required (按专业 committee); whether the committee's filing is valid
 * today; the province's publication model.
 */
public record ActivityOptions(Long committeeId, String committeeName, String seriesName, Set<TitleLevel> levels,
                              List<SpecialtyNode> specialties, boolean specialtiesRequired, boolean filed,
                              ActivityPublishApproval publishApproval, ActivityBasics defaults)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isReviewed() {
        return publishApproval == ActivityPublishApproval.AUTH_UNIT_REVIEW;
    }
}
