package cn.zhicheng.it.catalog;

import cn.zhicheng.audit.AuditLog;
import cn.zhicheng.audit.AuditRecord;
import cn.zhicheng.catalog.CatalogChoice;
import cn.zhicheng.catalog.CatalogService;
import cn.zhicheng.catalog.LevelGroup;
import cn.zhicheng.catalog.QualificationRow;
import cn.zhicheng.catalog.SeriesRow;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleRename;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.SignIn;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.Callers;
import cn.zhicheng.org.Permission;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The title catalog inside the real server (SPEC §3.16): the V13 seed equals the national catalog file, maintenance
 * rules (add, rename keeping identity and history, retire, reinstate), retired entries out of the active choices but
 * still loadable by id, the province-root-only access and the audit of every change.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    private static final String DEMO = "Demo@2026";
    private static final String CSV = "title-catalog.csv";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(CatalogIT.class, SignIn.class);
        ear.getAsType(WebArchive.class, Deployments.WAR).addAsResource(referenceCatalog(), CSV);
        return ear;
    }

    /**
     * The shared reference file beside the checkout (found upwards from the build directory, so a git worktree
     * finds it too; {@code -Dcatalog.csv} names another), so the seed is compared with the file itself.
     */
    private static File referenceCatalog() {
        String named = System.getProperty("catalog.csv");
        if (named != null) {
            return new File(named);
        }
        for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            File candidate = new File(dir, "shared/reference/title-catalog.csv");
            if (candidate.isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/reference/title-catalog.csv not found above " + new File("")
                .getAbsolutePath() + "; name it with -Dcatalog.csv");
    }

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @EJB
    private CatalogService catalog;

    @EJB
    private AuditLog auditLog;

    @EJB
    private Callers callers;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Test
    void theSeedHoldsExactlyTheNationalCatalog() throws Exception {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(CSV)), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
                String[] cells = line.split(",");
                series.add(cells[0].strip());
                rows.add(cells[0].strip() + "|" + TitleLevel.fromCatalogName(cells[1]) + "|" + cells[2].strip());
            });
        }
        assertEquals(26, series.size(), "the file's distinct series");
        assertEquals(132, rows.size(), "the file's rows");

        List<String> seededSeries = em.createQuery("select s.name from TitleSeries s where s.name in :names",
                String.class).setParameter("names", series).getResultList();
        assertEquals(series, new HashSet<>(seededSeries), "every series of the file, once");
        Set<String> inDatabase = new HashSet<>();
        em.createQuery("select q.series.name, q.level, q.name from TitleQualification q where q.series.name in :names",
                        Object[].class).setParameter("names", series).getResultList()
                .forEach(r -> inDatabase.add(r[0] + "|" + r[1] + "|" + r[2]));
        assertTrue(inDatabase.containsAll(rows), "every row of the file is in the catalog");

        signIn("sc_hrss");
        CatalogChoice teachers = catalog.activeSeries().stream().filter(c -> c.name().equals("高等学校教师"))
                .findFirst().orElseThrow();
        assertEquals(List.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY, TitleLevel.INTERMEDIATE,
                TitleLevel.ASSISTANT), catalog.activeLevelsOf(teachers.id()));
        assertEquals(List.of("教授"), names(catalog.activeQualifications(teachers.id(), TitleLevel.SENIOR_FULL)));
        assertEquals(List.of("副教授"), names(catalog.activeQualifications(teachers.id(), TitleLevel.SENIOR_DEPUTY)));
        assertEquals(List.of("讲师"), names(catalog.activeQualifications(teachers.id(), TitleLevel.INTERMEDIATE)));
        assertEquals(List.of("助教"), names(catalog.activeQualifications(teachers.id(), TitleLevel.ASSISTANT)));
    }

    @Test
    void theProvinceAdministratorMaintainsTheCatalogAndRenamesKeepIdentity() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        signIn("sc_hrss_admin");
        assertTrue(catalog.callerMaintains());

        Long seriesId = catalog.addSeries("测试系列" + tag);
        rejected(() -> catalog.addSeries(" 测试系列" + tag + " "), "catalog.series.duplicate");
        rejected(() -> catalog.addSeries("高等学校教师"), "catalog.series.duplicate");
        rejected(() -> catalog.addSeries(" "), "catalog.series.required");
        rejected(() -> catalog.addSeries("名".repeat(101)), "catalog.series.tooLong");
        assertEquals(1, catalog.countSeries("测试系列" + tag));
        SeriesRow fresh = catalog.listSeries("测试系列" + tag, 0, 10).get(0);
        assertEquals(0, fresh.qualifications());

        Long senior = catalog.addQualification(seriesId, TitleLevel.SENIOR_FULL, "正高级测试师");
        Long deputy = catalog.addQualification(seriesId, TitleLevel.SENIOR_DEPUTY, "高级测试师");
        Long otherDeputy = catalog.addQualification(seriesId, TitleLevel.SENIOR_DEPUTY, "高级测评师");
        rejected(() -> catalog.addQualification(seriesId, TitleLevel.SENIOR_DEPUTY, "高级测试师"),
                "catalog.qualification.duplicate");
        catalog.addQualification(seriesId, TitleLevel.INTERMEDIATE, "高级测试师"); // same name, other level: allowed
        rejected(() -> catalog.addQualification(seriesId, null, "无层级"), "catalog.level.required");
        rejected(() -> catalog.addQualification(null, TitleLevel.JUNIOR, "无系列"), "catalog.series.choose");
        assertEquals(4, catalog.listSeries("测试系列" + tag, 0, 10).get(0).qualifications());

        OffsetDateTime beforeRename = Times.now();
        Thread.sleep(5);
        catalog.renameQualification(deputy, "副高级测试师");
        rejected(() -> catalog.renameQualification(deputy, "副高级测试师"), "catalog.rename.unchanged");
        rejected(() -> catalog.renameQualification(otherDeputy, "副高级测试师"), "catalog.qualification.duplicate");
        catalog.renameQualification(senior, "副高级测试师"); // the same name at another level is allowed
        QualificationRow renamed = catalog.qualification(deputy).orElseThrow();
        assertEquals("副高级测试师", renamed.name(), "same id, new name");
        assertEquals(TitleLevel.SENIOR_DEPUTY, renamed.level());
        assertEquals("高级测试师", catalog.qualificationNameAt(deputy, beforeRename).orElseThrow(),
                "history shows the name valid at the time");
        assertEquals("副高级测试师", catalog.qualificationNameAt(deputy, Times.now()).orElseThrow());
        List<TitleRename> renames = catalog.renames(TitleRename.EntryType.QUALIFICATION, deputy);
        assertEquals(1, renames.size());

        catalog.renameSeries(seriesId, "测试系列改" + tag);
        rejected(() -> catalog.renameSeries(seriesId, "高等学校教师"), "catalog.series.duplicate");
        assertEquals("测试系列" + tag, catalog.seriesNameAt(seriesId, beforeRename).orElseThrow());
        assertEquals("测试系列改" + tag, catalog.series(seriesId).orElseThrow().name());

        List<LevelGroup> groups = catalog.qualificationsOf(seriesId);
        assertEquals(List.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_DEPUTY, TitleLevel.INTERMEDIATE),
                groups.stream().map(LevelGroup::level).toList(), "grouped by level, highest first");

        List<AuditRecord> history = auditLog.history("TITLE_QUALIFICATION", deputy);
        assertEquals(List.of("CREATE", "RENAME"), history.stream().map(AuditRecord::getAction).toList());
        assertEquals("sc_hrss_admin", history.get(1).getActorLogin());
        assertEquals("高级测试师 → 副高级测试师", history.get(1).getOpinion());
        assertEquals(List.of("CREATE", "RENAME"),
                auditLog.history("TITLE_SERIES", seriesId).stream().map(AuditRecord::getAction).toList());
    }

    @Test
    void retiredEntriesLeaveTheChoicesButStayLoadable() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        signIn("admin"); // the system administrator maintains the catalog too
        assertTrue(catalog.callerMaintains());
        Long seriesId = catalog.addSeries("停用测试" + tag);
        Long kept = catalog.addQualification(seriesId, TitleLevel.INTERMEDIATE, "保留师");
        Long retired = catalog.addQualification(seriesId, TitleLevel.INTERMEDIATE, "停用师");
        Long junior = catalog.addQualification(seriesId, TitleLevel.JUNIOR, "员级停用师");

        catalog.retireQualification(retired);
        rejected(() -> catalog.retireQualification(retired), "catalog.qualification.alreadyRetired");
        catalog.retireQualification(junior);

        assertEquals(List.of("保留师"), names(catalog.activeQualifications(seriesId, TitleLevel.INTERMEDIATE)));
        assertEquals(List.of(TitleLevel.INTERMEDIATE), catalog.activeLevelsOf(seriesId),
                "a level whose names are all retired is not offered");
        QualificationRow old = catalog.qualification(retired).orElseThrow();
        assertTrue(old.retired(), "an old record still loads its retired qualification");
        assertEquals("停用师", old.name());
        SeriesRow row = catalog.seriesRow(seriesId);
        assertEquals(3, row.qualifications());
        assertEquals(1, row.activeQualifications());

        catalog.retireSeries(seriesId);
        rejected(() -> catalog.retireSeries(seriesId), "catalog.series.alreadyRetired");
        assertFalse(catalog.activeSeries().stream().anyMatch(c -> c.id().equals(seriesId)));
        assertTrue(catalog.activeLevelsOf(seriesId).isEmpty());
        assertTrue(catalog.activeQualifications(seriesId, TitleLevel.INTERMEDIATE).isEmpty());
        assertTrue(catalog.series(seriesId).orElseThrow().retired(), "still loadable by id");
        assertTrue(catalog.qualification(kept).orElseThrow().retired(), "retired with its series");
        rejected(() -> catalog.addQualification(seriesId, TitleLevel.INTERMEDIATE, "新增师"), "catalog.series.retired");
        rejected(() -> catalog.reinstateQualification(retired), "catalog.series.retired");

        catalog.reinstateSeries(seriesId);
        rejected(() -> catalog.reinstateSeries(seriesId), "catalog.series.notRetired");
        catalog.reinstateQualification(retired);
        rejected(() -> catalog.reinstateQualification(kept), "catalog.qualification.notRetired");
        assertEquals(List.of("保留师", "停用师"),
                names(catalog.activeQualifications(seriesId, TitleLevel.INTERMEDIATE)));

        assertEquals(List.of("CREATE", "RETIRE", "REINSTATE"),
                auditLog.history("TITLE_QUALIFICATION", retired).stream().map(AuditRecord::getAction).toList());
        AuditRecord retirement = auditLog.history("TITLE_SERIES", seriesId).get(1);
        assertEquals("RETIRE", retirement.getAction());
        assertEquals("ACTIVE", retirement.getFromStatus());
        assertEquals("RETIRED", retirement.getToStatus());
        assertEquals("admin", retirement.getActorLogin());
    }

    @Test
    void seriesCategoriesAreSeededEditedWithTheNameAndAudited() throws Exception {
        Map<String, String> seeded = new HashMap<>();
        em.createQuery("select s.name, s.category from TitleSeries s where s.name in :names", Object[].class)
                .setParameter("names", List.of("高等学校教师", "中小学教师", "卫生技术人员", "工程技术人员", "会计人员",
                        "农业技术人员", "律师"))
                .getResultList().forEach(r -> seeded.put((String) r[0], (String) r[1]));
        assertEquals(Map.of("高等学校教师", "教学类", "中小学教师", "教学类", "卫生技术人员", "卫生类",
                "工程技术人员", "工程类", "会计人员", "经济类", "农业技术人员", "农业类", "律师", "法律类"), seeded,
                "V86 places the national series");
        Set<String> national = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(CSV)), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> national.add(line.split(",")[0].strip()));
        }
        assertEquals(List.of(), em.createQuery("select s.name from TitleSeries s where s.category is null"
                + " and s.name in :names", String.class).setParameter("names", national).getResultList(),
                "every national series has a category");

        String tag = String.valueOf(System.nanoTime());
        signIn("sc_hrss_admin");
        assertTrue(catalog.seriesCategories().containsAll(List.of("教学类", "卫生类", "工程类", "经济类", "农业类")));
        Long seriesId = catalog.addSeries("类别测试" + tag, " 测试类 ");
        rejected(() -> catalog.addSeries("类别测试二" + tag, "类".repeat(21)), "catalog.series.categoryTooLong");
        SeriesRow row = catalog.seriesRow(seriesId);
        assertEquals("测试类", row.category());
        assertTrue(catalog.seriesCategories().contains("测试类"));
        assertEquals(List.of("类别测试" + tag), catalog.activeSeriesIn("测试类").stream().map(CatalogChoice::name)
                .toList(), "HB 申报类别 narrows the series of 新增申报");
        assertTrue(catalog.activeSeriesIn("卫生类").stream().anyMatch(c -> c.name().equals("卫生技术人员")));
        assertTrue(catalog.activeSeriesIn("卫生类").stream().noneMatch(c -> c.name().equals("工程技术人员")));
        assertEquals(catalog.activeSeries(), catalog.activeSeriesIn(" "), "no category: every series");

        catalog.editSeries(seriesId, "类别测试" + tag, "另一测试类");
        assertEquals("类别测试" + tag, catalog.seriesRow(seriesId).name(), "the category alone changes");
        assertEquals("另一测试类", catalog.seriesRow(seriesId).category());
        catalog.editSeries(seriesId, " 类别测试改" + tag, "另一测试类");
        assertEquals("类别测试改" + tag, catalog.seriesRow(seriesId).name(), "the name alone changes");
        rejected(() -> catalog.editSeries(seriesId, "类别测试改" + tag, " 另一测试类 "), "catalog.series.unchanged");
        rejected(() -> catalog.editSeries(seriesId, "高等学校教师", null), "catalog.series.duplicate");
        assertEquals("另一测试类", catalog.seriesRow(seriesId).category(), "a refused edit changes nothing");
        catalog.editSeries(seriesId, "类别测试改" + tag, " ");
        assertNull(catalog.seriesRow(seriesId).category(), "blank: no category");
        rejected(() -> catalog.categorizeSeries(seriesId, null), "catalog.series.categoryUnchanged");

        List<AuditRecord> history = auditLog.history("TITLE_SERIES", seriesId);
        assertEquals(List.of("CREATE", "CATEGORIZE", "RENAME", "CATEGORIZE"),
                history.stream().map(AuditRecord::getAction).toList());
        assertEquals("类别测试" + tag + " / 测试类", history.get(0).getOpinion());
        assertEquals("类别测试" + tag + "：测试类 → 另一测试类", history.get(1).getOpinion());
        assertEquals("类别测试改" + tag + "：另一测试类 → —", history.get(3).getOpinion());

        signIn("cd_hrss_admin");
        denied(() -> catalog.categorizeSeries(seriesId, "市级类"));
        denied(() -> catalog.editSeries(seriesId, "市级改名", "市级类"));
        assertTrue(catalog.seriesCategories().contains("教学类"), "the categories are open to every signed-in user");
    }

    @Test
    void onlyTheProvinceRootMaintainsTheCatalog() throws Exception {
        signIn("sc_hrss_admin");
        Long seriesId = catalog.addSeries("权限测试" + System.nanoTime());
        Long qualification = catalog.addQualification(seriesId, TitleLevel.INTERMEDIATE, "权限师");

        signIn("cd_hrss_admin");
        Account city = callers.current();
        assertFalse(city.permissions().contains(Permission.TITLE_CATALOG),
                "a city HRSS super administrator does not hold the root unit's function (nor sees it in the menu)");
        assertFalse(catalog.callerMaintains(), "and the service admits the root unit only");
        denied(() -> catalog.addSeries("市级系列" + System.nanoTime()));
        denied(() -> catalog.addQualification(seriesId, TitleLevel.JUNIOR, "市级师"));
        denied(() -> catalog.renameSeries(seriesId, "市级改名"));
        denied(() -> catalog.retireQualification(qualification));
        denied(() -> catalog.reinstateSeries(seriesId));
        denied(() -> catalog.listSeries(null, 0, 10));
        denied(() -> catalog.qualificationsOf(seriesId));
        denied(catalog::requireMaintainer);
        assertFalse(catalog.activeSeries().isEmpty(), "the choices are open to every signed-in user");

        signIn("sc_hrss"); // the province's handler: not the super administrator, and the function is not grantable
        assertFalse(catalog.callerMaintains());
        denied(() -> catalog.retireSeries(seriesId));
        assertFalse(catalog.series(seriesId).orElseThrow().retired());
    }

    private static List<String> names(List<CatalogChoice> choices) {
        return choices.stream().map(CatalogChoice::name).toList();
    }

    private void signIn(String login) throws Exception {
        SignIn.as(securityContext, request, login, DEMO);
    }

    private static void rejected(Executable action, String key) {
        rejected(action, key, key);
    }

    private static void rejected(Executable action, String key, String why) {
        BusinessException e = assertThrows(BusinessException.class, action, why);
        assertFalse(e instanceof AccessDeniedException, why);
        assertEquals(key, e.getMessageKey(), why);
    }

    private static void denied(Executable action) {
        assertThrows(AccessDeniedException.class, action);
    }
}
