package cn.zhicheng.history;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What the checks of one batch's rows need from the database, read once per job execution (or per edit): the 评审机构
 * names with their scopes and the catalog. Not the stored records: the duplicate rule is the records' unique key.
 */
public record CheckData(AcquisitionType type, DocumentNumber documentNumber, Map<String, InstitutionScope> institutions,
                        Set<String> seriesNames, Set<String> qualificationKeys)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public HistoryRowCheck newCheck() {
        return new HistoryRowCheck(type, documentNumber, institutions, seriesNames, qualificationKeys, Set.of());
    }
}
