package cn.zhicheng.bench;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleQualification;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryImportJobs;
import cn.zhicheng.history.HistoryTemplate;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.InTransaction;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.it.TestData;
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

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The historical-title import of 20,000 rows (issue 8's benchmark; {@code -Dbench.rows} changes it) inside the real
 * server: the {@code historicalTitleImport} job started through its EJB facade, every rule of SPEC §3.13.2, against
 * PostgreSQL. Prints rows/s end to end and the server's heap before and at its peak (the sum of the heap pools'
 * peaks) — no assertions on time. Not part of the test suite (the name does not end in IT): run it with
 * {@code mvn -B -pl ear verify -Dit.test=HistoryImportServerBench -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false}; the numbers also go to the test domain's
 * {@code logs/history-import-server.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryImportServerBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 20_000);
    private static final String PASSWORD = "Bench@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(HistoryImportServerBench.class);
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

    @Test
    void importTwentyThousandHistoricalCertificates() throws Exception {
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

        Path file = Files.createTempFile("history-bench", ".xlsx");
        List<List<String>> rows = new ArrayList<>(ROWS);
        Set<String> ids = new HashSet<>();
        while (rows.size() < ROWS) {
            String idNumber = TestData.idNumber();
            if (ids.add(idNumber)) {
                List<String> cells = new ArrayList<>(HistoryTemplate.EXAMPLE);
                cells.set(HistoryColumn.NAME.ordinal(), "人员" + rows.size() % 10_000);
                cells.set(HistoryColumn.ID_NUMBER.ordinal(), idNumber);
                cells.set(HistoryColumn.SEX.ordinal(), (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女");
                cells.set(HistoryColumn.BIRTH_DATE.ordinal(), idNumber.substring(6, 14));
                cells.set(HistoryColumn.SERIES.ordinal(), world[1]);
                cells.set(HistoryColumn.INSTITUTION.ordinal(), world[2]);
                cells.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), "");
                rows.add(cells);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeRows(out, List.of(), rows, List.of());
        }
        rows.clear();
        long fileBytes = Files.size(file);

        System.gc();
        long before = usedHeapMegabytes();
        resetHeapPeaks();
        long started = System.nanoTime();
        JobView view = await(imports.upload(AcquisitionType.REVIEW, "基准人社职〔2018〕" + (System.nanoTime() % 100_000)
                + "号", file, new Properties()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String report = String.format("historical-title import inside Payara, %,d rows, file %,d KB%n"
                        + "%s: %,d records, %,d failed in %.1f s = %,.0f rows/s; server heap %d MB before, peak %d MB"
                        + " during the run%n", ROWS, fileBytes / 1024, view.status(), view.processedItems(),
                view.failedItems(), took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()), before,
                peakHeapMegabytes());
        Files.deleteIfExists(file);
        System.out.print(report);
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("history-import-server.txt"), report);
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
