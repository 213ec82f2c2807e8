package cn.zhicheng.bench;

import cn.zhicheng.org.Unit;
import org.flywaydb.core.Flyway;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 下级单位信息管理 with 50,000 units below one city (issue 3 acceptance: page 1 and page 200, filtered by name, under
 * 300 ms server time). Seeds database zhicheng_bench (schema from the real migrations), then times the two statements
 * {@code SubordinateUnits.page/count} send (the page with its parents, and the count), as EclipseLink writes them.
 * If {@code ZC_BENCH_URL} names a running application that uses the same database (e.g. http://127.0.0.1:8080/zhicheng),
 * it also signs in as the seeded city administrator {@value #ADMIN_LOGIN} and times the rendered page
 * {@code /unit/subordinates/list.xhtml?name=…&page=…}. Prints numbers; asserts nothing.
 * Run: {@code ZC_DB_NAME=zhicheng_bench mvn -B -q -pl ear -DskipITs test-compile exec:java
 * -Dexec.mainClass=cn.zhicheng.bench.SubordinateListBench -Dexec.classpathScope=test} (after ./zc bench created the
 * database, or with scripts/ensure-postgres.sh ZC_DB_NAME=zhicheng_bench).
 */
public final class SubordinateListBench {

    private static final int UNITS = 50_000;
    private static final int PAGE_SIZE = 10;
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 100;
    static final String ADMIN_LOGIN = "bench_city_admin";
    static final String ADMIN_PASSWORD = "Bench@2026";
    private static final String FILTER = "单位";
    private static final long CITY_ID = 2;

    /** What EclipseLink sends for SubordinateUnits.page (fetch join of the parent) and SubordinateUnits.count. */
    private static final String PAGE_SQL = "select t1.id, t1.name, t1.credit_code, t1.type, t1.status, t1.region_code, "
            + "t1.phone, t1.contact_person, t1.nature, t1.requested_parent_id, t0.id, t0.name from unit t1 "
            + "left outer join unit t0 on (t0.id = t1.parent_id) "
            + "where t1.path > ? and t1.path < ? and t1.name like ? order by t1.name, t1.id limit ? offset ?";
    private static final String COUNT_SQL = "select count(t0.id) from unit t0 where t0.path > ? and t0.path < ? "
            + "and t0.name like ?";

    private SubordinateListBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_bench");
        String user = env("ZC_DB_USER", "zhicheng");
        String password = env("ZC_DB_PASSWORD", "zhicheng");
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure(Unit.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long start = System.nanoTime();
            seed(connection);
            System.out.printf("units: %,d below one city, seeded in %d ms%n", UNITS,
                    (System.nanoTime() - start) / 1_000_000);
            System.out.printf("%-34s %10s %10s%n", "query (filter name like %单位%)", "median ms", "p95 ms");
            String from = "/1/2/";
            String to = "/1/20";
            measure(connection, "page 1 (rows 1-10)", PAGE_SQL, from, to, 0);
            measure(connection, "page 200 (rows 1991-2000)", PAGE_SQL, from, to, 199 * PAGE_SIZE);
            measure(connection, "count", COUNT_SQL, from, to, -1);
            measure(connection, "page 1 + count", null, from, to, 0);
            measure(connection, "page 200 + count", null, from, to, 199 * PAGE_SIZE);
            explain(connection, from, to);
        }
        String app = System.getenv("ZC_BENCH_URL");
        if (app != null && !app.isBlank()) {
            render(app.endsWith("/") ? app.substring(0, app.length() - 1) : app);
        } else {
            System.out.println("page render: skipped (set ZC_BENCH_URL to a server running the app on this database)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Province 1 → city 2 → 50,000 employers (a tenth with a branch below a sibling), plus the city's administrator. */
    private static void seed(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into unit (id, name, type, hrss_level, "
                + "parent_id, path, depth, status, created_at, region_code, nature, phone, contact_person) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'AUTHORIZED', ?, ?, ?, '028-86000000', '联系人')")) {
            add(insert, 1, "四川省人力资源和社会保障厅", "HRSS", "PROVINCE", null, "/1/", 0, now, "510000", "GOVERNMENT_ORGAN");
            add(insert, CITY_ID, "成都市人力资源和社会保障局", "HRSS", "CITY", 1L, "/1/2/", 1, now, "510100", "GOVERNMENT_ORGAN");
            long id = 10;
            for (int i = 0; i < UNITS; i++) {
                boolean branch = i % 10 == 9;
                long parent = branch ? id - 1 : CITY_ID;
                String path = branch ? "/1/2/" + (id - 1) + "/" + id + "/" : "/1/2/" + id + "/";
                add(insert, id, (i % 3 == 0 ? "成都市某某" : "四川某") + "单位" + String.format("%05d", i) + "有限公司",
                        "APPLYING_UNIT", null, parent, path, branch ? 3 : 2, now, "510107", "ENTERPRISE");
                id++;
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement account = connection.prepareStatement("insert into account (id, login_name, "
                + "display_name, password_hash, status, must_change_password, created_at) "
                + "values (1, ?, '基准测试管理员', ?, 'ACTIVE', false, now())");
             PreparedStatement membership = connection.prepareStatement(
                     "insert into membership (id, account_id, unit_id, role) values (1, 1, ?, 'UNIT_ADMIN')")) {
            account.setString(1, ADMIN_LOGIN);
            account.setString(2, pbkdf2(ADMIN_PASSWORD));
            account.executeUpdate();
            membership.setLong(1, CITY_ID);
            membership.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze unit");
        }
    }

    private static void add(PreparedStatement insert, long id, String name, String type, String level, Long parent,
                            String path, int depth, Timestamp now, String region, String nature) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setString(3, type);
        insert.setString(4, level);
        if (parent == null) {
            insert.setNull(5, java.sql.Types.BIGINT);
        } else {
            insert.setLong(5, parent);
        }
        insert.setString(6, path);
        insert.setInt(7, depth);
        insert.setTimestamp(8, now);
        insert.setString(9, region);
        insert.setString(10, nature);
        insert.addBatch();
    }

    /** The hash format of Soteria's Pbkdf2PasswordHash with the application's parameters (PasswordHasher). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static void measure(Connection connection, String label, String sql, String from, String to, int offset)
            throws SQLException {
        long[] timings = new long[ROUNDS];
        int rows = 0;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            rows = sql == null ? run(connection, PAGE_SQL, from, to, offset) + run(connection, COUNT_SQL, from, to, -1)
                    : run(connection, sql, from, to, offset);
            if (round >= 0) {
                timings[round] = System.nanoTime() - start;
            }
        }
        Arrays.sort(timings);
        System.out.printf("%-34s %10.2f %10.2f   (%d rows)%n", label, timings[ROUNDS / 2] / 1e6,
                timings[(int) (ROUNDS * 0.95)] / 1e6, rows);
    }

    private static int run(Connection connection, String sql, String from, String to, int offset) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, from);
            statement.setString(2, to);
            statement.setString(3, "%" + FILTER + "%");
            if (offset >= 0) {
                statement.setInt(4, PAGE_SIZE);
                statement.setInt(5, offset);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static void explain(Connection connection, String from, String to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain analyze " + PAGE_SQL)) {
            statement.setString(1, from);
            statement.setString(2, to);
            statement.setString(3, "%" + FILTER + "%");
            statement.setInt(4, PAGE_SIZE);
            statement.setInt(5, 199 * PAGE_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                System.out.println("plan of page 200:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    /** Signs in through the log-in form and times full GETs of the list page (server time plus a local round trip). */
    private static void render(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!state.find()) {
            System.out.println("page render: no log-in form at " + base);
            return;
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + ADMIN_LOGIN + "&loginForm%3Apassword="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&loginForm%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        for (int page : new int[]{1, 200}) {
            URI uri = URI.create(base + "/unit/subordinates/list.xhtml?name="
                    + URLEncoder.encode(FILTER, StandardCharsets.UTF_8) + "&page=" + page);
            long[] timings = new long[ROUNDS / 4];
            String body = "";
            for (int round = -5; round < timings.length; round++) {
                long start = System.nanoTime();
                body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (round >= 0) {
                    timings[round] = System.nanoTime() - start;
                }
            }
            Arrays.sort(timings);
            boolean listed = body.contains("有限公司");
            System.out.printf("page render %-22s %10.2f %10.2f   (%s)%n", "page " + page, timings[timings.length / 2] / 1e6,
                    timings[(int) (timings.length * 0.95)] / 1e6, listed ? "rows shown" : "NO ROWS: check log-in");
        }
    }
}
