package cn.zhicheng.bench;

import cn.zhicheng.activity.AchievementRequirement;
import cn.zhicheng.activity.AchievementTemplate;
import cn.zhicheng.activity.AchievementTitle;
import cn.zhicheng.activity.Activity;
import cn.zhicheng.activity.ActivityBasics;
import cn.zhicheng.activity.ActivityCategory;
import cn.zhicheng.activity.ActivitySchedule;
import cn.zhicheng.activity.EvaluationMethod;
import cn.zhicheng.activity.RequiredMaterial;
import cn.zhicheng.attachment.FileKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.committee.CommitteeAccount;
import cn.zhicheng.committee.CommitteeFormation;
import cn.zhicheng.committee.CommitteeProfile;
import cn.zhicheng.committee.CommitteeReviewType;
import cn.zhicheng.committee.Specialty;
import cn.zhicheng.config.Defense;
import cn.zhicheng.config.ReviewMode;
import cn.zhicheng.config.WrittenExam;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.QualificationFilter;
import cn.zhicheng.review.QualificationReviews;
import cn.zhicheng.review.QualificationTab;
import cn.zhicheng.shared.ListChanges;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.RosterSheets;
import cn.zhicheng.review.StatusGroup;
import cn.zhicheng.shared.Times;
import cn.zhicheng.web.review.RosterWorkbook;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 7's benchmark (SPEC §3.9.5, §3.15.3, §4.7) inside the real server: 200,000 applications (and as many
 * applicant accounts) seeded by {@code COPY ... FROM STDIN} into one committee's activity, 20 hospitals under a
 * 主管部门, names from 20 surnames (张 about 30 %), submitted over 60 days, 70 % at or accepted by the committee (25 %
 * accepted: the export's 50,000 rows; 1 in 30 of those at the committee back after its return: 二次申报). Then, as the
 * committee administrator, through the EJBs the screens call (server-side time per call; p50, p95, max; the load
 * average with each line, since other work shares the machine):
 * <ul>
 *   <li>资格审核 ({@link QualificationReviews}), tab 初次申报 filtered by series and 姓名 contains "张": the counters
 *   line, the tab counts, the 主管部门 options and a whole filter change, one user; list + count (what the lazy table
 *   asks for every page) for page 1 and page 500 of 50 rows, one user and 50 concurrent users (p50, p95, p99, max
 *   of the server time of each call; the first 50-user load of the server apart, see {@link #pages}), with the list
 *   memo filled (the usual call) and emptied before every call ({@link ListChanges#changed()}: as if applications
 *   changed all the time);</li>
 *   <li>the committee's application queries ({@link ApplicationQueries}), series and 姓名 "张", every status: the
 *   same;</li>
 *   <li>the 职称申报人员信息表 export of 50,000 rows through the real streaming writer (time, live-heap peak sampled with
 *   a full GC every second, the heap pools' peak).</li>
 * </ul>
 * Prints numbers, asserts nothing; the numbers also go to the test domain's
 * {@code logs/application-queries-server.txt}. Not part of the suite (the name does not end in IT):
 * {@code mvn -B -pl ear verify -Dit.test=ApplicationQueriesServerBench -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationQueriesServerBench {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 200_000);
    private static final int EXPORT_ROWS = 50_000;
    private static final int USERS = 50;
    private static final List<Integer> PAGES = List.of(1, 500);
    private static final int PAGE_SIZE = 50;
    /** list + count rounds of each user in a measured load (5,000 calls of each kind with 50 users). */
    private static final int ROUNDS = 100;
    /** list + count rounds of each user in the first 50-user load of a list and in the warm-up load after it. */
    private static final int FIRST_ROUNDS = 20;
    private static final int COLD_CALLS_PER_USER = 4;
    /** list + count rounds by one caller before the first 50-user load (the JIT compiles the hot paths first). */
    private static final int WARM_UP = 200;
    private static final String PASSWORD = "Bench@2026";
    private static final String[] SURNAMES = {"张", "张", "张", "张", "张", "张", "王", "李", "赵", "刘", "陈", "杨",
            "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
    private static final String[] SPECIALTIES = {"心血管内科", "呼吸内科", "消化内科", "普通外科", "骨科", "神经外科",
            "妇产科", "儿科", "口腔医学", "眼科"};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ApplicationQueriesServerBench.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    @Resource
    private ContextService contexts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private ApplicationQueries queries;

    @EJB
    private QualificationReviews reviews;

    @Test
    void committeeListAndRosterExport() throws Exception {
        String tag = "aqb" + System.nanoTime();
        Object[] world = InTransaction.call(tx, () -> world(tag));
        Long committeeId = (Long) world[0];
        StringBuilder report = new StringBuilder();
        long seedStarted = System.nanoTime();
        seed(tag, world);
        report.append(String.format("application queries inside Payara: %,d applications seeded by COPY in %.1f s%n",
                APPLICATIONS, (System.nanoTime() - seedStarted) / 1e9));

        SignIn.as(securityContext, request, (String) world[1], PASSWORD);
        Long activityId = (Long) world[3];

        // 资格审核 (QualificationReviews), the list the issue names: 初次申报 filtered by series and 姓名 contains "张"
        QualificationFilter filter = new QualificationFilter(null, (Long) world[2], null, null, null, null, null,
                null, "张", null);
        report.append(String.format("资格审核 初次申报, series + 姓名 contains \"张\": %,d matching rows; tabs %s; %s%n",
                reviews.count(activityId, QualificationTab.FIRST, filter), reviews.tabCounts(activityId, filter),
                loadAverage()));
        report.append(single("资格审核 counters line (one grouped query)", () -> {
            reviews.counters(activityId);
            return 0;
        }));
        report.append(single("资格审核 tab counts (one grouped query)", () -> {
            reviews.tabCounts(activityId, filter);
            return 0;
        }));
        report.append(single("资格审核 主管部门 filter options", () -> reviews.departments(activityId).size()));
        report.append(single("资格审核 screen after a filter change (counters, tab counts, 主管部门 options, count,"
                + " page 1)", () -> {
            reviews.counters(activityId);
            reviews.tabCounts(activityId, filter);
            reviews.departments(activityId);
            reviews.count(activityId, QualificationTab.FIRST, filter);
            return reviews.list(activityId, QualificationTab.FIRST, filter, 0, 50).size();
        }));
        Call[] reviewLists = new Call[2];
        Call reviewCount = () -> reviews.count(activityId, QualificationTab.FIRST, filter);
        for (int i = 0; i < PAGES.size(); i++) {
            int first = (PAGES.get(i) - 1) * PAGE_SIZE;
            reviewLists[i] = () -> reviews.list(activityId, QualificationTab.FIRST, filter, first, PAGE_SIZE).size();
            report.append(single("资格审核 page " + PAGES.get(i) + " list", reviewLists[i], reviewCount));
            report.append(single("资格审核 page " + PAGES.get(i) + " count", reviewCount));
        }
        report.append(pages("资格审核", reviewLists, reviewCount, true));

        // the committee's application queries (ApplicationQueries): series + 姓名 prefix "张", every status
        ApplicationQuery query = new ApplicationQuery(null, "张", null, null, (Long) world[2], null, null, null, null,
                committeeId, null, StatusGroup.ALL);
        report.append(String.format("committee list (ApplicationQueries), series + 姓名 \"张\": %,d matching rows; %s%n",
                queries.count(query), loadAverage()));
        Call[] queryLists = new Call[2];
        Call queryCount = () -> queries.count(query);
        for (int i = 0; i < PAGES.size(); i++) {
            int first = (PAGES.get(i) - 1) * PAGE_SIZE;
            queryLists[i] = () -> queries.page(query, first, PAGE_SIZE).size();
            report.append(single("queries page " + PAGES.get(i) + " list", queryLists[i], queryCount));
            report.append(single("queries page " + PAGES.get(i) + " count", queryCount));
        }
        report.append(pages("queries", queryLists, queryCount, false));

        ApplicationQuery export = new ApplicationQuery(null, null, null, null, null, null, null, null, null,
                committeeId, null, StatusGroup.ACCEPTED);
        long exportRows = queries.count(export);
        RosterSheets sheets = queries.rosterSheets(committeeId);
        RosterWorkbook.Labels labels = RosterWorkbook.Labels.of(Locale.SIMPLIFIED_CHINESE);
        for (int run = 1; run <= 2; run++) {
            System.gc();
            long liveBefore = usedHeapMegabytes();
            LiveHeap live = run == 2 ? LiveHeap.sample() : null;
            resetHeapPeaks();
            Path file = Files.createTempFile("roster-bench", ".xlsx");
            long started = System.nanoTime();
            long written;
            try (OutputStream out = Files.newOutputStream(file)) {
                written = RosterWorkbook.write(out, sheets, "全部", after -> queries.chunkAfter(export, after, 1_000),
                        labels);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long livePeak = live == null ? -1 : live.stop();
            report.append(String.format("roster export run %d: %,d rows (%,d expected) in %.1f s = %,.0f rows/s, file %,d"
                            + " KB, %d sheets; heap before %d MB, heap pools' peak %d MB%s%n", run, written,
                    exportRows, seconds, written / seconds, Files.size(file) / 1024, sheets.sheetNames().size(),
                    liveBefore, peakHeapMegabytes(), live == null ? ""
                            : String.format(", live-heap peak %d MB (+%d MB; full GC every second)", livePeak,
                            livePeak - liveBefore)));
            Files.deleteIfExists(file);
        }
        System.out.print(report);
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("application-queries-server.txt"), report);
    }

    /** One call of the service under test (its result: rows or a count). */
    @FunctionalInterface
    private interface Call {
        long call();
    }

    /**
     * One caller alone, 20 times: with the list memo emptied before each call (what the first call after a filter
     * change, or after any application changed, costs) and with the memo filled (later calls of the same filter).
     */
    private String single(String label, Call call) {
        return single(label, call, () -> 0);
    }

    /** {@code prime} runs once before the calls with the memo filled (a list's count fills its ids). */
    private String single(String label, Call call, Call prime) {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ListChanges.changed();
            long t0 = System.nanoTime();
            call.call();
            cold.add(System.nanoTime() - t0);
        }
        prime.call();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            call.call();
            warm.add(System.nanoTime() - t0);
        }
        return String.format("  %s, one user: memo emptied p50 %.1f / max %.1f ms; memo filled p50 %.2f / max %.2f ms%n",
                label, pct(cold, 50), pct(cold, 100), pct(warm, 50), pct(warm, 100));
    }

    /**
     * The 50-user loads of one list (list + count: what the lazy table asks for every page), in this order:
     * <ol>
     *   <li>the first 50-user load of the list in this server: page 1, 20 rounds a user after 200 rounds by one caller
     *   (until 2026-11-23 the bench's only page 1 figure). The pool opens its database connections beyond the steady
     *   size during it (a new PostgreSQL backend starts with empty caches), and the JIT compiles the concurrent paths;
     *   the database connections of the pool are shown before and after every load;</li>
     *   <li>50 users x 20 rounds over pages 1 and 500 at random: the server has served users (printed, not used);</li>
     *   <li>page 1 and page 500, 50 users x 100 rounds each, and page 1 once more when {@code again} (the order of the
     *   loads does not matter any more);</li>
     *   <li>page 1 and page 500 with the memo emptied before every call (as if applications changed all the time).</li>
     * </ol>
     */
    private String pages(String label, Call[] lists, Call count, boolean again) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < WARM_UP; i++) {
            lists[0].call();
            count.call();
        }
        out.append(load(label + " page 1, first 50-user load of this list", lists[0], count, false, FIRST_ROUNDS));
        Call either = () -> lists[ThreadLocalRandom.current().nextInt(lists.length)].call();
        out.append(load(label + " pages 1 and 500 at random, warm-up (not counted below)", either, count, false,
                FIRST_ROUNDS));
        for (int i = 0; i < PAGES.size(); i++) {
            out.append(load(label + " page " + PAGES.get(i), lists[i], count, false, ROUNDS));
        }
        if (again) {
            out.append(load(label + " page 1 again", lists[0], count, false, ROUNDS));
        }
        for (int i = 0; i < PAGES.size(); i++) {
            out.append(load(label + " page " + PAGES.get(i) + ", memo emptied before every call", lists[i], count,
                    true, COLD_CALLS_PER_USER));
        }
        return out.toString();
    }

    /**
     * 50 callers at once, each making list + count calls without pause; server-side time of each call (p50, p95,
     * p99, max). {@code cold}: the memo is emptied before every call (as if applications changed all the time).
     */
    @SuppressWarnings("unchecked")
    private String load(String label, Call list, Call count, boolean cold, int calls) throws Exception {
        List<Long> pageNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> countNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> both = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        Callable<Void> user = () -> {
            for (int i = 0; i < calls; i++) {
                try {
                    if (cold) {
                        ListChanges.changed();
                    }
                    long t0 = System.nanoTime();
                    list.call();
                    long t1 = System.nanoTime();
                    count.call();
                    long t2 = System.nanoTime();
                    pageNanos.add(t1 - t0);
                    countNanos.add(t2 - t1);
                    both.add(t2 - t0);
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            }
            return null;
        };
        Callable<Void> signedIn = contexts.createContextualProxy(user, Callable.class);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        String before = loadAverage();
        long connectionsBefore = connections();
        long started = System.nanoTime();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                futures.add(pool.submit(signedIn));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        return String.format("  %s, %d users x %d rounds:%n    list p50 / p95 / p99 / max %s ms; count %s ms; list+count"
                        + " %s ms%n    %d errors; %.0f list+count/s; %s before, %s after; pool connections %d before,"
                        + " %d after%n", label, USERS, calls, percentiles(pageNanos), percentiles(countNanos),
                percentiles(both), errors.get(), pageNanos.size() / wall, before, loadAverage(), connectionsBefore,
                connections());
    }

    private static String percentiles(List<Long> nanos) {
        return String.format("%.1f / %.1f / %.1f / %.1f", pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
                pct(nanos, 100));
    }

    /** The pool's open connections to the test database (its own included). */
    private long connections() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                     + " and application_name = 'zhicheng'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The machine's load average (1, 5, 15 minutes): other work shares the two cores. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "load average " + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static double pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private Object[] world(String tag) {
        TitleSeries series = new TitleSeries(tag + "卫生");
        em.persist(series);
        TitleQualification full = new TitleQualification(series, TitleLevel.SENIOR_FULL, tag + "主任医师");
        TitleQualification deputy = new TitleQualification(series, TitleLevel.SENIOR_DEPUTY, tag + "副主任医师");
        em.persist(full);
        em.persist(deputy);
        Unit province = unit(tag + "省人社厅", UnitType.HRSS, HrssLevel.PROVINCE, null);
        Unit department = unit(tag + "卫健委", UnitType.COMPETENT_DEPARTMENT, null, province);
        List<Long> hospitals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            hospitals.add(unit(tag + "医院" + i, UnitType.APPLYING_UNIT, null, department).getId());
        }
        Committee committee = Committee.draft(new CommitteeProfile(tag + "高评委", "人事处", "评委会办公室",
                        CommitteeReviewType.EVALUATION, EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY),
                        "张联系", "028-86130000", "成都市人民南路1号", false, false, Set.of(),
                        CommitteeFormation.BY_SERIES, List.of(), Set.of("510000")),
                department, series, province, province, Times.now());
        em.persist(committee);
        committee.authoriseAtCreation(Times.now());
        Specialty clinical = specialty(committee, null, "临床医学");
        Specialty internal = specialty(committee, clinical, "内科学");
        Specialty surgery = specialty(committee, clinical, "外科学");
        for (int i = 0; i < SPECIALTIES.length - 2; i++) {
            specialty(committee, i < 3 ? internal : i < 6 ? surgery : clinical, SPECIALTIES[i]);
        }
        OffsetDateTime start = Times.now().minusDays(1);
        Activity activity = new Activity(committee, new ActivityBasics(tag + "年度评审", "全省", Times.now().getYear(),
                ActivityCategory.ANNUAL, EvaluationMethod.EXPERT, false, WrittenExam.NONE, Defense.NONE, false, null,
                ReviewMode.ONLINE_VOTE, ActivitySchedule.of(start, start.plusDays(31), start.plusDays(41),
                start.plusDays(51), null, null), false, false, false, null, true), Times.now().toLocalDate(),
                Times.now());
        activity.open(EnumSet.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY), Set.of(), Set.of(), false);
        activity.configureAchievements(List.of(AchievementRequirement.of(1, 1, AchievementTitle.AFTER_CURRENT_TITLE,
                EnumSet.of(AchievementTemplate.GENERAL), "取得现职称后的业绩")));
        activity.configureExceptions(List.of(), null, null);
        activity.configureMaterials(List.of(RequiredMaterial.of(1, 1, "身份证", true, 1, EnumSet.of(FileKind.PDF))));
        em.persist(activity);
        activity.publishDirectly(Times.now().toLocalDate(), Times.now());
        Account admin = Account.selfRegistered(tag + "cadm", "评委会管理员", null, null, hasher.hash(PASSWORD),
                Times.now());
        admin.grant(Role.COMMITTEE_ADMIN, department);
        em.persist(admin);
        em.persist(new CommitteeAccount(admin, committee, Role.COMMITTEE_ADMIN, Times.now()));
        em.flush();
        return new Object[]{committee.getId(), admin.getLoginName(), series.getId(), activity.getId(), full.getId(),
                deputy.getId(), hospitals};
    }

    /** The accounts and applications by COPY, ids reserved above the sequences. */
    @SuppressWarnings("unchecked")
    private void seed(String tag, Object[] world) throws Exception {
        Random random = new Random(7);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long accountBase = reserve(c, "account_seq");
            long applicationBase = reserve(c, "application_seq");
            String now = Times.now().toString();
            StringBuilder accounts = new StringBuilder(APPLICATIONS * 80);
            StringBuilder applications = new StringBuilder(APPLICATIONS * 200);
            List<Long> hospitals = (List<Long>) world[6];
            // 25 % 已接收 (the export's 50,000 rows), 45 % 待资格审核, 30 % still along the unit chain
            String[] statuses = {"ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "AT_COMMITTEE",
                    "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE", "AT_COMMITTEE",
                    "AT_COMMITTEE", "AT_COMMITTEE", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "SUBMITTED", "SUBMITTED",
                    "RETURNED"};
            for (int i = 0; i < APPLICATIONS; i++) {
                long accountId = accountBase + i;
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + "申报" + (i % 997);
                String id = TestData.idNumber();
                accounts.append(accountId).append('\t').append(tag).append('-').append(i).append('\t').append(name)
                        .append("\t\\N\t\\N\tx\tACTIVE\tf\t").append(now).append('\n');
                boolean full = random.nextInt(3) == 0;
                String status = statuses[random.nextInt(statuses.length)];
                // submitted over 60 days; 1 in 30 at the committee came back after its return (二次申报), half of
                // the returned ones were returned by the committee
                String submitted = Times.now().minusMinutes(random.nextInt(60 * 24 * 60)).toString();
                String decision = status.equals("AT_COMMITTEE") && random.nextInt(30) == 0
                        || status.equals("RETURNED") && random.nextBoolean() ? "RETURNED" : "\\N";
                applications.append(applicationBase + i).append('\t').append(accountId).append('\t').append(name)
                        .append('\t').append(id).append('\t').append(hospitals.get(random.nextInt(hospitals.size())))
                        .append("\tREVIEW\t").append(world[3]).append('\t').append(world[0]).append('\t')
                        .append(world[2]).append('\t').append(full ? "SENIOR_FULL" : "SENIOR_DEPUTY").append('\t')
                        .append(SPECIALTIES[random.nextInt(SPECIALTIES.length)]).append('\t')
                        .append(full ? world[4] : world[5]).append("\tNORMAL\t").append(Times.now().getYear())
                        .append('\t').append(status).append('\t').append(now).append('\t').append(submitted)
                        .append('\t').append(submitted).append('\t').append(decision).append('\n');
            }
            copy.copyIn("copy account (id, login_name, display_name, id_number, phone, password_hash, status, "
                    + "must_change_password, created_at) from stdin", new StringReader(accounts.toString()));
            accounts.setLength(0);
            copy.copyIn("copy application (id, applicant_id, applicant_name, id_number, employer_id, kind, activity_id,"
                    + " committee_id, series_id, title_level, specialty, qualification_id, route, review_year, status,"
                    + " created_at, first_submitted_at, submitted_at, committee_decision) from stdin",
                    new StringReader(applications.toString()));
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze application");
                s.execute("vacuum analyze account");
            }
        }
    }

    /** The sequence's next value as the first id of the range, the sequence moved past the range. */
    private static long reserve(Connection c, String sequence) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select nextval('" + sequence + "')")) {
            r.next();
            long base = r.getLong(1);
            s.execute("select setval('" + sequence + "', " + (base + APPLICATIONS + 1_000) + ")");
            return base;
        }
    }

    private Specialty specialty(Committee committee, Specialty parent, String name) {
        Specialty specialty = new Specialty(committee, parent, name, Times.now());
        em.persist(specialty);
        return specialty;
    }

    private Unit unit(String name, UnitType type, HrssLevel level, Unit parent) {
        Unit unit = new Unit(name, null, type, level, "510000", Times.now());
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private static void resetHeapPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    private static long usedHeapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** Samples the live heap (used right after a full collection) once a second until stopped; the peak in MB. */
    private static final class LiveHeap implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread = new Thread(this, "live-heap-sampler");
        private volatile boolean running = true;

        static LiveHeap sample() {
            LiveHeap live = new LiveHeap();
            live.thread.setDaemon(true);
            live.thread.start();
            return live;
        }

        @Override
        public void run() {
            while (running) {
                System.gc();
                peak.accumulateAndGet(usedHeapMegabytes(), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            return peak.get();
        }
    }
}
