package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/** What the checks of one batch's rows need from the database, read once per job execution (or per edit). */
public record CheckData(AcquisitionType type, DocumentNumber documentNumber, Map<String, InstitutionScope> institutions,
                        Set<String> seriesNames, Set<String> qualificationKeys, Set<String> existingKeys)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public HistoryRowCheck newCheck() {
        return new HistoryRowCheck(type, documentNumber, institutions, seriesNames, qualificationKeys, existingKeys);
    }
}
