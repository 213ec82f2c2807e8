package cn.zhicheng.it.browser;

import cn.zhicheng.activity.AchievementSheet;
import cn.zhicheng.it.Deployments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review activities in a browser (SPEC §3.7, §3.14.5): the demo 评委会管理员 (committee_admin) creates a 专项 activity
 * step by step (basic information, a level, two achievement rows with two templates, no 破格 condition, three required
 * materials) and submits it; the 授权管理单位's 经办人 (sc_hrss) passes it in 评审活动发布审核; an anonymous visitor
 * finds it on the public home page by series, next to the demo activity, and opens its detail page. Without a
 * committee log-in (SPEC §0.4), the formation unit's 经办人 (health_dept) does the same from 评审活动发布.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
    void theCommitteeCreatesAndSubmitsTheAuthorisingUnitApprovesAndTheVisitorFindsIt() throws Exception {
        String name = "专项评审" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        // the public home page already shows the demo activity and its notice
        browser.open("login.xhtml");
        assertTrue(browser.text(By.id("publicForm:activities")).contains("四川省卫生系列高级职称评审工作"),
                browser.pageText());
        assertTrue(browser.text(By.id("noticeForm:notices")).contains("四川省卫生系列高级职称评审工作"),
                browser.pageText());
        assertFalse(browser.pageText().contains(name));

        browser.signIn("committee_admin", DEMO);
        assertTrue(browser.menuIds().contains("COMMITTEE_ACTIVITIES"), browser.menuIds().toString());
        createAndSubmit("committee/activities/list.xhtml", name, false);
        browser.signOut();

        // 评审活动发布审核 at the authorising unit
        browser.signIn("sc_hrss", DEMO);
        assertTrue(browser.menuIds().contains("UNIT_ACTIVITY_REVIEWS"), browser.menuIds().toString());
        browser.open("unit/activities/reviews.xhtml");
        browser.type(By.id("listForm:name"), name);
        clickAndWait(By.id("listForm:search"));
        rowElement(name).findElement(By.cssSelector("button[id$=':review']")).click();
        browser.awaitAjax();
        WebElement pass = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:pass")), 10);
        assertTrue(browser.text(By.id("factName")).contains(name), browser.pageText());
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", pass);
        browser.waitFor(ExpectedConditions.elementToBeClickable(pass), 10).click();
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("opinionForm:opinion")), 10);
        browser.type(By.id("opinionForm:opinion"), "同意发布");
        clickAndWait(By.id("opinionForm:confirmDecision"));
        assertTrue(browser.pageText().contains("已审核通过1个评审活动"), browser.pageText());
        browser.signOut();

        // the visitor finds it by series, and opens it
        browser.open("login.xhtml");
        String health = browser.driver().findElements(By.cssSelector("#publicForm\\:series_input option")).stream()
                .filter(o -> o.getDomProperty("textContent").strip().equals("卫生技术人员"))
                .findFirst().orElseThrow().getDomAttribute("value");
        browser.selectOneMenu("publicForm:series", health);
        clickAndWait(By.id("publicForm:search"));
        String table = browser.text(By.id("publicForm:activities"));
        assertTrue(table.contains(name) && table.contains("申报材料接收中"), table);
        assertTrue(browser.text(By.id("noticeForm:notices")).contains(name), browser.pageText());
        browser.driver().findElements(By.cssSelector("[id$=':activityLink']")).stream()
                .filter(a -> a.getText().equals(name)).findFirst().orElseThrow().click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("activityName")), 10);
        assertEquals(name, browser.text(By.id("activityName")));
        String detail = browser.pageText();
        assertTrue(detail.contains("学历学位证书") && detail.contains("获奖/荣誉称号"), detail);

        // the policy file downloads without a log-in (only files of published activities are served)
        String href = browser.driver().findElement(By.cssSelector("a[href*='/public/files/']")).getDomProperty("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode(), href);
        assertTrue(new String(download.body(), StandardCharsets.US_ASCII).startsWith("%PDF"), "the PDF itself");
    }

    private static Path pdf(String prefix) {
        try {
            Path file = Files.createTempFile(prefix, ".pdf");
            Files.write(file, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Without a committee log-in (SC, SPEC §0.4 committee.ownLogin = NONE): 卫健委's 经办人 (health_dept), whose unit
     * formed the demo committee, opens 评审活动发布, finds the committee chosen and its activity listed, creates and
     * submits an activity with the same editor; the committee administrator sees it waiting.
     */
    @Test
    void theFormationUnitsStaffCreateAndSubmitAnActivityForTheirCommittee() {
        String name = "单位发布" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.signIn("health_dept", DEMO);
        assertTrue(browser.menuIds().contains("UNIT_ACTIVITIES"), browser.menuIds().toString());
        browser.open("unit/activities/list.xhtml");
        assertTrue(browser.text(By.id("committeeForm")).contains("四川省卫生系列高级职称评审委员会"), browser.pageText());
        // 选择评委会: the demo committee (other tests' committees of the 卫健委 may sort first)
        String demo = browser.driver().findElements(By.cssSelector("[id='committeeForm'] select option")).stream()
                .filter(o -> o.getAttribute("textContent").contains("四川省卫生系列高级职称评审委员会"))
                .map(o -> o.getDomAttribute("value")).findFirst().orElseThrow();
        String listPage = "unit/activities/list.xhtml?committee=" + demo;
        browser.open(listPage);
        assertTrue(browser.text(By.id("listForm:table")).contains("四川省卫生系列高级职称评审工作"), browser.pageText());
        createAndSubmit(listPage, name, true);
        browser.signOut();

        browser.signIn("committee_admin", DEMO);
        browser.open("committee/activities/list.xhtml");
        assertTrue(rowElement(name).getText().contains("待审核"), browser.pageText());
    }

    /** The import template with two rows, as a committee fills it in (labels in Chinese, the default language). */
    private static Path achievementSheet() {
        try {
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            AchievementSheet.writeTemplate(template, "填写说明", List.of("序号*", "展示标题*", "模板类别*", "业绩要求描述"),
                    List.of("取得现专业技术职称后主要业绩", "论文论著"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
                String[][] rows = {{"1", "取得现专业技术职称后主要业绩", "通用、获奖/荣誉称号", "任现职以来的主要业绩"},
                    {"2", "论文论著", "论文", ""}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = workbook.getSheetAt(0).createRow(AchievementSheet.HEADER_ROW + r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
                Path file = Files.createTempFile("achievements", ".xlsx");
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * On the activity list: 新增评审活动 for the demo committee, step by step (basic information, a level, two
     * achievement rows with two templates, no 破格 condition, three required materials), then 提交审核.
     */
    private void createAndSubmit(String listPage, String name, boolean byImport) {
        browser.open(listPage);
        assertTrue(browser.text(By.id("publishModel")).contains("提交审核"), browser.pageText());
        browser.click(By.id("listForm:create"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name")), 10);
        assertEquals("四川省卫生系列高级职称评审委员会", browser.text(By.id("editForm:committeeName")));

        // 1 基本信息: a 专项 activity (the demo committee already has this year's 年度 activity)
        browser.type(By.id("editForm:name"), name);
        browser.type(By.id("editForm:applyScope"), "全省在岗卫生专业技术人员");
        browser.click(By.cssSelector("label[for='editForm:category:1']"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        // a wrong order first: the message names the rule
        typeDate("editForm:applyStart", now.minusHours(1));
        typeDate("editForm:firstSubmitDeadline", now.plusDays(30));
        typeDate("editForm:resubmitDeadline", now.plusDays(20));
        typeDate("editForm:committeeDeadline", now.plusDays(50));
        clickAndWait(By.id("editForm:saveBasics"));
        assertTrue(browser.pageText().contains("个人修改提交截止时间不能早于个人初次提交截止时间"), browser.pageText());
        typeDate("editForm:resubmitDeadline", now.plusDays(40));
        clickAndWait(By.id("editForm:saveBasics"));
        assertTrue(browser.pageText().contains("保存成功"), browser.pageText());
        if (!byImport) {
            // 评审政策文件: back to step 1 and attach the policy file the public page will offer
            clickAndWait(By.id("editForm:steps:0:step"));
            Path policy = pdf("policy");
            browser.driver().findElement(By.cssSelector("[id='editForm:policyFiles'] input[type=file]"))
                    .sendKeys(policy.toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:policyFiles"),
                    policy.getFileName().toString()), 10);
            clickAndWait(By.id("editForm:saveBasics"));
        }

        // 2 本次开设的评审专业
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("editForm:levels:0")), 10).click();
        clickAndWait(By.id("editForm:saveScope"));

        // 3 业绩成果需求配置: two rows, templates 通用 + 获奖/荣誉称号 and 论文
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("editForm:addAchievement")), 10);
        if (byImport) {
            // 【导入业绩成果要求】 (§3.7.6): the same two rows from a filled template
            browser.driver().findElement(By.cssSelector("[id='editForm:achievementFile'] input[type=file]"))
                    .sendKeys(achievementSheet().toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "已导入2行业绩成果要求"), 10);
        } else {
            clickAndWait(By.id("editForm:addAchievement"));
            clickAndWait(By.id("editForm:addAchievement"));
            browser.selectOneMenu("editForm:achievements:0:title", "AFTER_CURRENT_TITLE");
            browser.click(By.id("editForm:achievements:0:templates:0"));
            browser.click(By.id("editForm:achievements:0:templates:2"));
            browser.selectOneMenu("editForm:achievements:1:title", "PAPERS_AND_BOOKS");
            browser.click(By.id("editForm:achievements:1:templates:3"));
        }
        clickAndWait(By.id("editForm:saveAchievements"));
        assertTrue(browser.pageText().contains("保存成功"), browser.pageText());

        // 4 破格条件需求配置: none (no 破格评议)
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("editForm:saveExceptions")), 10);
        clickAndWait(By.id("editForm:saveExceptions"));

        // 5 申报材料需求配置: three materials
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("editForm:addMaterial")), 10);
        List<String> materials = List.of("身份证", "学历学位证书", "继续教育证明");
        for (int i = 0; i < materials.size(); i++) {
            clickAndWait(By.id("editForm:addMaterial"));
        }
        for (int i = 0; i < materials.size(); i++) {
            browser.type(By.id("editForm:materials:" + i + ":name"), materials.get(i));
        }
        clickAndWait(By.id("editForm:saveMaterials"));
        assertTrue(browser.pageText().contains("保存成功"), browser.pageText());
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:scoring")), 10);

        // back on the list: 提交审核 after the confirmation
        browser.open(listPage);
        rowElement(name).findElement(By.cssSelector("button[id$=':submit']")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
        assertTrue(rowElement(name).getText().contains("待审核"), browser.pageText());
    }

    private void typeDate(String clientId, LocalDateTime time) {
        WebElement input = browser.driver().findElement(By.id(clientId + "_input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                MINUTES.format(time));
    }

    private WebElement rowElement(String name) {
        return browser.driver().findElements(By.cssSelector("[id$=':table'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + browser.pageText()));
    }

    private void clickAndWait(By button) {
        browser.click(button);
        browser.awaitAjax();
    }
}
