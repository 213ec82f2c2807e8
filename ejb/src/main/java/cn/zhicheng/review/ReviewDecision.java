package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;

/**
 * A reviewer's decision on one application as the reviewer saw it ({@code version}): the optimistic check refuses it
 * when someone else decided in between (SPEC §4.3). {@code returnToUnitId} is the chosen node of a return (null: the
 * applicant); {@code entrust} and {@code entrustLetterId} are the 委托评审 choice of a pass at a 主管部门 / 人社部门.
 */
public record ReviewDecision(Long applicationId, long version, String opinion, Long returnToUnitId, Boolean entrust,
                             Long entrustLetterId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static ReviewDecision of(Long applicationId, long version, String opinion) {
        return new ReviewDecision(applicationId, version, opinion, null, null, null);
    }

    public ReviewDecision returningTo(Long unitId) {
        return new ReviewDecision(applicationId, version, opinion, unitId, entrust, entrustLetterId);
    }

    public ReviewDecision entrusting(boolean choice, Long letterId) {
        return new ReviewDecision(applicationId, version, opinion, returnToUnitId, choice, letterId);
    }
}
