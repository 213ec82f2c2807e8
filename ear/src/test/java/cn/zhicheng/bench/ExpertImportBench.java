package cn.zhicheng.bench;

import cn.zhicheng.expert.ExpertField;
import cn.zhicheng.expert.ExpertImportRow;
import cn.zhicheng.expert.ExpertRowCheck;
import cn.zhicheng.expert.ExpertTemplate;
import cn.zhicheng.expert.SheetRow;
import cn.zhicheng.expert.XlsxRows;
import cn.zhicheng.org.Unit;
import org.flywaydb.core.Flyway;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Expert import of 20,000 rows (issue 4 acceptance): rows/s and peak heap. Generates an xlsx from the real template
 * ({@link ExpertTemplate}), then
 * <ol>
 *   <li>check: the job's reader ({@link XlsxRows}, StAX over the sheet) and processor ({@link ExpertRowCheck}: the
 *       single-add rules, series, duplicates) over every row, in process;</li>
 *   <li>import: the same reader and checks, and per chunk of 100 rows one transaction with the statements the writer
 *       ({@code ExpertImports.write}) makes EclipseLink send: one query for the chunk's persons, then the expert,
 *       pool_member and audit_record inserts as JDBC batches and the progress update — against database
 *       zhicheng_bench (schema from the real migrations; skipped when no database answers).</li>
 * </ol>
 * The real job in Payara adds the EJB and JPA overhead on top of phase 2. Prints numbers; asserts nothing.
 * Run: {@code ZC_DB_NAME=zhicheng_bench mvn -B -q -pl ear -DskipITs test-compile exec:java
 * -Dexec.mainClass=cn.zhicheng.bench.ExpertImportBench -Dexec.classpathScope=test} (after ./zc bench created the
 * database, or with scripts/ensure-postgres.sh ZC_DB_NAME=zhicheng_bench). {@code ZC_BENCH_ROWS} changes the size.
 */
public final class ExpertImportBench {

    private static final int CHUNK = 100;
    private static final String SERIES = "卫生技术人员";

    private ExpertImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(env("ZC_BENCH_ROWS", "20000"));
        Path file = Files.createTempFile("expert-bench", ".xlsx");
        try {
            long start = System.nanoTime();
            generate(file, rows);
            System.out.printf("generated %,d rows with the template (SXSSF) in %d ms, %,d KB%n", rows,
                    (System.nanoTime() - start) / 1_000_000, Files.size(file) / 1024);

            check(file, rows);
            check(file, rows);
            importRows(file, rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void generate(Path file, int count) throws Exception {
        List<List<String>> rows = new ArrayList<>(count);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            List<String> cells = new ArrayList<>(ExpertTemplate.EXAMPLE);
            String id;
            do {
                id = idNumber();
            } while (!ids.add(id));
            cells.set(ExpertField.NAME.ordinal(), "专家" + i);
            cells.set(ExpertField.ID_NUMBER.ordinal(), id);
            cells.set(ExpertField.SEX.ordinal(), "");
            cells.set(ExpertField.BIRTH_MONTH.ordinal(), "");
            cells.set(ExpertField.PHONE1.ordinal(), "138" + String.format("%08d", i));
            rows.add(cells);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ExpertTemplate.writeRows(out, rows, List.of());
        }
    }

    /** Phase 1: reader and processor only. */
    private static void check(Path file, int expected) throws Exception {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ExpertRowCheck check = new ExpertRowCheck(Set.of(), Set.of(SERIES));
        int valid = 0;
        int failed = 0;
        try (XlsxRows reader = new XlsxRows(file, ExpertTemplate.WIDTH)) {
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                if (row.number() <= ExpertTemplate.EXAMPLE_ROW) {
                    continue;
                }
                if (check.check(row).isValid()) {
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

    /** Phase 2: reader, processor and the writer's statements in chunk transactions. */
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
            ExpertRowCheck check = new ExpertRowCheck(Set.of(), Set.of(SERIES));
            List<ExpertImportRow> chunk = new ArrayList<>(CHUNK);
            long[] ids = {1000};
            int written = 0;
            try (XlsxRows reader = new XlsxRows(file, ExpertTemplate.WIDTH)) {
                for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                    if (row.number() <= ExpertTemplate.EXAMPLE_ROW) {
                        continue;
                    }
                    chunk.add(check.check(row));
                    if (chunk.size() == CHUNK) {
                        written += write(c, chunk, ids);
                        chunk.clear();
                    }
                }
            }
            written += write(c, chunk, ids);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import (read + validate + write, chunks of %d): %,d of %,d in %.2f s = %,.0f rows/s, "
                    + "peak heap %d MB%n", CHUNK, written, expected, seconds, written / seconds, peakHeapMb());
        }
    }

    /**
     * What {@code ExpertImports.write} makes EclipseLink send for one chunk: one query for the chunk's persons, then
     * at commit the inserts as JDBC batches (batch-writing JDBC, reWriteBatchedInserts) and the progress update.
     */
    private static int write(Connection c, List<ExpertImportRow> chunk, long[] ids) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        int written = 0;
        try (PreparedStatement findExperts = c.prepareStatement("select id, id_number from expert where id_number = any(?)");
             PreparedStatement insertExpert = c.prepareStatement("insert into expert (id, name, id_number, "
                     + "created_at, version, country, id_type, sex, birth_month, retired, work_unit, competent_unit, "
                     + "admin_post, admin_post_level, phone1, phone2, honours, series_id, specialty, current_title) "
                     + "values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
             PreparedStatement insertMember = c.prepareStatement("insert into pool_member (id, committee_id, "
                     + "expert_id, status, post, added_by_unit_id, created_at, version) "
                     + "values (?, 1, ?, 'DRAFT', ?, 2, ?, 1)");
             PreparedStatement audit = c.prepareStatement("insert into audit_record (id, occurred_at, actor_account_id,"
                     + " actor_login, actor_name, actor_unit_id, actor_unit_name, entity_type, entity_id, action,"
                     + " to_status, opinion) values (?, ?, 1, 'bench', '基准', 2, '卫健委', 'POOL_MEMBER', ?, 'ADDED',"
                     + " 'DRAFT', '卫生高评委')");
             PreparedStatement progress = c.prepareStatement("update job_progress set processed_items ="
                     + " processed_items + ?, failed_items = failed_items + ?, updated_at = ? where instance_id = 1")) {
            findExperts.setArray(1, c.createArrayOf("varchar", chunk.stream().filter(ExpertImportRow::isValid)
                    .map(r -> r.details().idNumber().value()).toArray()));
            try (ResultSet rs = findExperts.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            for (ExpertImportRow row : chunk) {
                if (!row.isValid()) {
                    continue;
                }
                var d = row.details();
                long expertId = ids[0]++;
                insertExpert.setLong(1, expertId);
                insertExpert.setString(2, d.name());
                insertExpert.setString(3, d.idNumber().value());
                insertExpert.setTimestamp(4, now);
                insertExpert.setString(5, d.country());
                insertExpert.setString(6, d.idType().name());
                insertExpert.setString(7, d.sex().name());
                insertExpert.setObject(8, d.birthMonth().atDay(1));
                insertExpert.setBoolean(9, d.retired());
                insertExpert.setString(10, d.workUnit());
                insertExpert.setString(11, d.competentUnit());
                insertExpert.setString(12, d.adminPost());
                insertExpert.setString(13, d.adminPostLevel() == null ? null : d.adminPostLevel().name());
                insertExpert.setString(14, d.phone1());
                insertExpert.setString(15, d.phone2());
                insertExpert.setString(16, d.honours());
                insertExpert.setString(17, d.specialty());
                insertExpert.setString(18, d.currentTitle());
                insertExpert.addBatch();
                long memberId = ids[0]++;
                insertMember.setLong(1, memberId);
                insertMember.setLong(2, expertId);
                insertMember.setString(3, d.post().name());
                insertMember.setTimestamp(4, now);
                insertMember.addBatch();
                audit.setLong(1, memberId);
                audit.setTimestamp(2, now);
                audit.setLong(3, memberId);
                audit.addBatch();
                written++;
            }
            insertExpert.executeBatch();
            insertMember.executeBatch();
            audit.executeBatch();
            progress.setLong(1, written);
            progress.setLong(2, chunk.size() - written);
            progress.setTimestamp(3, now);
            progress.executeUpdate();
        }
        c.commit();
        return written;
    }

    private static void seed(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("insert into unit (id, name, type, hrss_level, path, depth, status, created_at, region_code)"
                    + " values (1, '省人社厅', 'HRSS', 'PROVINCE', '/1/', 0, 'AUTHORIZED', now(), '510000')");
            s.executeUpdate("insert into unit (id, name, type, parent_id, path, depth, status, created_at, region_code)"
                    + " values (2, '卫健委', 'COMPETENT_DEPARTMENT', 1, '/1/2/', 1, 'AUTHORIZED', now(), '510000')");
            s.executeUpdate("insert into title_series (id, name, retired) values (1, '" + SERIES + "', false)"
                    + " on conflict do nothing");
            s.executeUpdate("insert into committee (id, name, formation_unit_id, series_id, internal_review,"
                    + " created_at) values (1, '卫生高评委', 2, (select id from title_series where name = '" + SERIES
                    + "'), false, now())");
            s.executeUpdate("insert into job_progress (instance_id, job_name, total_items, updated_at)"
                    + " values (1, 'expertImport', 0, now())");
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

    /** The sum of the heap pools' peak usage since the last reset (an upper bound of the live peak). */
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
