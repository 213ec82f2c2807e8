package cn.zhicheng.bench;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.committee.Committee;
import cn.zhicheng.expert.ExpertField;
import cn.zhicheng.expert.ExpertImportJobs;
import cn.zhicheng.expert.ExpertTemplate;
import cn.zhicheng.expert.ImportMode;
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
 * The expert import of 20,000 rows inside the real server (SPEC §3.6.3, issue 4's benchmark): the {@code expertImport}
 * job started through its EJB facade, CHECK then IMPORT, against PostgreSQL. Prints rows/s per phase and the server's
 * peak heap (the sum of the heap pools' peaks, reset before each phase) — no assertions on time. Not part of the test
 * suite (the name does not end in IT): {@code ./zc bench} runs it with {@code -Dit.test=ExpertImportServerBench}, and
 * the numbers are also written to the test domain's {@code logs/expert-import-server.txt}, which it prints.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertImportServerBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 20_000);
    private static final String PASSWORD = "Bench@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ExpertImportServerBench.class);
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
    private ExpertImportJobs imports;

    @EJB
    private BatchJobs jobs;

    @Test
    void importTwentyThousandExperts() throws Exception {
        String tag = "bench" + System.nanoTime();
        Object[] world = InTransaction.call(tx, () -> {
            Unit province = new Unit(tag + "省人社厅", null, UnitType.HRSS, HrssLevel.PROVINCE, "510000", Times.now());
            em.persist(province);
            province.placeUnder(null);
            Unit department = new Unit(tag + "卫健委", null, UnitType.COMPETENT_DEPARTMENT, null, "510000", Times.now());
            em.persist(department);
            department.placeUnder(province);
            TitleSeries series = new TitleSeries(tag + "卫生");
            em.persist(series);
            Committee committee = new Committee(tag + "评委会", department, series, false, Times.now());
            em.persist(committee);
            Account admin = Account.selfRegistered(tag, "基准", null, null, hasher.hash(PASSWORD), Times.now());
            admin.grant(Role.UNIT_ADMIN, department);
            em.persist(admin);
            return new Object[]{committee.getId(), admin.getLoginName()};
        });
        Long committeeId = (Long) world[0];
        SignIn.as(securityContext, request, (String) world[1], PASSWORD);

        Path file = Files.createTempFile("experts-bench", ".xlsx");
        List<List<String>> rows = new ArrayList<>(ROWS);
        Set<String> ids = new HashSet<>();
        while (rows.size() < ROWS) {
            String idNumber = TestData.idNumber();
            if (ids.add(idNumber)) {
                List<String> cells = new ArrayList<>(ExpertTemplate.EXAMPLE);
                cells.set(ExpertField.NAME.ordinal(), "专家" + rows.size() % 10_000);
                cells.set(ExpertField.ID_NUMBER.ordinal(), idNumber);
                cells.set(ExpertField.SEX.ordinal(), "");
                cells.set(ExpertField.BIRTH_MONTH.ordinal(), "");
                cells.set(ExpertField.SERIES.ordinal(), "");
                rows.add(cells);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ExpertTemplate.writeRows(out, rows, List.of());
        }
        rows.clear();
        long fileBytes = Files.size(file);

        StringBuilder report = new StringBuilder();
        report.append(String.format("expert import inside Payara, %,d rows, file %,d KB%n", ROWS, fileBytes / 1024));
        for (ImportMode mode : List.of(ImportMode.CHECK, ImportMode.IMPORT)) {
            System.gc();
            long before = usedHeapMegabytes();
            resetHeapPeaks();
            long started = System.nanoTime();
            JobView view = await(imports.start(committeeId, file, mode, new Properties()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            report.append(String.format("%-6s %s: %,d rows ok, %,d failed in %.1f s = %,.0f rows/s; server heap %d MB"
                            + " before, peak %d MB during the run%n", mode, view.status(), view.processedItems(),
                    view.failedItems(), took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()),
                    before, peakHeapMegabytes()));
        }
        Files.deleteIfExists(file);
        System.out.print(report);
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("expert-import-server.txt"), report);
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
