package cn.zhicheng.bench;

import cn.zhicheng.org.Unit;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast "my unit and everything below it" is with 50,000 units (issue: the scoping query must stay fast at that
 * size). Builds a provincial tree in its own database (schema from the real Flyway migrations), then times the exact
 * query {@code Unit.findSubtreeIds} runs, for units high and low in the tree, against a recursive CTE over parent_id
 * for comparison. Prints numbers; asserts nothing. Run with {@code ./zc bench}.
 */
public final class UnitScopeBench {

    private static final int UNITS = 50_000;
    private static final int WARM_UP = 30;
    private static final int ROUNDS = 300;
    /** What EclipseLink sends for Unit.findSubtreeIds. */
    private static final String SUBTREE_SQL = "select id from unit where path >= ? and path < ?";
    /** The obvious alternative, for comparison: LIKE with a bound prefix loses the index once plans are cached. */
    private static final String LIKE_SQL = "select id from unit where path like ?";
    private static final String RECURSIVE_SQL = "with recursive t(id) as (select id from unit where id = ? "
            + "union all select u.id from unit u join t on u.parent_id = t.id) select id from t";

    private final List<long[]> rows = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();

    private UnitScopeBench() {
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
            new UnitScopeBench().run(connection);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void run(Connection connection) throws SQLException {
        long start = System.nanoTime();
        buildProvince();
        insert(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze unit");
        }
        System.out.printf("units: %,d inserted in %d ms (max depth %d)%n", rows.size(),
                (System.nanoTime() - start) / 1_000_000, paths.stream().mapToLong(p -> p.chars().filter(c -> c == '/').count() - 2).max().orElse(0));
        System.out.printf("%-24s %7s %11s %9s %13s %11s %12s %10s%n", "unit", "rows", "range med", "range p95",
                "LIKE med", "LIKE p95", "CTE med", "CTE p95");
        measure(connection, "province HRSS (root)", 0);
        measure(connection, "city HRSS", 1);
        measure(connection, "competent department", indexOfPrefix("D"));
        measure(connection, "county HRSS", 22);
        measure(connection, "employer with a branch", indexOfPrefix("E"));
        measure(connection, "leaf employer", rows.size() - 1);
        explain(connection, 1);
    }

    /** Province → 21 cities → 8 counties each; 20 departments; employers below counties and departments, some with a branch. */
    private void buildProvince() {
        add(-1, "P");
        int[] cities = new int[21];
        for (int c = 0; c < cities.length; c++) {
            cities[c] = add(0, "C");
        }
        List<Integer> counties = new ArrayList<>();
        for (int city : cities) {
            for (int k = 0; k < 8; k++) {
                counties.add(add(city, "K"));
            }
        }
        List<Integer> departments = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            departments.add(add(0, "D"));
        }
        int next = 0;
        while (rows.size() < UNITS) {
            List<Integer> parents = next % 5 == 0 ? departments : counties;
            int employer = add(parents.get(next % parents.size()), "E");
            if (next % 4 == 0 && rows.size() < UNITS) {
                add(employer, "B");
            }
            next++;
        }
    }

    private int add(int parentIndex, String kind) {
        long id = rows.size() + 1L;
        String path = (parentIndex < 0 ? "/" : paths.get(parentIndex)) + id + "/";
        rows.add(new long[]{id, parentIndex < 0 ? 0 : rows.get(parentIndex)[0]});
        paths.add(path);
        kinds.add(kind);
        return rows.size() - 1;
    }

    private int indexOfPrefix(String kind) {
        return kinds.indexOf(kind);
    }

    private void insert(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into unit (id, name, type, hrss_level, "
                + "parent_id, path, depth, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'AUTHORIZED', ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < rows.size(); i++) {
                long[] row = rows.get(i);
                String kind = kinds.get(i);
                boolean hrss = "PCK".contains(kind);
                insert.setLong(1, row[0]);
                insert.setString(2, "单位" + row[0]);
                insert.setString(3, hrss ? "HRSS" : "D".equals(kind) ? "COMPETENT_DEPARTMENT" : "APPLYING_UNIT");
                insert.setString(4, hrss ? ("P".equals(kind) ? "PROVINCE" : "C".equals(kind) ? "CITY" : "COUNTY") : null);
                if (row[1] == 0) {
                    insert.setNull(5, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(5, row[1]);
                }
                insert.setString(6, paths.get(i));
                insert.setInt(7, (int) paths.get(i).chars().filter(c -> c == '/').count() - 2);
                insert.setTimestamp(8, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private void measure(Connection connection, String label, int index) throws SQLException {
        String path = paths.get(index);
        String upper = path.substring(0, path.length() - 1) + '0';
        long[] range = time(connection, SUBTREE_SQL, ps -> {
            ps.setString(1, path);
            ps.setString(2, upper);
        });
        long[] like = time(connection, LIKE_SQL, ps -> ps.setString(1, path + "%"));
        long[] cte = time(connection, RECURSIVE_SQL, ps -> ps.setLong(1, rows.get(index)[0]));
        if (range[0] != like[0] || range[0] != cte[0]) {
            throw new IllegalStateException("the three queries disagree for " + label);
        }
        System.out.printf("%-24s %7d %11.3f %9.3f %13.3f %11.3f %12.3f %10.3f%n", label, range[0], median(range),
                p95(range), median(like), p95(like), median(cte), p95(cte));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Element 0 is the row count; the rest are nanoseconds per execution, fetching every id. */
    private static long[] time(Connection connection, String sql, Binder binder) throws SQLException {
        long[] result = new long[ROUNDS + 1];
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long start = System.nanoTime();
                long count = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        count++;
                    }
                }
                if (round >= 0) {
                    result[round + 1] = System.nanoTime() - start;
                    result[0] = count;
                }
            }
        }
        return result;
    }

    private static double median(long[] timings) {
        long[] sorted = Arrays.copyOfRange(timings, 1, timings.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] timings) {
        long[] sorted = Arrays.copyOfRange(timings, 1, timings.length);
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)] / 1e6;
    }

    private void explain(Connection connection, int index) throws SQLException {
        String path = paths.get(index);
        try (PreparedStatement statement = connection.prepareStatement("explain analyze " + SUBTREE_SQL)) {
            statement.setString(1, path);
            statement.setString(2, path.substring(0, path.length() - 1) + '0');
            try (ResultSet rs = statement.executeQuery()) {
                System.out.println("plan for a city's subtree:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }
}
