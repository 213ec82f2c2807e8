package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One batch in the 待提交 / 已提交 / 数据审核 lists, with its 基本信息 (SPEC §3.13.3): 职称文件文号, 采集单位, 采集人,
 * 采集时间, 发证机构, the counts, the review path with the current level, and the reason of a return.
 */
public record BatchRow(Long id, AcquisitionType type, String documentNumber, String collectingUnitName,
                       String collectorName, OffsetDateTime importedAt, HistoryBatchStatus status, int position,
                       String issuerName, List<String> pathNames, String currentReviewerName, long records,
                       long failures, long highRisk, String returnReason, Long qualificationFileId)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isEditable() {
        return status.isEditable();
    }

    /** The bundle key of the status as lists show it: 审核中 names its level (待初审, 待复审, …). */
    public String statusKey() {
        return "HistoryBatchStatus." + (status == HistoryBatchStatus.IN_REVIEW ? "IN_REVIEW_" + position
                : status.name());
    }

    /** "A-B-C": the review path as the submit dialog and the lists show it. */
    public String path() {
        return String.join("-", pathNames);
    }
}
