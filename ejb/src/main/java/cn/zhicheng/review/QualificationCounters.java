package cn.zhicheng.review;

import java.io.Serial;
import java.io.Serializable;

/**
 * The counters line of 资格审核 (SPEC §3.9.5) for one activity: 申报人数, 提交人数, 主管部门待审核/通过/不通过人数 (the
 * unit chain: waiting along it, passed to the committee, refused by a unit), 评委会待审核/通过/未通过人数.
 */
public record QualificationCounters(long applied, long submitted, long departmentPending, long departmentPassed,
                                    long departmentRejected, long committeePending, long committeeAccepted,
                                    long committeeRejected) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
