package cn.zhicheng.review;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.application.FormView;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The review page of one application (SPEC §3.9.3): the applicant's form read-only, where it waits, whether the caller
 * may decide now, the nodes a return may go to, what a pass needs (the employer's files, the entrust choice) and the
 * per-section 驳回意见 the caller's unit may change; {@code parkable}: the Hebei 审核待定 action is offered,
 * {@code parked}: the application is set aside (审核待定).
 */
public record ReviewItem(FormView form, long version, ApplicationStatus status, String waitingAt, int level,
                         boolean actionable, boolean atEmployer, boolean entrustChoice, List<NodeOption> returnNodes,
                         List<EmployerFileView> employerFiles, List<CommentRow> comments, boolean parkable,
                         boolean parked) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A node a return may go to; {@code unitId} null is the applicant. */
    public record NodeOption(Long unitId, String name) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record EmployerFileView(Application.EmployerFile kind, boolean required, Long attachmentId,
                                   String fileName) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record CommentRow(Long id, FormSection section, String comment, String author, String unitName,
                             OffsetDateTime at, boolean editable) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
