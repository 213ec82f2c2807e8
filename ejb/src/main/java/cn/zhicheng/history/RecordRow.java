package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.Sex;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the 详细列表 of a batch (SPEC §3.13.3–3.13.4). */
public record RecordRow(Long id, long rowNumber, String regionCode, String idType, String idNumber, String name,
                        Sex sex, LocalDate birthDate, String certificateNo, String seriesName, TitleLevel level,
                        String qualificationName, String specialty, String institution, LocalDate reviewedOn,
                        LocalDate approvedOn, String workUnit, boolean highRisk) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static RecordRow of(HistoryRecord r) {
        return new RecordRow(r.getId(), r.getRowNumber(), r.getRegionCode(), r.getIdType(), r.getIdNumber(),
                r.getName(), r.getSex(), r.getBirthDate(), r.getCertificateNo(), r.getSeriesName(), r.getLevel(),
                r.getQualificationName(), r.getSpecialty(), r.getInstitution(), r.getReviewedOn(),
                r.getApprovedOn(), r.getWorkUnit(), r.isHighRisk());
    }
}
