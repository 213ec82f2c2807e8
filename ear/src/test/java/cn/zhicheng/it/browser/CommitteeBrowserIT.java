package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Committee filing in a browser (SPEC §3.5.1, §3.5.2): the demo 主管部门 经办人 (health_dept, 四川省卫生健康委员会)
 * creates a committee through the wizard, is told why it cannot file with too few experts, files it once the pool has
 * 25 members (seeded over JDBC: the expert pool screens belong to the expert capability), and the province 人社厅
 * (sc_hrss) passes it as authorising unit and as filing unit; the list then shows 已备案 in green with its 备案有效期.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String PROVINCE = "四川省人力资源和社会保障厅";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = new Browser(url);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aCompetentDepartmentFilesACommitteeThatTheProvinceApprovesTwice() throws Exception {
        String tag = "cb" + Long.toString(System.nanoTime(), 36);
        String name = tag + "卫生系列中级职称评审委员会";
        long seriesId = seedSeries(tag + "卫生技术人员");

        browser.signIn("health_dept", DEMO);
        assertTrue(browser.menuIds().contains("UNIT_COMMITTEES"), browser.menuIds().toString());
        browser.open("unit/committees/edit.xhtml");
        browser.type(By.id("editForm:name"), name);
        browser.type(By.id("editForm:agency"), "卫健委人事处");
        browser.type(By.id("editForm:office"), "评委会办公室");
        browser.selectOneMenu("editForm:reviewType", "EVALUATION");
        browser.click(By.id("editForm:levels:2"));
        pickUnit("editForm:authorisingUnit", PROVINCE);
        pickUnit("editForm:filingUnit", PROVINCE);
        browser.type(By.id("editForm:contactPerson"), "王联系");
        browser.type(By.id("editForm:contactPhone"), "86130000");
        browser.type(By.id("editForm:address"), "成都市青羊区");
        browser.selectOneMenu("editForm:series", String.valueOf(seriesId));
        clickAndWait(By.id("editForm:addRegion"));
        assertTrue(browser.text(By.id("editForm:regions")).contains("四川省"));

        clickAndWait(By.id("editForm:saveBasics"));
        assertTrue(browser.pageText().contains("区号"), "a landline without area code is refused with the rule");
        browser.type(By.id("editForm:contactPhone"), "028-86130000");
        clickAndWait(By.id("editForm:saveBasics"));
        assertTrue(browser.pageText().contains("专家库现有0名专家"), browser.pageText());
        assertTrue(browser.pageText().contains("/unit/experts/pool.xhtml?committee="));
        clickAndWait(By.id("editForm:importExperts"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("importDialog")), 10);
        assertTrue(browser.text(By.id("importForm")).contains("下载模板"), "step 2 imports the list (§3.5.1)");
        browser.driver().findElement(By.cssSelector("[id='importDialog'] .ui-dialog-titlebar-close")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("importDialog")), 10);

        clickAndWait(By.id("editForm:step3"));
        Path document = Files.createTempFile("request", ".pdf");
        Files.write(document, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(browser.pageText().contains("核准备案请示"), browser.pageText());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='editForm:document'] input[type=file]")), 10).sendKeys(document.toString());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("editForm:documentLink")), 10);
        confirm(By.id("editForm:submit"));
        assertTrue(browser.pageText().contains("至少需要25名专家，目前只有0名"), browser.pageText());

        seedPool(committeeId(name), 25);
        confirm(By.id("editForm:submit"));
        browser.waitFor(ExpectedConditions.urlContains("list.xhtml"), 10);
        assertTrue(rowText(name).contains(PROVINCE + "核准中，请耐心等待"), rowText(name));

        browser.signOut();
        browser.signIn("sc_hrss", DEMO);
        assertTrue(browser.menuIds().contains("UNIT_COMMITTEE_REVIEWS"), browser.menuIds().toString());
        passOnReviewPage(name);
        passOnReviewPage(name);

        browser.signOut();
        browser.signIn("health_dept", DEMO);
        browser.open("unit/committees/list.xhtml");
        String row = rowText(name);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(row.contains("评委会备案已核准通过"), row);
        assertTrue(row.contains(today + "至" + today.plusYears(3)), row);
        WebElement status = rowElement(name).findElement(By.cssSelector(".zc-status-ok"));
        assertEquals("评委会备案已核准通过", status.getText());

        // the formation unit views the committee's specialty tree (SPEC §3.5.7): not 自主评审, so read-only
        rowElement(name).findElement(By.cssSelector("[id$=':specialties']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/unit/committees/specialties.xhtml"), 10);
        assertTrue(browser.pageText().contains(name), browser.pageText());
        assertTrue(browser.text(By.id("treeForm:readOnly")).contains("仅单位内部自主评审的评委会可以编辑"), browser.pageText());
    }

    private void passOnReviewPage(String name) {
        browser.open("unit/committees/reviews.xhtml");
        browser.type(By.id("listForm:name"), name);
        clickAndWait(By.id("listForm:search"));
        rowElement(name).findElement(By.cssSelector("button[id$=':review']")).click();
        browser.awaitAjax();
        WebElement pass = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:pass")), 10);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", pass);
        browser.waitFor(ExpectedConditions.elementToBeClickable(pass), 10).click();
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("opinionForm:opinion")), 10);
        browser.type(By.id("opinionForm:opinion"), "同意");
        clickAndWait(By.id("opinionForm:confirmDecision"));
        assertTrue(browser.pageText().contains("已审核通过1个评委会备案"), browser.pageText());
    }

    private String rowText(String name) {
        return rowElement(name).getText();
    }

    private WebElement rowElement(String name) {
        return browser.driver().findElements(By.cssSelector("[id$=':table'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + browser.pageText()));
    }

    private void confirm(By button) {
        browser.click(button);
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
    }

    private void pickUnit(String clientId, String unitName) {
        browser.type(By.id(clientId + "_input"), unitName.substring(0, 6));
        By item = By.cssSelector("[id='" + clientId + "_panel'] li.ui-autocomplete-item[data-item-label='"
                + unitName + "']");
        browser.waitFor(ExpectedConditions.elementToBeClickable(item), 10).click();
        browser.awaitAjax();
    }

    private void clickAndWait(By button) {
        browser.click(button);
        browser.awaitAjax();
    }

    // --- JDBC seeding: the test database of the integration-test domain ---------------------------------------------

    private static Connection connect() throws SQLException {
        String db = System.getProperty("it.database", "zhicheng_test");
        return DriverManager.getConnection("jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":"
                + env("ZC_DB_PORT", "5432") + "/" + db, env("ZC_DB_USER", "zhicheng"), env("ZC_DB_PASSWORD", "zhicheng"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Ids far above what the sequences hand out, so the application's preallocated blocks never collide. */
    private static long freeId() {
        return NEXT_ID.getAndIncrement();
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID =
            new java.util.concurrent.atomic.AtomicLong(9_000_000_000L + System.currentTimeMillis() % 100_000_000L * 100);

    private static long seedSeries(String name) throws SQLException {
        long id = freeId();
        try (Connection c = connect();
             PreparedStatement insert = c.prepareStatement("insert into title_series (id, name) values (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        return id;
    }

    private static long committeeId(String name) throws SQLException {
        try (Connection c = connect();
             PreparedStatement select = c.prepareStatement("select id from committee where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "committee saved");
                return rs.getLong(1);
            }
        }
    }

    /** Members with complete information (every 新增专家信息 field, 学习经历 and 工作履历), as the filing requires. */
    private static void seedPool(long committeeId, int count) throws SQLException {
        try (Connection c = connect();
             PreparedStatement expert = c.prepareStatement("insert into expert (id, name, id_number, created_at, sex, "
                     + "birth_month, work_unit, admin_post, phone1, honours, specialty, current_title) "
                     + "values (?, ?, ?, now(), ?, ?, '四川省人民医院', '科室主任', '13900001111', '省学术技术带头人', "
                     + "'临床医学', '主任医师')");
             PreparedStatement profile = c.prepareStatement("insert into expert_profile_entry (expert_id, position, "
                     + "section, period_from, title, organisation) values (?, ?, ?, '199009', ?, '四川大学')");
             PreparedStatement member = c.prepareStatement("insert into pool_member (id, committee_id, expert_id, "
                     + "status, post, created_at) values (?, ?, ?, 'IN_POOL', 'MEMBER', now())")) {
            for (int i = 0; i < count; i++) {
                long expertId = freeId();
                String idNumber = TestData.idNumber();
                expert.setLong(1, expertId);
                expert.setString(2, "专家" + i);
                expert.setString(3, idNumber);
                expert.setString(4, (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                expert.setDate(5, java.sql.Date.valueOf(java.time.LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                        Integer.parseInt(idNumber.substring(10, 12)), 1)));
                expert.executeUpdate();
                String[][] lines = {{"EDUCATION", "临床医学本科"}, {"WORK", "主任医师"}};
                for (int p = 0; p < lines.length; p++) {
                    profile.setLong(1, expertId);
                    profile.setInt(2, p);
                    profile.setString(3, lines[p][0]);
                    profile.setString(4, lines[p][1]);
                    profile.executeUpdate();
                }
                member.setLong(1, freeId());
                member.setLong(2, committeeId);
                member.setLong(3, expertId);
                member.executeUpdate();
            }
        }
    }
}
