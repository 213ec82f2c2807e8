package cn.zhicheng.bench;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.expert.SheetRow;
import cn.zhicheng.expert.XlsxRows;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.ChunkInserts;
import cn.zhicheng.history.DocumentNumber;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryDetails;
import cn.zhicheng.history.HistoryRowCheck;
import cn.zhicheng.history.HistoryRowResult;
import cn.zhicheng.history.HistoryTemplate;
import cn.zhicheng.history.InstitutionScope;
import cn.zhicheng.org.Unit;
import cn.zhicheng.shared.Times;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Historical-title import (issue 8): rows/s and peak heap. Generates an xlsx of {@code ZC_BENCH_ROWS} rows (default
 * 20,000) as Excel saves it ({@link HistoryWorkbooks}: text in the shared-strings table), then
 * <ol>
 *   <li>check: the job's reader ({@link XlsxRows}, StAX over the sheet, shared strings in a mapped file) and
 *       processor ({@link HistoryRowCheck#checkRules}: every rule of SPEC §3.13.2 but the duplicate rule, which is
 *       the writer's) over every row, in process;</li>
 *   <li>import: the same reader and checks, and per chunk of 500 rows one transaction with the statements the
 *       writer ({@code HistoryUploads.write}) sends: the chunk's social-insurance lookup, {@link ChunkInserts} (one
 *       {@code INSERT ... SELECT FROM unnest ... ON CONFLICT DO NOTHING}: the duplicate rule), the progress
 *       update — against database zhicheng_bench (schema from the real migrations; skipped when no database
 *       answers);</li>
 *   <li>COPY: the same rows, already checked, sent by PostgreSQL {@code COPY ... FROM STDIN} in one statement —
 *       the physical limit of the write side.</li>
 * </ol>
 * The real job in Payara adds the EJB, JPA and job-repository overhead on top of phase 2. Prints numbers; asserts
 * nothing. Run: {@code ZC_DB_NAME=zhicheng_bench mvn -B -q -pl ear -DskipITs test-compile exec:java
 * -Dexec.mainClass=cn.zhicheng.bench.HistoryImportBench -Dexec.classpathScope=test} (./zc bench does it).
 */
public final class HistoryImportBench {

    private static final int CHUNK = 500;
    private static final String SERIES = "工程技术人员";
    private static final String INSTITUTION = "四川省工程技术高级评委会";
    private static final DocumentNumber NUMBER = DocumentNumber.of("川人社职〔2018〕60号");

    private HistoryImportBench() {
    }

    /** {@code ZC_BENCH_ROWS}: one size or several, comma-separated (the server benchmark takes the same list). */
    public static void main(String[] args) throws Exception {
        for (String size : env("ZC_BENCH_ROWS", "20000").split(",")) {
            run(Integer.parseInt(size.strip()));
        }
    }

    private static void run(int rows) throws Exception {
        Path file = Files.createTempFile("history-bench", ".xlsx");
        try {
            long start = System.nanoTime();
            generate(file, rows);
            System.out.printf("generated %,d rows (text in shared strings) in %d ms, %,d KB%n", rows,
                    (System.nanoTime() - start) / 1_000_000, Files.size(file) / 1024);
            check(file, rows);
            check(file, rows);
            importRows(file, rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static HistoryRowCheck newCheck() {
        return new HistoryRowCheck(AcquisitionType.REVIEW, NUMBER,
                Map.of(INSTITUTION, new InstitutionScope(INSTITUTION, Set.of(SERIES), Set.of())), Set.of(SERIES),
                Set.of(HistoryRowCheck.qualificationKey(SERIES, TitleLevel.SENIOR_DEPUTY, "高级工程师")), Set.of());
    }

    private static void generate(Path file, int count) throws Exception {
        HistoryWorkbooks.write(file, count, i -> HistoryWorkbooks.row(i, SERIES, INSTITUTION));
    }

    /** Phase 1: reader and processor only. */
    private static void check(Path file, int expected) throws Exception {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        HistoryRowCheck check = newCheck();
        int valid = 0;
        int failed = 0;
        try (XlsxRows reader = new XlsxRows(file, HistoryTemplate.WIDTH)) {
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.number() <= HistoryTemplate.EXAMPLE_ROW) {
                    continue;
                }
                if (check.checkRules(row.number(), row.cells()).isValid()) {
                    valid++;
                } else {
                    failed++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("check  (read + validate): %,d valid, %d failed of %,d in %.2f s = %,.0f rows/s, "
                + "peak heap %d MB%n", valid, failed, expected, seconds, (valid + failed) / seconds, peakHeapMb());
    }

    /** Phase 2 (reader, checks, writer statements in chunk transactions) and phase 3 (COPY). */
    private static void importRows(Path file, int expected) throws Exception {
        String url = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_bench") + "?reWriteBatchedInserts=true";
        String user = env("ZC_DB_USER", "zhicheng");
        String password = env("ZC_DB_PASSWORD", "zhicheng");
        try {
            DriverManager.getConnection(url, user, password).close();
        } catch (SQLException e) {
            System.out.println("import: skipped, no database at " + url + " (" + e.getMessage() + ")");
            return;
        }
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            seed(c);
            c.setAutoCommit(false);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            HistoryRowCheck check = newCheck();
            List<HistoryRowResult> chunk = new ArrayList<>(CHUNK);
            int written = 0;
            try (XlsxRows reader = new XlsxRows(file, HistoryTemplate.WIDTH)) {
                for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                    if (row.number() <= HistoryTemplate.EXAMPLE_ROW) {
                        continue;
                    }
                    chunk.add(check.checkRules(row.number(), row.cells()));
                    if (chunk.size() == CHUNK) {
                        written += write(c, chunk);
                        chunk.clear();
                    }
                }
            }
            written += write(c, chunk);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import (read + validate + write, chunks of %d): %,d of %,d in %.2f s = %,.0f rows/s, "
                    + "peak heap %d MB%n", CHUNK, written, expected, seconds, written / seconds, peakHeapMb());
            copy(c, file, expected);
        }
    }

    private static final String COLUMNS = "id, batch_id, row_number, region_code, id_type, id_number, name, sex,"
            + " birth_date, certificate_no, series_name, level, qualification_name, specialty, institution,"
            + " reviewed_on, approved_on, document_number, work_unit, high_risk, created_at";

    /** What {@code HistoryUploads.write} sends for one chunk: the insurance lookup, {@link ChunkInserts}, progress. */
    private static int write(Connection c, List<HistoryRowResult> chunk) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement insured = c.prepareStatement("select id_number from social_insurance_record"
                + " where unit_id = 1 and id_number = any(?)");
             PreparedStatement progress = c.prepareStatement("update job_progress set processed_items ="
                     + " processed_items + ?, failed_items = failed_items + ?, updated_at = ? where instance_id = 1")) {
            insured.setArray(1, c.createArrayOf("varchar", chunk.stream().filter(HistoryRowResult::isValid)
                    .map(r -> r.details().idNumber()).toArray()));
            try (ResultSet rs = insured.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            int written = new ChunkInserts(c).write(1, chunk, found, Times.now());
            progress.setLong(1, written);
            progress.setLong(2, chunk.size() - written);
            progress.setTimestamp(3, Timestamp.from(Instant.now()));
            progress.executeUpdate();
            c.commit();
            return written;
        }
    }

    /** Phase 3: the same checked rows in one COPY (after the table is emptied), the write side's physical limit. */
    private static void copy(Connection c, Path file, int expected) throws Exception {
        try (var s = c.createStatement()) {
            s.executeUpdate("delete from history_record");
        }
        c.commit();
        HistoryRowCheck check = newCheck();
        StringBuilder data = new StringBuilder(expected * 200);
        long id = 1_000_000;
        String now = Instant.now().toString();
        try (XlsxRows reader = new XlsxRows(file, HistoryTemplate.WIDTH)) {
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.number() <= HistoryTemplate.EXAMPLE_ROW) {
                    continue;
                }
                HistoryRowResult r = check.checkRules(row.number(), row.cells());
                HistoryDetails d = r.details();
                data.append(id++).append('\t').append(1).append('\t').append(row.number()).append('\t')
                        .append(d.regionCode()).append('\t').append(d.idType()).append('\t').append(d.idNumber())
                        .append('\t').append(d.name()).append('\t').append(d.sex().name()).append('\t')
                        .append(d.birthDate()).append('\t').append(d.certificateNo()).append('\t')
                        .append(d.seriesName()).append('\t').append(d.level().name()).append('\t')
                        .append(d.qualificationName()).append('\t').append(d.specialty()).append('\t')
                        .append(d.institution()).append('\t').append(d.reviewedOn()).append('\t')
                        .append(d.approvedOn()).append('\t').append(d.documentNumber()).append('\t')
                        .append(d.workUnit()).append('\t').append("t").append('\t').append(now).append('\n');
            }
        }
        System.gc();
        long start = System.nanoTime();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long copied = copy.copyIn("copy history_record (" + COLUMNS + ") from stdin",
                new StringReader(data.toString()));
        c.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("COPY   (the same checked rows, one statement): %,d in %.2f s = %,.0f rows/s%n", copied,
                seconds, copied / seconds);
    }

    private static void seed(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("insert into unit (id, name, type, hrss_level, path, depth, status, created_at, region_code)"
                    + " values (1, '省人社厅', 'HRSS', 'PROVINCE', '/1/', 0, 'AUTHORIZED', now(), '510000')");
            s.executeUpdate("insert into history_batch (id, collecting_unit_id, acquisition_type, document_number,"
                    + " collector_login, imported_at, status) values (1, 1, 'REVIEW', '" + NUMBER.value()
                    + "', 'bench', now(), 'DRAFT')");
            s.executeUpdate("insert into job_progress (instance_id, job_name, total_items, updated_at)"
                    + " values (1, 'historicalTitleImport', 0, now())");
        }
    }

    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = String.format("510107%04d%02d%02d%03d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
