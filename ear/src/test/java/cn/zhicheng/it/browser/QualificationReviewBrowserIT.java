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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo 评委会管理员 (committee_admin) in 资格审核 (SPEC §3.9.5): two applications waiting at the committee for the
 * demo committee's published activity (put there straight in the test database; the unit chain is another issue's)
 * show under 初次申报 with masked ID numbers; the administrator opens one, passes it (已接收), opens the other and
 * returns it with a reason and a 个人修改提交截止时间 in the pop-up (已退回).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualificationReviewBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String COMMITTEE = "四川省卫生系列高级职称评审委员会";

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
    void theCommitteeAdministratorAcceptsOneAndReturnsOneWithADeadline() throws Exception {
        String tag = "资审" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long activity = demoActivity();
        String firstId = TestData.idNumber();
        long first = seedAtCommittee(activity, tag + "甲", firstId);
        long second = seedAtCommittee(activity, tag + "乙", TestData.idNumber());

        browser.signIn("committee_admin", DEMO);
        assertTrue(browser.menuIds().contains("COMMITTEE_QUALIFICATION"), browser.menuIds().toString());
        showFirstSubmissions(activity, tag);
        assertTrue(browser.text(By.id("counters")).contains("评委会待审核人数"), browser.pageText());
        assertTrue(tabText("FIRST").contains("2人"), tabText("FIRST"));
        WebElement row = rowContaining(tag + "甲");
        assertFalse(row.getText().contains(firstId), "ID number masked: " + row.getText());
        assertTrue(row.getText().contains(firstId.substring(0, 4)), row.getText());

        // 审核 → 审核通过
        row.findElement(By.linkText("审核")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decideForm:accept")), 10);
        assertEquals(tag + "甲", browser.text(By.id("applicantName")));
        browser.type(By.id("decideForm:opinion"), "材料齐全，同意参评");
        browser.click(By.id("decideForm:accept"));
        browser.waitFor(ExpectedConditions.urlContains("qualification.xhtml"), 10);
        browser.awaitAjax();
        assertTrue(browser.pageText().contains(tag + "甲 的申报已审核通过"), browser.pageText());
        assertEquals("ACCEPTED", status(first));

        // 审核 → 退回修改 with the deadline in the pop-up
        showFirstSubmissions(activity, tag);
        rowContaining(tag + "乙").findElement(By.linkText("审核")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decideForm:return")), 10);
        browser.type(By.id("decideForm:opinion"), "学历证书扫描件不清晰，请重新上传");
        browser.click(By.id("decideForm:return"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:deadline_input")), 10);
        String deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(7).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        WebElement deadlineInput = browser.driver().findElement(By.id("returnForm:deadline_input"));
        deadlineInput.clear();
        deadlineInput.sendKeys(deadline, Keys.ESCAPE);
        assertEquals("学历证书扫描件不清晰，请重新上传",
                browser.driver().findElement(By.id("returnForm:returnOpinion")).getDomProperty("value"));
        browser.click(By.id("returnForm:confirmReturn"));
        browser.waitFor(ExpectedConditions.urlContains("qualification.xhtml"), 10);
        browser.awaitAjax();
        assertTrue(browser.pageText().contains(tag + "乙 的申报已退回修改"), browser.pageText());
        assertEquals("RETURNED", status(second));
        assertNotNull(returnDeadline(second));

        // the tabs count them where they now are
        showFirstSubmissions(activity, tag);
        assertTrue(tabText("FIRST").contains("0人"), tabText("FIRST"));
        assertTrue(tabText("ACCEPTED").contains("1人"), tabText("ACCEPTED"));
        assertTrue(tabText("RETURNED").contains("1人"), tabText("RETURNED"));
        browser.click(By.cssSelector("[data-tab='RETURNED']"));
        browser.awaitAjax();
        assertTrue(rowContaining(tag + "乙").getText().contains(tag + "乙"));
    }

    @Test
    void theCommitteeInsertsASavedOpinionAndWritesASectionComment() throws Exception {
        String tag = "意见" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long id = seedAtCommittee(demoActivity(), tag + "丙", TestData.idNumber());
        browser.signIn("committee_admin", DEMO);
        browser.open("committee/review/decide.xhtml?id=" + id);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decideForm:opinionSettings")), 10);

        // 常用意见设置 → 常用意见 → 插入
        String saved = tag + "材料齐全，同意参评";
        browser.click(By.id("decideForm:opinionSettings"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("opinionsForm:savedOpinionText")), 10);
        browser.type(By.id("opinionsForm:savedOpinionText"), saved);
        browser.click(By.id("opinionsForm:saveOpinionText"));
        browser.awaitAjax();
        assertTrue(browser.text(By.id("opinionsForm:opinionTexts")).contains(saved), browser.pageText());
        browser.driver().findElement(By.cssSelector("[id='opinionsDialog'] .ui-dialog-titlebar-close")).click();
        String value = browser.driver().findElements(By.cssSelector("[id='decideForm:savedOpinion_input'] option"))
                .stream().filter(o -> saved.equals(o.getDomProperty("textContent"))).findFirst()
                .map(o -> o.getDomProperty("value")).orElseThrow();
        browser.selectOneMenu("decideForm:savedOpinion", value);
        browser.click(By.id("decideForm:insertOpinion"));
        browser.awaitAjax();
        assertEquals(saved, browser.driver().findElement(By.id("decideForm:opinion")).getDomProperty("value"));

        // 填写驳回意见 on the first section, shown in the list; 删除驳回意见
        browser.type(By.id("commentForm:commentText"), "证件照不清晰，请重新上传");
        browser.click(By.id("commentForm:saveComment"));
        browser.awaitAjax();
        assertTrue(browser.text(By.id("commentForm:comments")).contains("证件照不清晰，请重新上传"), browser.pageText());
        assertEquals("1", single("select count(*) from application_section_comment where application_id = ? "
                + "and committee_id is not null", id));
        browser.click(By.cssSelector("[id$=':deleteComment']"));
        browser.awaitAjax();
        assertEquals("0", single("select count(*) from application_section_comment where application_id = ?", id));
    }

    /** The list of the activity, filtered to this test's applicants by name (other tests' data sorts first). */
    private void showFirstSubmissions(long activity, String tag) {
        browser.open("committee/review/qualification.xhtml?activity=" + activity);
        browser.awaitAjax();
        assertFalse(browser.driver().findElements(By.id("qualificationForm:name")).isEmpty(), browser.pageText());
        browser.type(By.id("qualificationForm:name"), tag);
        browser.click(By.id("qualificationForm:search"));
        browser.awaitAjax();
    }

    private String tabText(String tab) {
        return browser.text(By.cssSelector("[data-tab='" + tab + "']"));
    }

    private WebElement rowContaining(String text) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("[id='qualificationForm:rows'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null), 10);
    }

    private static long demoActivity() throws Exception {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select a.id from activity a join committee c on c.id = "
                     + "a.committee_id where c.name = ? and a.status = 'PUBLISHED' order by a.id limit 1")) {
            s.setString(1, COMMITTEE);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the demo committee has a published activity");
                return r.getLong(1);
            }
        }
    }

    /**
     * An application of the activity waiting at the committee (待资格审核), by an account that has none for it yet,
     * employed at the demo 四川省人民医院, for a qualification of the committee's series at one of the activity's levels.
     */
    private static long seedAtCommittee(long activity, String name, String idNumber) throws Exception {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("insert into application (id, applicant_id, applicant_name, "
                     + "id_number, employer_id, kind, activity_id, committee_id, series_id, title_level, specialty, "
                     + "qualification_id, route, review_year, status, needs_entrust, created_at, first_submitted_at, "
                     + "submitted_at, version) "
                     + "select nextval('application_seq'), (select ac.id from account ac where not exists (select 1 "
                     + "from application x where x.applicant_id = ac.id and x.activity_id = a.id) order by ac.id desc "
                     + "limit 1), ?, ?, (select id from unit where name = '四川省人民医院'), 'REVIEW', a.id, "
                     + "a.committee_id, q.series_id, q.level, '临床医学', q.id, 'NORMAL', a.review_year, "
                     + "'AT_COMMITTEE', false, now(), now(), now(), 0 "
                     + "from activity a join committee c on c.id = a.committee_id "
                     + "join title_qualification q on q.series_id = c.series_id "
                     + "where a.id = ? and q.level in (select l.level from activity_level l where l.activity_id = a.id) "
                     + "order by q.id limit 1 returning id")) {
            s.setString(1, name);
            s.setString(2, idNumber);
            s.setLong(3, activity);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "seeded");
                return r.getLong(1);
            }
        }
    }

    private static String status(long id) throws Exception {
        return single("select status from application where id = ?", id);
    }

    private static String returnDeadline(long id) throws Exception {
        return single("select return_deadline::text from application where id = ?", id);
    }

    private static String single(String sql, long id) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static Connection connect() throws Exception {
        String jdbc = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_test");
        return DriverManager.getConnection(jdbc, env("ZC_DB_USER", "zhicheng"), env("ZC_DB_PASSWORD", "zhicheng"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
