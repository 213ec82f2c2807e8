package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.Sex;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** One historical certificate as an import row (or the edit dialog) describes it, after every check passed. */
public record HistoryDetails(String regionCode, String idType, String idNumber, String name, Sex sex,
                             LocalDate birthDate, String certificateNo, String seriesName, TitleLevel level,
                             String qualificationName, String specialty, String institution, LocalDate reviewedOn,
                             LocalDate approvedOn, String documentNumber, String workUnit) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The duplicate key of SPEC §3.13.2: the same person, series, level and 文号. */
    public String duplicateKey() {
        return key(idNumber, seriesName, level, documentNumber);
    }

    public static String key(String idNumber, String seriesName, TitleLevel level, String documentNumber) {
        return idNumber + '\u001F' + seriesName + '\u001F' + level.name() + '\u001F' + documentNumber;
    }
}
