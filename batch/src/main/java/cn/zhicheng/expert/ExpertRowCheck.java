package cn.zhicheng.expert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one import row (SPEC §3.6.3 step 2), the same in the check run, the import run and the benchmark:
 * the single-add rules ({@link ExpertInput#validate()}), the series against the catalog, an ID number repeated in
 * the file, and an ID number already in this committee's pool. Keeps the ID numbers seen so far.
 */
public final class ExpertRowCheck {

    private final Set<String> inPool;
    private final Set<String> activeSeries;
    private final Map<String, Long> seenInFile = new HashMap<>();

    public ExpertRowCheck(Set<String> inPool, Set<String> activeSeries) {
        this.inPool = inPool;
        this.activeSeries = activeSeries;
    }

    public ExpertImportRow check(SheetRow row) {
        List<String> c = row.cells();
        ExpertInput input = new ExpertInput(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6),
                c.get(7), c.get(8), c.get(9), c.get(10), c.get(11), c.get(12), c.get(13), c.get(14), c.get(15),
                c.get(16), c.get(17));
        ExpertDetails details;
        try {
            details = input.validate();
        } catch (ExpertFieldException e) {
            return ExpertImportRow.refused(row.number(), c, e.getField(), e.getMessageKey(), e.getArguments());
        }
        if (details.seriesName() != null && !activeSeries.contains(details.seriesName())) {
            return ExpertImportRow.refused(row.number(), c, ExpertField.SERIES, "expert.series.unknown",
                    details.seriesName());
        }
        String id = details.idNumber().value();
        Long earlier = seenInFile.putIfAbsent(id, row.number());
        if (earlier != null) {
            return ExpertImportRow.refused(row.number(), c, ExpertField.ID_NUMBER, "expert.import.duplicateInFile",
                    earlier);
        }
        if (inPool.contains(id)) {
            return ExpertImportRow.refused(row.number(), c, ExpertField.ID_NUMBER, "expert.pool.duplicate", id);
        }
        return ExpertImportRow.valid(row.number(), c, details);
    }
}
