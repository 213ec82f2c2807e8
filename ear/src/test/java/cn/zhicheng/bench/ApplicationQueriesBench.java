package cn.zhicheng.bench;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Unit;
import cn.zhicheng.review.ApplicationQueryRow;
import cn.zhicheng.review.RosterSheets;
import cn.zhicheng.web.review.RosterWorkbook;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import java.io.OutputStream;
import java.io.StringReader;
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
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database side of issue 7's query benchmark without a server (the in-server figures come from
 * {@link ApplicationQueriesServerBench}): its own database (schema from the real Flyway migrations, V65's and V77's
 * indexes included), 200,000 applications by COPY with the same distribution, then the SQL {@code ApplicationQueries}
 * sends for the committee's list filtered by series and 姓名 "张" by 50 concurrent users over a pool of 32 connections
 * (Payara's pool maximum), page 1 and page 500: with the filter's ids memoized (a page is its 50 rows by key and the
 * 主管部门 look-up; the count costs no SQL) and with a memo miss on every call (page 1's ids from the ordered index,
 * deeper pages and the count all the filter's ids); the SQL of 资格审核 ({@code QualificationReviews}) one call at a
 * time; and the 50,000-row 职称申报人员信息表 export through the real {@link RosterWorkbook} with keyset chunks of
 * 1,000, in this JVM (time, heap pools' peak, live heap sampled with a full GC every second). Prints numbers; asserts
 * nothing. The bench database's foreign keys of application and specialty are dropped for seeding: committee and
 * activity rows are absent (left joins in the list). Run: {@code ZC_DB_NAME=zhicheng_aqbench mvn -B -q -pl ear
 * -DskipITs test-compile exec:java -Dexec.mainClass=cn.zhicheng.bench.ApplicationQueriesBench
 * -Dexec.classpathScope=test} (the database must exist; it is cleaned).
 */
public final class ApplicationQueriesBench {

    private static final int APPLICATIONS = 200_000;
    private static final int USERS = 50;
    private static final int POOL = 32;
    private static final int CALLS = 20;
    private static final long COMMITTEE = 7L;
    private static final long SERIES = 1L;
    private static final String[] SURNAMES = {"张", "张", "张", "张", "张", "张", "王", "李", "赵", "刘", "陈", "杨",
            "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
    private static final String[] SPECIALTIES = {"心血管内科", "呼吸内科", "消化内科", "普通外科", "骨科", "神经外科",
            "妇产科", "儿科", "口腔医学", "眼科"};
    private static final String WHERE = " from application a where a.committee_id = ? and a.status in (?, ?)"
            + " and a.applicant_name like ? escape '\\' and a.series_id = ?";
    private static final String ROWS = "select a.id, a.review_year, a.applicant_name, a.id_number, e.path, s.name,"
            + " a.title_level, a.specialty, q.name, a.route, a.kind, c.name, act.name, e.name, a.status"
            + " from application a join unit e on e.id = a.employer_id join title_series s on s.id = a.series_id"
            + " join title_qualification q on q.id = a.qualification_id left join committee c on c.id = a.committee_id"
            + " left join activity act on act.id = a.activity_id";

    private ApplicationQueriesBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_aqbench");
        String user = env("ZC_DB_USER", "zhicheng");
        String password = env("ZC_DB_PASSWORD", "zhicheng");
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long started = System.nanoTime();
            seed(c);
            System.out.printf("%,d applications seeded by COPY (and vacuum analyze) in %.1f s%n", APPLICATIONS,
                    (System.nanoTime() - started) / 1e9);
            try (PreparedStatement count = c.prepareStatement("select count(a.id)" + WHERE)) {
                bind(count);
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    System.out.printf("committee list, series + 姓名 \"张\": %,d matching rows%n", r.getLong(1));
                }
            }
        }
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            pool.add(DriverManager.getConnection(url, user, password));
        }
        for (int page : List.of(1, 500)) {
            load(pool, (page - 1) * 50, 1, false); // warm-up
            load(pool, (page - 1) * 50, CALLS, true).print("page " + page + ", ids memoized (the usual call)");
            load(pool, (page - 1) * 50, CALLS / 4, false).print("page " + page + ", memo miss on every call");
        }
        Connection c = pool.take();
        qualificationReview(c);
        for (int run = 1; run <= 2; run++) {
            export(c, run);
        }
        for (Connection each : pool) {
            each.close();
        }
        c.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void bind(PreparedStatement s) throws SQLException {
        s.setLong(1, COMMITTEE);
        s.setString(2, ApplicationStatus.AT_COMMITTEE.name());
        s.setString(3, ApplicationStatus.ACCEPTED.name());
        s.setString(4, "张%");
        s.setLong(5, SERIES);
    }

    private record Timings(List<Long> page, List<Long> count, List<Long> both, long errors, double wall) {
        void print(String label) {
            System.out.printf("%s, %d users x %d (pool %d): page p50 %.1f / p95 %.1f / max %.1f ms; count p50 %.1f /"
                            + " p95 %.1f ms; page+count p50 %.1f / p95 %.1f ms; %d errors; %.0f page+count/s%n", label,
                    USERS, CALLS, POOL, pct(page, 50), pct(page, 95), pct(page, 100), pct(count, 50), pct(count, 95),
                    pct(both, 50), pct(both, 95), errors, page.size() / wall);
        }
    }

    /**
     * 50 users, each making page + count calls as {@code ApplicationQueries} now does. {@code memoized}: the filter's
     * ids are in the service's memo (a page is the rows of 50 ids, the count costs no SQL); otherwise every call
     * misses: page 1 reads its ids straight from the ordered index, a deeper page and the count read all the
     * filter's ids.
     */
    private static Timings load(BlockingQueue<Connection> pool, int offset, int calls, boolean memoized)
            throws Exception {
        List<Long> memo;
        Connection first = pool.take();
        try {
            memo = allIds(first);
        } finally {
            pool.add(first);
        }
        List<Long> page = Collections.synchronizedList(new ArrayList<>());
        List<Long> count = Collections.synchronizedList(new ArrayList<>());
        List<Long> both = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            futures.add(threads.submit(() -> {
                for (int i = 0; i < calls; i++) {
                    try {
                        long t0 = System.nanoTime();
                        Connection c = pool.take();
                        try {
                            List<Long> ids;
                            if (memoized) {
                                ids = memo.subList(Math.min(offset, memo.size()),
                                        Math.min(offset + 50, memo.size()));
                            } else if (offset < 500) {
                                ids = pageIds(c, offset);
                            } else {
                                List<Long> all = allIds(c);
                                ids = all.subList(Math.min(offset, all.size()), Math.min(offset + 50, all.size()));
                            }
                            rows(c, ids);
                        } finally {
                            pool.add(c);
                        }
                        long t1 = System.nanoTime();
                        if (!memoized) {
                            c = pool.take();
                            try {
                                allIds(c);
                            } finally {
                                pool.add(c);
                            }
                        }
                        long t2 = System.nanoTime();
                        page.add(t1 - t0);
                        count.add(t2 - t1);
                        both.add(t2 - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        threads.shutdown();
        return new Timings(page, count, both, errors.get(), (System.nanoTime() - started) / 1e9);
    }

    /** The filter's ids, newest first (what the service memoizes: the count is their number). */
    private static List<Long> allIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.id" + WHERE + " order by a.id desc")) {
            bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** A first page's ids straight from the ordered index. */
    private static List<Long> pageIds(Connection c, int offset) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.id" + WHERE + " order by a.id desc limit 50 offset ?")) {
            bind(s);
            s.setInt(6, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The page's rows by key, then the 主管部门 of their employers (as ApplicationQueries does). */
    private static void rows(Connection c, List<Long> ids) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ROWS + " where a.id = any (?) order by a.id desc")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    paths.add(r.getString(5));
                }
            }
        }
        List<Long> ancestors = new ArrayList<>();
        paths.stream().distinct().forEach(p -> {
            for (String part : p.split("/")) {
                if (!part.isEmpty()) {
                    ancestors.add(Long.valueOf(part));
                }
            }
        });
        try (PreparedStatement s = c.prepareStatement("select id, name from unit where id = any (?) and type = ?")) {
            s.setArray(1, c.createArrayOf("bigint", ancestors.stream().distinct().toArray()));
            s.setString(2, "COMPETENT_DEPARTMENT");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getString(2);
                }
            }
        }
    }

    private static final String QUALIFICATION_WHERE = " from application a where a.activity_id = 9"
            + " and a.series_id = 1 and a.applicant_name like '%张%' escape '\\'";

    /**
     * The SQL of 资格审核 (QualificationReviews) for 初次申报 filtered by series and 姓名 contains "张", one caller:
     * what a memo miss costs in the database (page 1 from the index, all ids for the count and deep pages, the tab
     * counts and the counters line, one grouped query each) and a page from memoized ids.
     */
    private static void qualificationReview(Connection c) throws SQLException {
        String first = QUALIFICATION_WHERE + " and a.status = 'AT_COMMITTEE' and a.committee_decision is null";
        String[][] statements = {
                {"page 1's ids from the index", "select a.id" + first + " order by a.submitted_at, a.id limit 50"},
                {"all ids (count, deep pages)", "select a.id" + first + " order by a.submitted_at, a.id"},
                {"tab counts", "select a.status, a.committee_decision, count(*)" + QUALIFICATION_WHERE
                        + " and a.status in ('AT_COMMITTEE', 'ACCEPTED', 'RETURNED', 'REJECTED') group by 1, 2"},
                {"counters line", "select a.status, a.committee_decision, count(*), count(a.first_submitted_at)"
                        + " from application a where a.activity_id = 9 group by 1, 2"},
                {"a page's rows by key", "select a.id, a.version, a.applicant_name, a.id_number, e.id, e.path,"
                        + " s.name, a.specialty, q.name, a.title_level, a.route, a.status, a.submitted_at,"
                        + " a.return_deadline, a.last_opinion from application a join unit e on e.id = a.employer_id"
                        + " join title_series s on s.id = a.series_id join title_qualification q"
                        + " on q.id = a.qualification_id where a.id in (select a.id" + first
                        + " order by a.submitted_at, a.id limit 50)"}};
        StringBuilder line = new StringBuilder("资格审核 SQL, one caller, p50 of 20:");
        for (String[] statement : statements) {
            List<Long> nanos = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < 21; i++) {
                long t0 = System.nanoTime();
                rows = 0;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(statement[1])) {
                    while (r.next()) {
                        rows++;
                    }
                }
                if (i > 0) {
                    nanos.add(System.nanoTime() - t0);
                }
            }
            line.append(String.format(" %s %.1f ms (%,d rows);", statement[0], pct(nanos, 50), rows));
        }
        System.out.println(line);
    }

    private static void export(Connection c, int run) throws Exception {
        List<RosterSheets.Node> nodes = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, parent_id, name from specialty where committee_id = " + COMMITTEE)) {
            while (r.next()) {
                nodes.add(new RosterSheets.Node(r.getLong(1), (Long) r.getObject(2), r.getString(3)));
            }
        }
        RosterSheets sheets = RosterSheets.of(nodes);
        System.gc();
        long before = usedHeapMegabytes();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong livePeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                livePeak.accumulateAndGet(usedHeapMegabytes(), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (run == 2) {
            sampler.setDaemon(true);
            sampler.start();
        }
        Path file = Files.createTempFile("roster-bench", ".xlsx");
        long started = System.nanoTime();
        long written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = RosterWorkbook.write(out, sheets, "全部", after -> chunk(c, after),
                    RosterWorkbook.Labels.of(Locale.SIMPLIFIED_CHINESE));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        System.out.printf("roster export run %d: %,d rows in %.1f s = %,.0f rows/s, file %,d KB; heap before %d MB,"
                        + " heap pools' peak %d MB%s (max heap %d MB)%n", run, written, seconds, written / seconds,
                Files.size(file) / 1024, before, peak, run == 2 ? String.format(", live-heap peak %d MB (+%d MB)",
                        livePeak.get(), livePeak.get() - before) : "",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.deleteIfExists(file);
    }

    private static List<ApplicationQueryRow> chunk(Connection c, long after) {
        List<ApplicationQueryRow> rows = new ArrayList<>(1_000);
        try (PreparedStatement s = c.prepareStatement(ROWS + " where a.committee_id = ? and a.status = ? and a.id > ?"
                + " order by a.id limit 1000")) {
            s.setLong(1, COMMITTEE);
            s.setString(2, ApplicationStatus.ACCEPTED.name());
            s.setLong(3, after);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(4);
                    rows.add(new ApplicationQueryRow(r.getLong(1), r.getInt(2), r.getString(3), id,
                            IdNumber.of(id).sex(), "卫健委", r.getString(6), TitleLevel.valueOf(r.getString(7)),
                            r.getString(8), r.getString(9), ApplicationRoute.valueOf(r.getString(10)),
                            ApplicationKind.valueOf(r.getString(11)), r.getString(12), r.getString(13),
                            r.getString(14), ApplicationStatus.valueOf(r.getString(15))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void seed(Connection c) throws Exception {
        String now = OffsetDateTime.now().toString();
        try (Statement s = c.createStatement()) {
            for (String table : List.of("application", "specialty")) {
                List<String> foreignKeys = new ArrayList<>();
                try (ResultSet r = s.executeQuery("select conname from pg_constraint where contype = 'f' and "
                        + "conrelid = '" + table + "'::regclass")) {
                    while (r.next()) {
                        foreignKeys.add(r.getString(1));
                    }
                }
                for (String fk : foreignKeys) {
                    s.execute("alter table " + table + " drop constraint " + fk);
                }
            }
            s.execute("insert into title_series (id, name) values (" + SERIES + ", '卫生系列')");
            s.execute("insert into title_qualification (id, series_id, level, name) values (1, 1, 'SENIOR_FULL', "
                    + "'主任医师'), (2, 1, 'SENIOR_DEPUTY', '副主任医师')");
            s.execute("insert into unit (id, name, type, hrss_level, path, depth, status, created_at) values "
                    + "(1, '省人社厅', 'HRSS', 'PROVINCE', '/1/', 0, 'AUTHORIZED', now()), "
                    + "(2, '卫健委', 'COMPETENT_DEPARTMENT', null, '/1/2/', 1, 'AUTHORIZED', now())");
            for (int i = 0; i < 20; i++) {
                s.execute("insert into unit (id, name, type, path, depth, status, created_at) values (" + (10 + i)
                        + ", '医院" + i + "', 'APPLYING_UNIT', '/1/2/" + (10 + i) + "/', 2, 'AUTHORIZED', now())");
            }
            s.execute("insert into specialty (id, committee_id, parent_id, name, frozen, created_at) values "
                    + "(1, 7, null, '临床医学', false, now()), (2, 7, 1, '内科学', false, now()), "
                    + "(3, 7, 1, '外科学', false, now()), (4, 7, 2, '心血管内科', false, now()), "
                    + "(5, 7, 2, '呼吸内科', false, now()), (6, 7, 2, '消化内科', false, now()), "
                    + "(7, 7, 3, '普通外科', false, now()), (8, 7, 3, '骨科', false, now()), "
                    + "(9, 7, 3, '神经外科', false, now()), (10, 7, 1, '妇产科', false, now()), "
                    + "(11, 7, 1, '儿科', false, now())");
        }
        String[] statuses = {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "AT_COMMITTEE",
                "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE",
                "AT_COMMITTEE", "AT_COMMITTEE", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "SUBMITTED", "SUBMITTED",
                "RETURNED"};
        Random random = new Random(7);
        StringBuilder rows = new StringBuilder(APPLICATIONS * 200);
        for (int i = 0; i < APPLICATIONS; i++) {
            boolean full = random.nextInt(3) == 0;
            String status = statuses[random.nextInt(statuses.length)];
            // as the server bench: submitted over 60 days, 二次申报 1 in 30 at the committee, half the returns its own
            String submitted = OffsetDateTime.now().minusMinutes(random.nextInt(60 * 24 * 60)).toString();
            String decision = status.equals("AT_COMMITTEE") && random.nextInt(30) == 0
                    || status.equals("RETURNED") && random.nextBoolean() ? "RETURNED" : "\\N";
            rows.append(1_000 + i).append('\t').append(1_000 + i).append('\t')
                    .append(SURNAMES[random.nextInt(SURNAMES.length)]).append("申报").append(i % 997).append('\t')
                    .append(cn.zhicheng.it.TestData.idNumber()).append('\t').append(10 + random.nextInt(20))
                    .append("\tREVIEW\t9\t").append(COMMITTEE).append('\t').append(SERIES).append('\t')
                    .append(full ? "SENIOR_FULL" : "SENIOR_DEPUTY").append('\t')
                    .append(SPECIALTIES[random.nextInt(SPECIALTIES.length)]).append('\t').append(full ? 1 : 2)
                    .append("\tNORMAL\t2026\t").append(status).append('\t').append(now).append('\t')
                    .append(submitted).append('\t').append(submitted).append('\t').append(decision).append('\n');
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy application (id, applicant_id, applicant_name,"
                + " id_number, employer_id, kind, activity_id, committee_id, series_id, title_level, specialty,"
                + " qualification_id, route, review_year, status, created_at, first_submitted_at, submitted_at,"
                + " committee_decision)"
                + " from stdin", new StringReader(rows.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze application");
            s.execute("analyze unit");
        }
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long usedHeapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
