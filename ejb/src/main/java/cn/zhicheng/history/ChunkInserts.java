package cn.zhicheng.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL of one import chunk (SPEC §3.13.2 at 1,000,000 rows): the valid rows in one {@code INSERT ... SELECT FROM
 * unnest(arrays) ON CONFLICT DO NOTHING} (one round trip, no statement per row), so the records' unique key (person,
 * series, level, 文号) is the duplicate rule — bounded memory however long the file, and still exact after a restart
 * or a re-upload. A row the key turned away is told why: an earlier row of the same chunk, or (looked up once more)
 * an earlier row of the same batch ({@code history.duplicate.inFile} with that row), else another batch's record
 * ({@code history.duplicate.existing}). A row that repeats both another batch's record and an earlier row of the
 * file in an earlier chunk is reported as the former (no key is kept between chunks). The refused rows follow in one
 * more statement. Ids come from the entities' sequences in their allocation blocks, so
 * JPA and these inserts never collide. Runs on the chunk transaction's connection ({@link HistoryUploads#write});
 * public for the benchmark, which drives it with a plain connection.
 */
public final class ChunkInserts {

    /** history_record_seq and history_import_failure_seq step by the entities' allocation sizes. */
    private static final int RECORD_BLOCK = 100;
    private static final int FAILURE_BLOCK = 50;

    private static final String INSERT_RECORDS = "insert into history_record (id, row_number, region_code, id_type,"
            + " id_number, name, sex, birth_date, certificate_no, series_name, level, qualification_name, specialty,"
            + " institution, reviewed_on, approved_on, document_number, work_unit, high_risk, batch_id, created_at)"
            + " select t.*, ?, ? from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[], ?::boolean[]) as t"
            + " on conflict on constraint history_record_uq do nothing returning row_number";
    private static final String HOLDERS = "select t.row_number, r.batch_id, r.row_number from unnest(?::bigint[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
            + " as t (row_number, id_number, series_name, level, document_number) join history_record r"
            + " on r.id_number = t.id_number and r.series_name = t.series_name and r.level = t.level"
            + " and r.document_number = t.document_number";
    private static final String INSERT_FAILURES = "insert into history_import_failure (id, row_number, column_name,"
            + " message_key, arguments, cells, batch_id, created_at) select t.*, ?, ? from unnest(?::bigint[],"
            + " ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) as t";

    private final Connection connection;

    public ChunkInserts(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes a chunk: valid rows as records unless the unique key holds them already, every other row as a failure.
     *
     * @param insured the ID numbers with a social-insurance record at the collecting unit (the others are 高风险)
     * @return how many records were written
     */
    public int write(long batchId, List<HistoryRowResult> rows, Set<String> insured, OffsetDateTime now)
            throws SQLException {
        Timestamp at = Timestamp.from(now.toInstant());
        List<HistoryRowResult> valid = rows.stream().filter(HistoryRowResult::isValid).toList();
        Set<Long> inserted = insertRecords(batchId, valid, insured, at);
        List<HistoryRowResult> turnedAway = valid.stream().filter(r -> !inserted.contains(r.rowNumber())).toList();
        Map<Long, HistoryRowResult> duplicates = explain(batchId, valid, turnedAway);
        List<HistoryRowResult> failures = new ArrayList<>();
        for (HistoryRowResult row : rows) {
            if (!row.isValid()) {
                failures.add(row);
            } else if (!inserted.contains(row.rowNumber())) {
                failures.add(duplicates.get(row.rowNumber()));
            }
        }
        insertFailures(batchId, failures, now, at);
        return inserted.size();
    }

    private Set<Long> insertRecords(long batchId, List<HistoryRowResult> rows, Set<String> insured, Timestamp at)
            throws SQLException {
        Set<Long> inserted = new HashSet<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        int n = rows.size();
        Long[] ids = ids("history_record_seq", RECORD_BLOCK, n);
        Long[] rowNumbers = new Long[n];
        String[][] text = new String[14][n];
        String[][] dates = new String[3][n];
        Boolean[] risky = new Boolean[n];
        for (int i = 0; i < n; i++) {
            HistoryRowResult row = rows.get(i);
            HistoryDetails d = row.details();
            rowNumbers[i] = row.rowNumber();
            text[0][i] = d.regionCode();
            text[1][i] = d.idType();
            text[2][i] = d.idNumber();
            text[3][i] = d.name();
            text[4][i] = d.sex().name();
            text[5][i] = d.certificateNo();
            text[6][i] = d.seriesName();
            text[7][i] = d.level().name();
            text[8][i] = d.qualificationName();
            text[9][i] = d.specialty();
            text[10][i] = d.institution();
            text[11][i] = d.documentNumber();
            text[12][i] = d.workUnit();
            dates[0][i] = iso(d.birthDate());
            dates[1][i] = iso(d.reviewedOn());
            dates[2][i] = iso(d.approvedOn());
            risky[i] = !insured.contains(d.idNumber());
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORDS)) {
            int p = 1;
            insert.setLong(p++, batchId);
            insert.setTimestamp(p++, at);
            insert.setArray(p++, array("int8", ids));
            insert.setArray(p++, array("int8", rowNumbers));
            for (String[] column : new String[][]{text[0], text[1], text[2], text[3], text[4], dates[0], text[5],
                    text[6], text[7], text[8], text[9], text[10], dates[1], dates[2], text[11], text[12]}) {
                insert.setArray(p++, array("varchar", column));
            }
            insert.setArray(p, array("bool", risky));
            try (ResultSet returned = insert.executeQuery()) {
                while (returned.next()) {
                    inserted.add(returned.getLong(1));
                }
            }
        }
        return inserted;
    }

    /**
     * Why the unique key turned rows away: an earlier row of the same chunk with that key (the in-file rule comes
     * first, as in {@link HistoryRowCheck#check}), else the record holding the key, of this batch (an earlier row of
     * the file) or of another batch.
     */
    private Map<Long, HistoryRowResult> explain(long batchId, List<HistoryRowResult> valid,
                                                List<HistoryRowResult> rows) throws SQLException {
        Map<Long, HistoryRowResult> refusals = new HashMap<>();
        if (rows.isEmpty()) {
            return refusals;
        }
        Map<String, Long> firstInChunk = new HashMap<>();
        valid.forEach(r -> firstInChunk.putIfAbsent(r.details().duplicateKey(), r.rowNumber()));
        List<HistoryRowResult> unexplained = new ArrayList<>();
        for (HistoryRowResult row : rows) {
            long earlier = firstInChunk.get(row.details().duplicateKey());
            if (earlier < row.rowNumber()) {
                refusals.put(row.rowNumber(), HistoryRowCheck.duplicateInFile(row, earlier));
            } else {
                unexplained.add(row);
            }
        }
        explainByRecords(batchId, unexplained, refusals);
        return refusals;
    }

    private void explainByRecords(long batchId, List<HistoryRowResult> rows, Map<Long, HistoryRowResult> refusals)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] rowNumbers = new Long[n];
        String[][] key = new String[4][n];
        Map<Long, HistoryRowResult> byRow = new HashMap<>();
        for (int i = 0; i < n; i++) {
            HistoryRowResult row = rows.get(i);
            rowNumbers[i] = row.rowNumber();
            key[0][i] = row.details().idNumber();
            key[1][i] = row.details().seriesName();
            key[2][i] = row.details().level().name();
            key[3][i] = row.details().documentNumber();
            byRow.put(row.rowNumber(), row);
        }
        try (PreparedStatement holders = connection.prepareStatement(HOLDERS)) {
            holders.setArray(1, array("int8", rowNumbers));
            for (int c = 0; c < 4; c++) {
                holders.setArray(c + 2, array("varchar", key[c]));
            }
            try (ResultSet found = holders.executeQuery()) {
                while (found.next()) {
                    HistoryRowResult row = byRow.get(found.getLong(1));
                    refusals.put(row.rowNumber(), found.getLong(2) == batchId
                            ? HistoryRowCheck.duplicateInFile(row, found.getLong(3))
                            : HistoryRowCheck.duplicateOfRecord(row));
                }
            }
        }
        for (HistoryRowResult row : rows) {
            refusals.putIfAbsent(row.rowNumber(), HistoryRowCheck.duplicateOfRecord(row));
        }
    }

    private void insertFailures(long batchId, List<HistoryRowResult> rows, OffsetDateTime now, Timestamp at)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] ids = ids("history_import_failure_seq", FAILURE_BLOCK, n);
        Long[] rowNumbers = new Long[n];
        String[][] text = new String[4][n];
        for (int i = 0; i < n; i++) {
            HistoryImportFailure failure = new HistoryImportFailure(batchId, rows.get(i), now);
            rowNumbers[i] = failure.getRowNumber();
            text[0][i] = failure.getColumn() == null ? null : failure.getColumn().name();
            text[1][i] = failure.getMessageKey();
            text[2][i] = failure.getArgumentsText();
            text[3][i] = failure.getCellsText();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FAILURES)) {
            insert.setLong(1, batchId);
            insert.setTimestamp(2, at);
            insert.setArray(3, array("int8", ids));
            insert.setArray(4, array("int8", rowNumbers));
            for (int c = 0; c < 4; c++) {
                insert.setArray(c + 5, array("varchar", text[c]));
            }
            insert.executeUpdate();
        }
    }

    /** {@code n} fresh ids from a sequence whose every value stands for the block of {@code block} ids below it. */
    private Long[] ids(String sequence, int block, int n) throws SQLException {
        Long[] ids = new Long[n];
        try (PreparedStatement next = connection.prepareStatement("select nextval('" + sequence + "')"
                + " from generate_series(1, ?)")) {
            next.setInt(1, (n + block - 1) / block);
            try (ResultSet values = next.executeQuery()) {
                int i = 0;
                while (values.next() && i < n) {
                    long last = values.getLong(1);
                    for (long id = last - block + 1; id <= last && i < n; id++) {
                        ids[i++] = id;
                    }
                }
            }
        }
        return ids;
    }

    private Array array(String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    private static String iso(LocalDate date) {
        return Objects.toString(date, null);
    }
}
