package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One expert the caller's unit recommended to a committee above it, with where the recommendation stands. */
public record RecommendationRow(Long memberId, String committeeName, String name, String idNumber, String workUnit,
                                String currentTitle, PoolStatus status, String returnReason,
                                OffsetDateTime submittedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static RecommendationRow of(PoolMember m) {
        Expert e = m.getExpert();
        return new RecommendationRow(m.getId(), m.getCommittee().getName(), e.getName(), e.getIdNumber().value(),
                e.getWorkUnit(), e.getCurrentTitle(), m.getStatus(), m.getReturnReason(), m.getSubmittedAt());
    }
}
