package cn.zhicheng.bench;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.job.BatchJobs;
import cn.zhicheng.job.JobView;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.HrssLevel;
import cn.zhicheng.org.PasswordHasher;
import cn.zhicheng.org.Role;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitType;
import cn.zhicheng.shared.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The historical-title import inside the real server (issue 8's benchmark): for each size of {@code ZC_BENCH_ROWS}
 * (comma-separated, in the environment the server starts from; default 20,000) a workbook as Excel saves it
 * ({@link HistoryWorkbooks}), then the {@code historicalTitleImport} job started through its EJB facade, every rule
 * of SPEC §3.13.2, against PostgreSQL:
 * <ul>
 *   <li>timed run: rows/s end to end (upload call to the job's end) and the heap pools' peaks;</li>
 *   <li>heap run: the same file into a batch of its own while a sampler forces a full GC every second — the peak of
 *       the live heap, the figure the 128 MB budget is about;</li>
 *   <li>a plain PostgreSQL {@code COPY ... FROM STDIN} of the same rows into an empty copy of history_record with its
 *       indexes: the physical limit of the write side.</li>
 * </ul>
 * No assertions on time. Not part of the test suite (the name does not end in IT): run it with
 * {@code ZC_BENCH_ROWS=100000,1000000 mvn -B verify -Dit.test=HistoryImportServerBench -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false} (or {@code ./zc bench}); the numbers also go to the test domain's
 * {@code logs/history-import-server.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryImportServerBench {

    private static final String PASSWORD = "Bench@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(HistoryImportServerBench.class, HistoryWorkbooks.class,
                HistoryWorkbooks.Rows.class, LiveHeap.class);
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private HistoryImportJobs imports;

    @EJB
    private BatchJobs jobs;

    @Resource(lookup = "jdbc/zhicheng")
    private DataSource dataSource;

    @Test
    void importHistoricalCertificates() throws Exception {
        String tag = "hbench" + System.nanoTime();
        String[] world = InTransaction.call(tx, () -> {
            Unit province = new Unit(tag + "省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", Times.now());
            em.persist(province);
            province.placeUnder(null);
            Unit collector = new Unit(tag + "设计院", null, UnitType.SELF_EVALUATING_UNIT, null, "510000",
                    Times.now());
            em.persist(collector);
            collector.placeUnder(province);
            TitleSeries series = new TitleSeries(tag + "工程");
            em.persist(series);
            em.persist(new TitleQualification(series, TitleLevel.SENIOR_DEPUTY, "高级工程师"));
            Committee committee = new Committee(tag + "评委会", collector, series, false, Times.now());
            em.persist(committee);
            committee.authoriseAtCreation(Times.now());
            Account admin = Account.selfRegistered(tag, "基准", null, null, hasher.hash(PASSWORD), Times.now());
            admin.grant(Role.UNIT_ADMIN, collector);
            em.persist(admin);
            return new String[]{admin.getLoginName(), series.getName(), committee.getName()};
        });
        SignIn.as(securityContext, request, world[0], PASSWORD);

        StringBuilder report = new StringBuilder();
        for (int rows : sizes()) {
            report.append(run(rows, world[1], world[2]));
        }
        System.out.print(report);
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("history-import-server.txt"), report);
    }

    /**
     * The sizes to import: {@code ZC_BENCH_ROWS} (comma-separated) of the environment the server was started from,
     * else {@code -Dbench.rows} of the server, else 20,000.
     */
    private static List<Integer> sizes() {
        String sizes = System.getenv("ZC_BENCH_ROWS");
        if (sizes == null || sizes.isBlank()) {
            sizes = System.getProperty("bench.rows", "20000");
        }
        return Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /**
     * One size: a timed import (rows/s end to end, from the upload call to the job's end), then the same file
     * imported again into a batch of its own while the heap's live data is sampled (a full collection every second:
     * the peak of what stays), then a plain COPY of the same rows.
     */
    private String run(int rows, String series, String institution) throws Exception {
        Path file = Files.createTempFile("history-bench", ".xlsx");
        try {
            long generating = System.nanoTime();
            HistoryWorkbooks.write(file, rows, i -> HistoryWorkbooks.row(i, series, institution));
            long generated = (System.nanoTime() - generating) / 1_000_000;

            System.gc();
            long before = usedHeapMegabytes();
            resetHeapPeaks();
            long started = System.nanoTime();
            JobView view = await(imports.upload(AcquisitionType.REVIEW, documentNumber(), file, chunkSize()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long peak = peakHeapMegabytes();

            System.gc();
            long liveBefore = usedHeapMegabytes();
            LiveHeap live = LiveHeap.sample();
            java.util.logging.Logger.getLogger("bench").info("heap run started");
            JobView second = await(imports.upload(AcquisitionType.REVIEW, documentNumber(), file, chunkSize()));
            long livePeak = live.stop();

            String copy = copySameRows(imports.batchOf(view.executionId()));
            return String.format("historical-title import inside Payara (-Xmx%dm), %,d rows, file %,d KB (text in"
                            + " shared strings as Excel saves it; written in %,d ms)%n"
                            + "  timed run: %s, %,d records, %,d failed in %.1f s = %,.0f rows/s end to end;"
                            + " heap %d MB before (after a full GC), peak used %d MB (pools' peaks, garbage included)%n"
                            + "  heap run: %s, %,d records; live heap %d MB before, peak %d MB (full GC every second):"
                            + " growth %d MB%n  %s",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), rows, Files.size(file) / 1024, generated,
                    view.status(), view.processedItems(), view.failedItems(), took.toMillis() / 1000.0,
                    rows * 1000.0 / Math.max(1, took.toMillis()), before, peak, second.status(),
                    second.processedItems(), liveBefore, livePeak, livePeak - liveBefore, copy);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String documentNumber() {
        return "基准人社职〔2018〕" + (System.nanoTime() % 1_000_000) + "号";
    }

    private static Properties chunkSize() {
        Properties extra = new Properties();
        String chunk = System.getenv().getOrDefault("ZC_BENCH_CHUNK", System.getProperty("bench.chunk"));
        if (chunk != null) {
            extra.setProperty("chunkSize", chunk);
        }
        return extra;
    }

    /**
     * The physical limit of the write side, in the same run: the batch's records, copied out (untimed), then loaded
     * by one plain {@code COPY ... FROM STDIN} into an empty copy of history_record with its indexes.
     */
    private String copySameRows(long batchId) throws Exception {
        Path data = Files.createTempFile("history-bench", ".copy");
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists history_record_bench");
                s.execute("create table history_record_bench (like history_record including all)");
            }
            try (OutputStream out = Files.newOutputStream(data)) {
                copy.copyOut("copy (select * from history_record where batch_id = " + batchId + ") to stdout", out);
            }
            long started = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(data)) {
                copied = copy.copyIn("copy history_record_bench from stdin", in);
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            try (Statement s = c.createStatement()) {
                s.execute("drop table history_record_bench");
            }
            return String.format("plain PostgreSQL COPY of the same %,d rows (%,d KB of COPY text) into an empty"
                    + " copy of history_record with its indexes: %.1f s = %,.0f rows/s%n", copied,
                    Files.size(data) / 1024, millis / 1000.0, copied * 1000.0 / millis);
        } finally {
            Files.deleteIfExists(data);
        }
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

    private JobView await(long executionId) throws InterruptedException {
        JobView view = jobs.view(executionId);
        while (view.isRunning()) {
            Thread.sleep(100);
            view = jobs.view(executionId);
        }
        return view;
    }

    private static void resetHeapPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long usedHeapMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
