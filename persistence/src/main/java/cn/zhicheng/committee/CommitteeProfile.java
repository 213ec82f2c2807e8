package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.UnitNature;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The filing data of SPEC §3.5.1 step 1 (基本信息 and 评审范围) other than the units and the series, which the service
 * resolves to entities. Validated by {@link Committee#describe}.
 */
public record CommitteeProfile(String name, String agency, String office, CommitteeReviewType reviewType,
                               Set<TitleLevel> levels, String contactPerson, String contactPhone, String address,
                               boolean funded, boolean internalReview, Set<UnitNature> applicantNatures,
                               CommitteeFormation formation, List<String> specialties, Set<String> regionCodes)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
