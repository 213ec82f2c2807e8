package cn.zhicheng.activity;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A committee an applicant may apply to (SPEC §3.8.3): its published activity accepting applications now, with scope,
 * policy files, schedule and contact phone. {@code entrustRequired}: the committee's 评审区域 does not cover the
 * applicant's unit, so 委托评审 is needed ({@code entrust.outOfRegion = REQUIRE_ENTRUST}).
 */
public record CommitteeOffer(Long committeeId, String committeeName, Long activityId, String activityName,
                             String applyScope, List<FileRef> policyFiles, OffsetDateTime applyStart,
                             OffsetDateTime firstSubmitDeadline, String contactPhone, boolean entrustRequired)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
