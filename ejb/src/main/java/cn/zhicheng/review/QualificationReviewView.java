package cn.zhicheng.review;

import cn.zhicheng.application.FormView;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The 审核 page of one application (SPEC §3.9.3): the applicant's form read-only, its version, whether to decide,
 * and the per-section 驳回意见 (the committee's own editable while it decides).
 */
public record QualificationReviewView(FormView form, long version, boolean decidable, Long activityId,
                                      QualificationTab tab, List<ReviewItem.CommentRow> comments)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
