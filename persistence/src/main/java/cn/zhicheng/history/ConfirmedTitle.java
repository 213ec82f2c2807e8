package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.IdNumber;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A title the last reviewing unit confirmed on the holder's own request (职称确认审核, SPEC §3.15.5: 外省职称确认 or
 * 证书核验), as the request states it, ready to become one historical record: the request it came from (its flow-log
 * type, id and name for the audit text), the acquisition type, the holder and the title. Built by the request kinds;
 * {@link #details} fills what no request states.
 */
public record ConfirmedTitle(String sourceType, Long sourceId, String sourceName, AcquisitionType acquisitionType,
                             String name, String idNumber, String certificateNo, String seriesName, TitleLevel level,
                             String qualificationName, String specialty, String institution, LocalDate approvedOn,
                             String documentNumber, boolean highRisk) {

    /** The 证件类型 of a holder who signed in with a resident ID number (the applicant account's). */
    public static final String ID_TYPE = HistoryRowCheck.RESIDENT_ID;

    public ConfirmedTitle {
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(acquisitionType, "acquisitionType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(seriesName, "seriesName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(qualificationName, "qualificationName");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }

    /**
     * The record's details. Sex and birth date come from the holder's ID number; 批准时间 is the date the request
     * states, or — SPEC §3.15.5 names none for such data — the day of the final pass when it states none; neither
     * request asks for a 评审时间, so it is the 批准时间 (the import rule only forbids a later one). The work unit is
     * the holder's employer at the final pass, cut to the column's width (a unit name may be longer); no
     * 行政区划代码 is stated.
     */
    public HistoryDetails details(String workUnit, LocalDate passedOn) {
        IdNumber holder = IdNumber.of(idNumber);
        LocalDate approved = approvedOn != null ? approvedOn : Objects.requireNonNull(passedOn, "passedOn");
        return new HistoryDetails(null, ID_TYPE, holder.value(), name, holder.sex(), holder.birthDate(),
                certificateNo, seriesName, level, qualificationName, specialty, institution, approved, approved,
                documentNumber, fit(workUnit, HistoryColumn.WORK_UNIT.maxLength()));
    }

    private static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The audit text naming the request, e.g. 由外省职称确认 #12 生成. */
    public String origin() {
        return "由" + sourceName + " #" + sourceId + " 生成";
    }
}
