package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleLevel;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a committee list (SPEC §3.5.1: 评委会名称, 系列, 层级, 备案状态, 最近一次备案通过时间, 备案有效期,
 * 授权管理单位, 备案单位; HB: 评委会代码). {@code waitingUnitName} names the unit the filing waits at ("XXX核准中，请耐心等待…").
 */
public record CommitteeRow(Long id, String name, String seriesName, List<TitleLevel> levels, FilingStatus status,
                           String waitingUnitName, String lastOpinion, OffsetDateTime approvedAt, LocalDate validFrom,
                           LocalDate validUntil, boolean expired, String formationUnitName,
                           String authorisingUnitName, String filingUnitName, boolean editable, boolean submittable,
                           String code)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
