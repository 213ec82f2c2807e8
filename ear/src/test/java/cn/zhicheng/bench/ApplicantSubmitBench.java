package cn.zhicheng.bench;

import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.FieldType;
import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.Choices;
import cn.zhicheng.application.EntryValues;
import cn.zhicheng.application.FileSlot;
import cn.zhicheng.application.FormField;
import cn.zhicheng.application.FormSection;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.shared.Label;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 200 applicants submitting at once (issue 6 acceptance): HTTP load from this process against a running application
 * on loopback, the way a browser drives the pages.
 * <ol>
 *   <li>Prepare, by JDBC in the application's database: {@value #DEFAULT_APPLICANTS} applicant accounts (log-in = a
 *       valid 身份证号 born in 1975, password {@value #PASSWORD}, the container's PBKDF2 format), each with one complete
 *       申报评审 draft for the first published activity that accepts applications now (demo: 四川省卫生系列高级职称评审):
 *       every section the SC form requires with values checked by the form's own field rules
 *       ({@link EntryValues#check}), files in every required slot, two 业绩成果 and every 评委会需求材料. Ids come
 *       from the application's sequences in blocks of 50, as EclipseLink allocates them, so the running server never
 *       collides with them. Running again reuses the accounts and replaces their applications with fresh drafts.</li>
 *   <li>Load: one thread and one cookie jar per applicant, released together: GET /login.xhtml, POST the log-in form
 *       (→ the applicant home), GET /applicant/form.xhtml?id=, POST the PrimeFaces ajax request of 【提交】
 *       ({@code top:submit}, the confirm dialog being client-side only), then GET the page the partial response
 *       redirects to (我的申报) and check it shows the application as submitted.</li>
 *   <li>Check in the database that every prepared application is SUBMITTED.</li>
 * </ol>
 * Prints throughput and latency percentiles; asserts no timing. Exits with 1 when a request failed or an application
 * is not submitted. Afterwards the bench applicants are removed again (accounts, roles, applications, attachment rows;
 * their audit records stay), unless {@code ZC_BENCH_KEEP=true}; the argument {@code remove} only removes them.
 * Environment: {@code ZC_BENCH_URL} (default http://localhost:8080/zhicheng), {@code ZC_DB_*} of that server's
 * database (default the ./zc run database zhicheng), {@code ZC_BENCH_APPLICANTS}, {@code ZC_BENCH_ATTACHMENT_DIR}
 * (the server's attachment store; when given, the two files the applications point to are stored there so previews
 * work — submission does not read them).
 * Run with a server up ({@code ./zc run}): {@code ./zc bench applicants} (compiles in the reactor and starts this
 * class with plain {@code java}).
 */
public final class ApplicantSubmitBench {

    static final int DEFAULT_APPLICANTS = 200;
    static final String PASSWORD = "Bench@2026";
    private static final String NAME_PREFIX = "基准申报人";
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1975, 1, 1);
    private static final int ALLOCATION = 50;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);
    private static final int WARM_UP_USERS = 5;
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    private ApplicantSubmitBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = env("ZC_BENCH_URL", "http://localhost:8080/zhicheng").replaceAll("/+$", "");
        int applicants = Integer.parseInt(env("ZC_BENCH_APPLICANTS", String.valueOf(DEFAULT_APPLICANTS)));
        String url = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng");
        String dbUser = env("ZC_DB_USER", "zhicheng");
        String dbPassword = env("ZC_DB_PASSWORD", "zhicheng");
        if (args.length > 0 && "remove".equals(args[0])) {
            try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword)) {
                System.out.printf("removed %d bench applicants and their applications from %s%n",
                        remove(connection, applicants), url);
            }
            return;
        }
        if (!answers(base + "/login.xhtml")) {
            System.out.println("applicant submit load: skipped, nothing answers at " + base
                    + "/login.xhtml (start the application with ./zc run)");
            return;
        }
        List<Applicant> prepared;
        try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword)) {
            long start = System.nanoTime();
            prepared = new Preparation(connection, applicants).run();
            System.out.printf("prepared %d applicants with complete drafts in %s (database %s) in %d ms%n",
                    prepared.size(), prepared.get(0).activityName, url, (System.nanoTime() - start) / 1_000_000);
        }
        warmUp(base, prepared.subList(0, Math.min(WARM_UP_USERS, prepared.size())));
        Results results = load(base, prepared);
        long submitted;
        try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword)) {
            submitted = countSubmitted(connection, prepared);
        }
        results.print(prepared.size(), submitted);
        if (!"true".equals(System.getenv("ZC_BENCH_KEEP"))) {
            try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword)) {
                System.out.printf("removed the %d bench applicants again (ZC_BENCH_KEEP=true keeps them)%n",
                        remove(connection, applicants));
            }
        }
        if (!results.errors.isEmpty() || submitted != prepared.size()) {
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean answers(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Load

    /** One prepared applicant: log-in name and the draft to submit. */
    record Applicant(String login, long accountId, long applicationId, String activityName) {
    }

    /** Signs a few applicants in and opens their pages without submitting, so the measured pages are compiled. */
    private static void warmUp(String base, List<Applicant> users) throws Exception {
        long start = System.nanoTime();
        for (Applicant user : users) {
            Session session = new Session(base);
            session.login(user);
            session.openForm(user);
            session.get(base + "/applicant/applications.xhtml", "我的申报");
        }
        System.out.printf("warm-up: %d log-ins and form pages in %d ms (not counted)%n", users.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Results load(String base, List<Applicant> users) throws InterruptedException {
        Results results = new Results(users.size());
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < users.size(); i++) {
            Applicant user = users.get(i);
            int slot = i;
            pool.execute(() -> {
                Session session = new Session(base);
                ready.countDown();
                try {
                    go.await();
                    long start = System.nanoTime();
                    session.login(user);
                    long signedIn = System.nanoTime();
                    String viewState = session.openForm(user);
                    long opened = System.nanoTime();
                    String redirect = session.submit(user, viewState);
                    long submitted = System.nanoTime();
                    session.showSubmitted(user, redirect);
                    long end = System.nanoTime();
                    results.record(slot, signedIn - start, opened - signedIn, submitted - opened, end - start,
                            opened, submitted);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.errors.add(user.login() + ": interrupted");
                } catch (Exception e) {
                    results.errors.add(user.login() + ": " + e.getMessage());
                }
            });
        }
        ready.await();
        results.started = System.nanoTime();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            results.errors.add("load did not finish within 30 minutes");
            pool.shutdownNow();
        }
        results.finished = System.nanoTime();
        return results;
    }

    /** One browser: its own cookie jar (JSESSIONID), HTTP/1.1 as a browser on http:// speaks it. */
    private static final class Session {

        private final String base;
        private final HttpClient http;

        Session(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
        }

        void login(Applicant user) throws IOException, InterruptedException {
            String page = get(base + "/login.xhtml", "log-in page").body();
            String form = "loginForm=loginForm&loginForm%3Ausername=" + encode(user.login())
                    + "&loginForm%3Apassword=" + encode(PASSWORD) + "&loginForm%3Asubmit=x"
                    + "&jakarta.faces.ViewState=" + encode(viewState(page, "log-in page"));
            HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), "log-in");
            if (!home.uri().getPath().contains("/applicant/")) {
                throw new IOException("log-in did not reach the applicant home (ended at " + home.uri().getPath()
                        + ")");
            }
        }

        String openForm(Applicant user) throws IOException, InterruptedException {
            String page = get(base + "/applicant/form.xhtml?id=" + user.applicationId(), "form page").body();
            if (!page.contains("id=\"top:submit\"")) {
                throw new IOException("form page without the 提交 button");
            }
            return viewState(page, "form page");
        }

        /** The request PrimeFaces sends for 【提交】 after the confirm dialog's 是: process @this, update the header. */
        String submit(Applicant user, String viewState) throws IOException, InterruptedException {
            String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=top%3Asubmit"
                    + "&jakarta.faces.partial.execute=top%3Asubmit&jakarta.faces.partial.render=formHeader+messages"
                    + "&top%3Asubmit=top%3Asubmit&top=top&jakarta.faces.ViewState=" + encode(viewState);
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(base + "/applicant/form.xhtml?id=" + user.applicationId()))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), "submit");
            Matcher redirect = REDIRECT.matcher(response.body());
            if (!redirect.find() || !redirect.group(1).contains("/applicant/applications.xhtml")) {
                throw new IOException("submit answered without the redirect to 我的申报: "
                        + abbreviate(response.body()));
            }
            return redirect.group(1).replace("&amp;", "&");
        }

        /** What the browser does with the partial response's redirect: 我的申报, the application shown as submitted. */
        void showSubmitted(Applicant user, String redirect) throws IOException, InterruptedException {
            URI target = URI.create(base).resolve(redirect);
            String page = get(target.toString(), "我的申报").body();
            if (!page.contains("zc-status-SUBMITTED")) {
                throw new IOException("我的申报 does not show application " + user.applicationId() + " as submitted");
            }
        }

        private HttpResponse<String> get(String url, String what) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET(), what);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String what)
                throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException(what + ": HTTP " + response.statusCode() + " at " + response.uri().getPath());
            }
            return response;
        }

        private static String viewState(String page, String what) throws IOException {
            Matcher matcher = VIEW_STATE.matcher(page);
            if (!matcher.find()) {
                throw new IOException(what + " without jakarta.faces.ViewState");
            }
            return matcher.group(1);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private static String abbreviate(String body) {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }
    }

    /** Timings per applicant (nanoseconds) and the errors, filled by the load threads. */
    private static final class Results {

        final long[] login;
        final long[] open;
        final long[] submit;
        final long[] journey;
        final boolean[] done;
        final AtomicLong firstSubmitStart = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong lastSubmitEnd = new AtomicLong(Long.MIN_VALUE);
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long started;
        long finished;

        Results(int size) {
            login = new long[size];
            open = new long[size];
            submit = new long[size];
            journey = new long[size];
            done = new boolean[size];
        }

        synchronized void record(int slot, long loginNanos, long openNanos, long submitNanos, long journeyNanos,
                                 long submitStart, long submitEnd) {
            login[slot] = loginNanos;
            open[slot] = openNanos;
            submit[slot] = submitNanos;
            journey[slot] = journeyNanos;
            done[slot] = true;
            firstSubmitStart.accumulateAndGet(submitStart, Math::min);
            lastSubmitEnd.accumulateAndGet(submitEnd, Math::max);
        }

        synchronized void print(int applicants, long submittedInDatabase) {
            int ok = 0;
            for (boolean d : done) {
                ok += d ? 1 : 0;
            }
            double wall = (finished - started) / 1e9;
            System.out.printf("applicants: %d concurrent (one thread and one cookie jar each), all released at once%n",
                    applicants);
            System.out.printf("completed journeys: %d; errors: %d; applications SUBMITTED in the database: %d of %d%n",
                    ok, errors.size(), submittedInDatabase, applicants);
            System.out.printf("wall time %.1f s; throughput %.2f submissions/s over the whole run", wall, ok / wall);
            if (ok > 0) {
                double window = (lastSubmitEnd.get() - firstSubmitStart.get()) / 1e9;
                System.out.printf(", %.2f submissions/s from the first submit sent to the last answered (%.1f s)",
                        ok / window, window);
            }
            System.out.println();
            System.out.printf("%-44s %9s %9s %9s %9s%n", "latency (ms)", "p50", "p95", "p99", "max");
            line("log-in (GET form + POST, redirect to home)", login);
            line("open form (GET /applicant/form.xhtml)", open);
            line("submit (ajax POST top:submit)", submit);
            line("journey (log-in + open + submit + 我的申报)", journey);
            errors.stream().limit(10).forEach(e -> System.out.println("error: " + e));
        }

        private void line(String label, long[] nanos) {
            long[] values = new long[nanos.length];
            int n = 0;
            for (int i = 0; i < nanos.length; i++) {
                if (done[i]) {
                    values[n++] = nanos[i];
                }
            }
            if (n == 0) {
                System.out.printf("%-44s %9s%n", label, "-");
                return;
            }
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            System.out.printf("%-44s %9.0f %9.0f %9.0f %9.0f%n", label, percentile(sorted, 50) / 1e6,
                    percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6, sorted[n - 1] / 1e6);
        }

        /** Nearest-rank percentile. */
        private static long percentile(long[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /**
     * Takes the bench applicants out of the database again: their applications (entries, values and files cascade),
     * attachment rows, roles and accounts. Their audit records stay, as the audit table allows no deletes. Returns the
     * number of accounts removed.
     */
    static int remove(Connection connection, int applicants) throws SQLException {
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            logins.add(idNumber(i));
        }
        connection.setAutoCommit(false);
        try {
            Array names = connection.createArrayOf("varchar", logins.toArray());
            String mine = "(select id from account where login_name = any(?))";
            for (String sql : List.of("delete from application where applicant_id in " + mine,
                    "delete from application_entry where owner_id in " + mine,
                    "delete from attachment where owner_account_id in " + mine,
                    "delete from membership where account_id in " + mine)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, names);
                    statement.executeUpdate();
                }
            }
            int removed;
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from account where login_name = any(?)")) {
                statement.setArray(1, names);
                removed = statement.executeUpdate();
            }
            connection.commit();
            return removed;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long countSubmitted(Connection connection, List<Applicant> users) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from application where id = any(?) and status = 'SUBMITTED'")) {
            count.setArray(1, connection.createArrayOf("bigint",
                    users.stream().map(Applicant::applicationId).toArray(Long[]::new)));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Preparation

    /** Accounts and complete drafts, written in one transaction. */
    private static final class Preparation {

        private final Connection c;
        private final int applicants;
        private final Timestamp now = Timestamp.from(Instant.now());
        private final Map<String, long[]> idBlocks = new LinkedHashMap<>();

        private long activityId;
        private String activityName;
        private long committeeId;
        private long seriesId;
        private int year;
        private long qualificationId;
        private String level;
        private String specialty;
        private long employerId;
        private final List<Material> materials = new ArrayList<>();
        private final List<Achievement> achievements = new ArrayList<>();

        record Material(int position, String name, boolean pdf) {
        }

        record Achievement(int position, AchievementTemplate template) {
        }

        /** A stored file: bytes, digest, kind, name. */
        record StoredFile(byte[] bytes, String sha256, String kind, String name) {
        }

        Preparation(Connection connection, int applicants) {
            this.c = connection;
            this.applicants = applicants;
        }

        List<Applicant> run() throws Exception {
            c.setAutoCommit(false);
            try {
                findActivity();
                StoredFile photo = store(png(), "PNG", "photo.png");
                StoredFile document = store(pdf(), "PDF", "document.pdf");
                String hash = pbkdf2(PASSWORD);
                List<String> logins = new ArrayList<>();
                for (int i = 0; i < applicants; i++) {
                    logins.add(idNumber(i));
                }
                Map<String, Long> accounts = accounts(logins, hash);
                removeOldApplications(accounts.values());
                List<Applicant> prepared = new ArrayList<>();
                for (int i = 0; i < applicants; i++) {
                    String login = logins.get(i);
                    long accountId = accounts.get(login);
                    long photoId = attachment(accountId, photo, "APPLICANT_PHOTO");
                    long documentId = attachment(accountId, document, "GENERAL_DOCUMENT");
                    long applicationId = application(accountId, login, NAME_PREFIX + String.format("%03d", i + 1),
                            photoId, documentId);
                    prepared.add(new Applicant(login, accountId, applicationId, activityName));
                }
                c.commit();
                return prepared;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }

        /** The first published activity that accepts first submissions for the next hour, and what to apply for. */
        private void findActivity() throws SQLException {
            try (PreparedStatement s = c.prepareStatement("select a.id, a.name, a.committee_id, a.review_year, "
                    + "c.series_id, c.formation_unit_id from activity a join committee c on c.id = a.committee_id "
                    + "where a.status = 'PUBLISHED' and a.apply_start <= now() "
                    + "and a.first_submit_deadline > now() + interval '1 hour' order by a.id limit 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no published activity accepts applications now "
                            + "(the demo province has one: ./zc run seeds it into an empty database)");
                }
                activityId = rs.getLong(1);
                activityName = rs.getString(2);
                committeeId = rs.getLong(3);
                year = rs.getInt(4);
                seriesId = rs.getLong(5);
                long formationUnit = rs.getLong(6);
                employerId = employerBelow(formationUnit);
            }
            try (PreparedStatement s = c.prepareStatement("select q.id, q.level from title_qualification q "
                    + "join activity_level l on l.level = q.level and l.activity_id = ? "
                    + "where q.series_id = ? and not q.retired order by q.id limit 1")) {
                s.setLong(1, activityId);
                s.setLong(2, seriesId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no qualification of the activity's series and levels");
                    }
                    qualificationId = rs.getLong(1);
                    level = rs.getString(2);
                }
            }
            try (PreparedStatement s = c.prepareStatement("select sp.name from activity_specialty a "
                    + "join specialty sp on sp.id = a.specialty_id where a.activity_id = ? "
                    + "union all select name from specialty where committee_id = ? limit 1")) {
                s.setLong(1, activityId);
                s.setLong(2, committeeId);
                try (ResultSet rs = s.executeQuery()) {
                    specialty = rs.next() ? rs.getString(1) : "临床医学";
                }
            }
            try (PreparedStatement s = c.prepareStatement("select position, name, file_kinds from activity_material "
                    + "where activity_id = ? order by position")) {
                s.setLong(1, activityId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        materials.add(new Material(rs.getInt(1), rs.getString(2),
                                Arrays.asList(rs.getString(3).split(",")).contains("PDF")));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select position, templates from activity_achievement "
                    + "where activity_id = ? order by position")) {
                s.setLong(1, activityId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        achievements.add(new Achievement(rs.getInt(1),
                                AchievementTemplate.valueOf(rs.getString(2).split(",")[0])));
                    }
                }
            }
        }

        /** An authorised employer below the committee's forming unit (the demo: 四川省人民医院), else any. */
        private long employerBelow(long formationUnit) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("select u.id from unit u, unit f where f.id = ? "
                    + "and u.type = 'APPLYING_UNIT' and u.status = 'AUTHORIZED' "
                    + "order by (u.path like f.path || '%') desc, u.id limit 1")) {
                s.setLong(1, formationUnit);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no authorised employer unit");
                    }
                    return rs.getLong(1);
                }
            }
        }

        /** Existing bench accounts are reset (password, lock-out); missing ones are created with their role. */
        private Map<String, Long> accounts(List<String> logins, String hash) throws SQLException {
            Map<String, Long> ids = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("select login_name, id from account where login_name = any(?)")) {
                s.setArray(1, c.createArrayOf("varchar", logins.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement reset = c.prepareStatement("update account set password_hash = ?, status = 'ACTIVE', "
                    + "must_change_password = false, failed_attempts = 0, locked_until = null where id = any(?)")) {
                reset.setString(1, hash);
                reset.setArray(2, c.createArrayOf("bigint", ids.values().toArray()));
                reset.executeUpdate();
            }
            try (PreparedStatement account = c.prepareStatement("insert into account (id, login_name, display_name, "
                    + "id_number, password_hash, status, must_change_password, password_changed_at, created_at) "
                    + "values (?, ?, ?, ?, ?, 'ACTIVE', false, ?, ?)");
                 PreparedStatement membership = c.prepareStatement("insert into membership (id, account_id, unit_id, "
                         + "role) values (?, ?, ?, 'APPLICANT')")) {
                for (int i = 0; i < logins.size(); i++) {
                    String login = logins.get(i);
                    if (ids.containsKey(login)) {
                        continue;
                    }
                    long id = nextId("account_seq");
                    account.setLong(1, id);
                    account.setString(2, login);
                    account.setString(3, NAME_PREFIX + String.format("%03d", i + 1));
                    account.setString(4, login);
                    account.setString(5, hash);
                    account.setTimestamp(6, now);
                    account.setTimestamp(7, now);
                    account.addBatch();
                    membership.setLong(1, nextId("membership_seq"));
                    membership.setLong(2, id);
                    membership.setLong(3, employerId);
                    membership.addBatch();
                    ids.put(login, id);
                }
                account.executeBatch();
                membership.executeBatch();
            }
            return ids;
        }

        /** Earlier runs' applications go (entries, values and files cascade); their audit records stay. */
        private void removeOldApplications(Collection<Long> accountIds) throws SQLException {
            Array ids = c.createArrayOf("bigint", accountIds.toArray());
            try (PreparedStatement s = c.prepareStatement("delete from application where applicant_id = any(?)")) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
        }

        private long attachment(long owner, StoredFile file, String purpose) throws SQLException {
            try (PreparedStatement find = c.prepareStatement("select id from attachment where owner_account_id = ? "
                    + "and sha256 = ? and purpose = ? limit 1")) {
                find.setLong(1, owner);
                find.setString(2, file.sha256());
                find.setString(3, purpose);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            long id = nextId("attachment_seq");
            try (PreparedStatement insert = c.prepareStatement("insert into attachment (id, sha256, size_bytes, kind, "
                    + "original_name, purpose, owner_account_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, file.sha256());
                insert.setLong(3, file.bytes().length);
                insert.setString(4, file.kind());
                insert.setString(5, file.name());
                insert.setString(6, purpose);
                insert.setLong(7, owner);
                insert.setTimestamp(8, now);
                insert.executeUpdate();
            }
            return id;
        }

        private long application(long accountId, String idNumber, String name, long photoId, long documentId)
                throws SQLException {
            long id = nextId("application_seq");
            try (PreparedStatement insert = c.prepareStatement("insert into application (id, applicant_id, "
                    + "applicant_name, id_number, employer_id, kind, activity_id, committee_id, series_id, title_level, "
                    + "specialty, qualification_id, route, review_year, status, needs_entrust, created_at) "
                    + "values (?, ?, ?, ?, ?, 'REVIEW', ?, ?, ?, ?, ?, ?, 'NORMAL', ?, 'DRAFT', false, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, accountId);
                insert.setString(3, name);
                insert.setString(4, idNumber);
                insert.setLong(5, employerId);
                insert.setLong(6, activityId);
                insert.setLong(7, committeeId);
                insert.setLong(8, seriesId);
                insert.setString(9, level);
                insert.setString(10, specialty);
                insert.setLong(11, qualificationId);
                insert.setInt(12, year);
                insert.setTimestamp(13, now);
                insert.executeUpdate();
            }
            IdNumber person = IdNumber.of(idNumber);
            Entries entries = new Entries(id, accountId, photoId, documentId);
            entries.add(FormSection.BASIC, null, null, 1, Map.of("documentType", "RESIDENT_ID",
                    "sex", person.sex().name(), "birthDate", person.birthDate().toString(), "ethnicity", "汉族",
                    "political", "MASSES", "mobile", "139" + idNumber.substring(10, 17) + "0",
                    "summary", "从事临床工作二十余年（基准测试数据）。"));
            entries.add(FormSection.EDUCATION, null, null, 1, Map.of("startMonth", "1993-09", "endMonth", "1998-07",
                    "first", "YES", "highest", "YES"));
            entries.add(FormSection.QUALIFICATION, null, null, 1, Map.of("obtainedOn", "2012-12-01"));
            entries.add(FormSection.WORK, null, null, 1, Map.of("startMonth", "1998-08"));
            entries.add(FormSection.ASSESSMENT, null, null, 1, Map.of("year", String.valueOf(year - 1)));
            entries.add(FormSection.SOCIETY, null, null, 1, Map.of("startMonth", "2015-01"));
            int position = 1;
            for (Achievement achievement : achievements) {
                entries.add(FormSection.ACHIEVEMENT, achievement.template(), achievement.position(), position++,
                        Map.of());
            }
            for (Material material : materials) {
                entries.material(material);
            }
            entries.flush();
            return id;
        }

        /** The entries of one application, with values generated from the field definitions and checked by them. */
        private final class Entries {

            private final long applicationId;
            private final long ownerId;
            private final long photoId;
            private final long documentId;
            private final List<Object[]> entryRows = new ArrayList<>();
            private final List<Object[]> valueRows = new ArrayList<>();
            private final List<Object[]> fileRows = new ArrayList<>();

            Entries(long applicationId, long ownerId, long photoId, long documentId) {
                this.applicationId = applicationId;
                this.ownerId = ownerId;
                this.photoId = photoId;
                this.documentId = documentId;
            }

            void add(FormSection section, AchievementTemplate template, Integer requirement, int position,
                     Map<String, String> given) throws SQLException {
                List<FormField> fields = ApplicationForm.fieldsOf(section, template);
                Map<String, String> raw = new LinkedHashMap<>();
                for (FormField field : fields) {
                    String value = given.containsKey(field.key()) ? given.get(field.key())
                            : field.required() ? sample(field) : null;
                    if (value != null) {
                        raw.put(field.key(), value);
                    }
                }
                Map<String, String> values = EntryValues.check(key -> new Label(Label.LITERAL, key), fields, raw);
                long entryId = entry(section, template, requirement, position);
                values.forEach((key, value) -> valueRows.add(new Object[]{entryId, key, value}));
                int filePosition = 0;
                for (FileSlot slot : section.files()) {
                    if (slot.required() || section == FormSection.ACHIEVEMENT) {
                        boolean photo = "APPLICANT_PHOTO".equals(slot.purpose().name());
                        fileRows.add(new Object[]{entryId, filePosition++, slot.key(), photo ? photoId : documentId,
                                photo ? "photo.png" : "document.pdf"});
                    }
                }
            }

            void material(Material material) throws SQLException {
                long entryId = entry(FormSection.MATERIAL, null, material.position(), material.position());
                fileRows.add(new Object[]{entryId, 0, "files", material.pdf() ? documentId : photoId,
                        material.pdf() ? "document.pdf" : "photo.png"});
            }

            private long entry(FormSection section, AchievementTemplate template, Integer requirement, int position)
                    throws SQLException {
                long id = nextId("application_entry_seq");
                entryRows.add(new Object[]{id, applicationId, ownerId, section.name(),
                        template == null ? null : template.name(), requirement, position});
                return id;
            }

            void flush() throws SQLException {
                try (PreparedStatement entry = c.prepareStatement("insert into application_entry (id, application_id, "
                        + "owner_id, section, template, requirement_position, position, locked, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, false, ?)");
                     PreparedStatement value = c.prepareStatement("insert into application_entry_value (entry_id, "
                             + "field_key, field_value) values (?, ?, ?)");
                     PreparedStatement file = c.prepareStatement("insert into application_entry_file (entry_id, "
                             + "position, slot, attachment_id, file_name) values (?, ?, ?, ?, ?)")) {
                    for (Object[] row : entryRows) {
                        for (int i = 0; i < row.length; i++) {
                            entry.setObject(i + 1, row[i]);
                        }
                        entry.setTimestamp(row.length + 1, now);
                        entry.addBatch();
                    }
                    entry.executeBatch();
                    batch(value, valueRows);
                    batch(file, fileRows);
                }
            }

            private void batch(PreparedStatement statement, List<Object[]> rows) throws SQLException {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /** A value a careful applicant would type, valid for the field's kind and length. */
        private static String sample(FormField field) {
            FieldType type = field.type();
            return switch (type) {
                case DATE -> "2016-06-30";
                case MONTH -> "2016-06";
                case NUMBER -> "3";
                case YES_NO -> "YES";
                case DROPDOWN -> Choices.of(field.choices()).get(0);
                case TEXT, TEXTAREA -> {
                    String text = "基准测试" + field.key();
                    yield field.maxLength() > 0 && text.length() > field.maxLength()
                            ? text.substring(0, field.maxLength()) : text;
                }
            };
        }

        /** Ids as EclipseLink allocates them: one nextval per 50, the block ending at the value returned. */
        private long nextId(String sequence) throws SQLException {
            long[] block = idBlocks.get(sequence);
            if (block == null || block[0] > block[1]) {
                try (PreparedStatement s = c.prepareStatement("select nextval(?)")) {
                    s.setString(1, sequence);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        long last = rs.getLong(1);
                        block = new long[]{last - ALLOCATION + 1, last};
                        idBlocks.put(sequence, block);
                    }
                }
            }
            return block[0]++;
        }

        /** A file of the store's format: the row here, the bytes in ZC_BENCH_ATTACHMENT_DIR when given. */
        private static StoredFile store(byte[] bytes, String kind, String name) throws Exception {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String dir = System.getenv("ZC_BENCH_ATTACHMENT_DIR");
            if (dir != null && !dir.isBlank()) {
                Path target = Path.of(dir, sha.substring(0, 2), sha);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                }
            }
            return new StoredFile(bytes, sha, kind, name);
        }

        private static byte[] png() throws IOException {
            BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 160; y++) {
                for (int x = 0; x < 120; x++) {
                    image.setRGB(x, y, y < 40 ? 0x2f6fb0 : 0xf2f2f2);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }

        private static byte[] pdf() {
            String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n";
            return body.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * The i-th bench applicant's 身份证号: 成都市锦江区 (510104), born 1975-01-01 plus i days, sequence 99x, with its
     * check character — valid by the application's own rule and far from the demo people.
     */
    static String idNumber(int i) {
        LocalDate birth = FIRST_BIRTH_DATE.plusDays(i);
        String body = "510104" + birth.toString().replace("-", "") + "99" + (i % 10);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        String id = body + "10X98765432".charAt(sum % 11);
        if (!IdNumber.isValid(id)) {
            throw new IllegalStateException("generated an invalid ID number " + id);
        }
        return id;
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
}
