package cn.zhicheng.expert;

import java.io.Serial;
import java.io.Serializable;

/**
 * One line of 专家库审核 (SPEC §3.6.4): the committee, its series, the names of its 主任委员 and 副主任委员 (in the
 * pool or waiting), the number in the pool and the number waiting for this unit's review.
 */
public record PoolSummary(Long committeeId, String committeeName, String seriesName, String chairs,
                          String viceChairs, long inPool, long pending) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
