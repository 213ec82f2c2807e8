package cn.zhicheng.committee;

import java.io.Serial;
import java.io.Serializable;

/** What the 新增/编辑 form sends: the step-1 data and the chosen series and units by id. */
public record CommitteeForm(CommitteeProfile profile, Long seriesId, Long authorisingUnitId, Long filingUnitId)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
