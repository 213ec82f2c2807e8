package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.SampleFiles;
import cn.zhicheng.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 acceptance, the whole review chain in the browser (SPEC §3.9.2–§3.9.6, §4.3): one application travels from
 * submission to 已接收, each actor in their own browser (own Chromium, own cookies and session, signed in once): a
 * fresh applicant of 四川省人民医院 submits a 申报评审 application for the demo health committee's activity; the
 * hospital (本单位人员审核: 经办人, and 领导 where two posts are configured, with 公示证明附件 and 单位综合推荐意见)
 * passes it; 四川省卫生健康委员会 (下级单位人员审核) returns it to the applicant, who resubmits (back to the hospital,
 * FROM_START); the hospital and the 卫健委 (not entrusted) pass it and 省人社厅 reports it to the committee
 * (待评委会资格审核). The committee (committee_admin, 资格审核) finds it under 初次申报 and returns it with a reason and
 * a 个人修改提交截止时间; the applicant sees both in 我的申报 and resubmits — under the demo province's FROM_START the
 * chain passes it again — and it shows under the committee's 二次申报; the committee accepts it, it is listed under
 * 已接收, the applicant's 我的申报 shows 评委会已接收 and the flow log holds every step in order.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationReviewBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String EMPLOYER = ApplicantSteps.EMPLOYER;
    private static final String DEMO_ACTIVITY_PART = ApplicantSteps.DEMO_ACTIVITY_PART;
    private static final String APPLICANT = "applicant";
    private static final String COMMITTEE_REASON = "学历证书扫描件不清晰，请重新上传";
    private static final List<String> ROSTER_HEADER = List.of("序号", "年度", "姓名", "身份证号", "性别", "主管部门",
            "申报系列", "申报层级", "申报专业", "申报职称名称", "申报方式");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    /** Each actor's own browser, by login, created and signed in at the actor's first step. */
    private final Map<String, Browser> sessions = new LinkedHashMap<>();
    /** The browser of the actor acting now. */
    private Browser browser;
    private Path pdf;
    private Path png;
    private ApplicantSteps steps;

    @BeforeEach
    void files() throws Exception {
        pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        png = Files.createTempFile("photo", ".png");
        Files.write(png, SampleFiles.png());
        steps = new ApplicantSteps(() -> browser, pdf, png);
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        for (Browser open : sessions.values()) {
            open.close();
        }
        sessions.clear();
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(png);
    }

    @Test
    void oneApplicationTravelsFromSubmissionToAcceptedWithReturnsEachActorInTheirOwnBrowser() throws Exception {
        String name = "链审" + SampleFiles.suffix();
        browser = new Browser(url);
        sessions.put(APPLICANT, browser);
        String idNumber = steps.registerAndChooseEmployer(name);
        steps.startReview();
        steps.fillCommonSections(idNumber);
        steps.openSection("业绩成果");
        steps.clickIn("//div[@data-requirement='1']//button[@data-template='GENERAL']");
        steps.fill(Map.of("startDate", "2019-01-01", "endDate", "2021-12-31", "workName", "胸痛中心建设"));
        steps.choose("afterCurrentTitle", "YES");
        steps.save();
        steps.openSection("评委会需求材料");
        steps.upload("//div[@data-material='1']//input[@type='file']", pdf);
        steps.upload("//div[@data-material='2']//input[@type='file']", pdf);
        steps.submit();
        String id = applicationId();

        // the hospital: 本单位人员审核 lists it under 初审; the reviewer uploads the two required files and passes
        as("hospital_handler");
        browser.open("unit/applications/own.xhtml");
        browser.type(By.id("listForm:name"), name);
        browser.click(By.id("listForm:search"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("listForm:table"))).contains(name).contains("*");
        openReview(id);
        uploadReviewFile("PUBLICITY");
        uploadReviewFile("RECOMMENDATION");
        decide("pass", "材料齐全，同意推荐");
        assertThat(browser.pageText()).contains("已审核通过");
        secondHospitalPostIfConfigured(id);

        // the 主管部门: 下级单位人员审核, 退回修改 to the applicant
        as("health_dept");
        browser.open("unit/applications/subordinates.xhtml");
        browser.type(By.id("listForm:name"), name);
        browser.click(By.id("listForm:search"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("listForm:table"))).contains(name);
        openReview(id);
        decide("return", "请补充继续教育证明");
        assertThat(browser.pageText()).contains("已退回");

        // the applicant corrects nothing but resubmits: back to the hospital (FROM_START)
        asApplicant();
        browser.open("applicant/applications.xhtml");
        assertThat(browser.text(By.id("mine:applications"))).contains("已退回").contains("请补充继续教育证明");
        resubmit();
        throughTheUnits(id);

        // the committee: 初次申报, 退回修改 with a reason and a personal deadline
        long activity = activityOf(id);
        as("committee_admin");
        showList(activity, name);
        assertThat(tabText("FIRST")).contains("1人");
        rowContaining(name).findElement(By.linkText("审核")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decideForm:return")), 10);
        assertThat(browser.text(By.id("applicantName"))).isEqualTo(name);
        browser.type(By.id("decideForm:opinion"), COMMITTEE_REASON);
        browser.click(By.id("decideForm:return"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:deadline_input")), 10);
        String deadline = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(7).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        WebElement deadlineInput = browser.driver().findElement(By.id("returnForm:deadline_input"));
        deadlineInput.clear();
        deadlineInput.sendKeys(deadline, Keys.ESCAPE);
        browser.click(By.id("returnForm:confirmReturn"));
        browser.waitFor(ExpectedConditions.urlContains("qualification.xhtml"), 10);
        browser.awaitAjax();
        assertThat(browser.pageText()).contains(name + " 的申报已退回修改");

        // the applicant sees the reason and the personal deadline, and resubmits
        asApplicant();
        browser.open("applicant/applications.xhtml");
        assertThat(browser.text(By.id("mine:applications"))).contains("已退回").contains(COMMITTEE_REASON)
                .contains("提交截止").contains(deadline);
        String route = resubmit();
        if (!route.contains("待评委会资格审核")) {
            // FROM_START (the SC default): along the chain again; TO_RETURNING_NODE goes straight to the committee
            throughTheUnits(id);
        }

        // the committee: 二次申报, 审核通过 → 已接收
        as("committee_admin");
        showList(activity, name);
        assertThat(tabText("FIRST")).contains("0人");
        assertThat(tabText("SECOND")).contains("1人");
        browser.click(By.cssSelector("[data-tab='SECOND']"));
        browser.awaitAjax();
        rowContaining(name).findElement(By.linkText("审核")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("decideForm:accept")), 10);
        browser.type(By.id("decideForm:opinion"), "已重新上传，同意参评");
        browser.click(By.id("decideForm:accept"));
        browser.waitFor(ExpectedConditions.urlContains("qualification.xhtml"), 10);
        browser.awaitAjax();
        assertThat(browser.pageText()).contains(name + " 的申报已审核通过");
        showList(activity, name);
        assertThat(tabText("SECOND")).contains("0人");
        assertThat(tabText("ACCEPTED")).contains("1人");
        browser.click(By.cssSelector("[data-tab='ACCEPTED']"));
        browser.awaitAjax();
        assertThat(rowContaining(name).getText()).contains(name);

        // 花名表 (SPEC §3.15.3): both exports of the committee, filtered to this applicant, open in POI with the
        // roster's columns and exactly this application's row
        browser.open("committee/roster.xhtml");
        browser.type(By.id("rosterForm:name"), name);
        browser.click(By.id("rosterForm:search"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("rosterForm:table"))).contains(name).contains("(1)");
        String sex = Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "男" : "女";
        for (String export : List.of("rosterForm:export", "rosterForm:exportAccepted")) {
            List<List<String>> rows = rosterRows(export);
            assertThat(rows).as(export).hasSize(1);
            List<String> row = rows.get(0);
            assertThat(row.get(0)).isEqualTo("1");
            assertThat(row.get(1)).matches("\\d{4}");
            assertThat(row.get(2)).isEqualTo(name);
            assertThat(row.get(3)).startsWith(idNumber.substring(0, 4)).endsWith(idNumber.substring(14));
            assertThat(row.subList(4, 11)).as(export).containsExactly(sex, "四川省卫生健康委员会", "卫生技术人员",
                    "高级（副高）", "临床医学", "副主任医师", "正常申报");
        }

        // the applicant: 评委会已接收, and the flow log (newest page) ends with the committee's decisions
        asApplicant();
        browser.open("applicant/applications.xhtml");
        assertThat(browser.text(By.id("mine:applications"))).contains("评委会已接收");
        browser.click(By.xpath("//a[contains(@id,':log')]"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("logDialog")), 10);
        browser.awaitAjax();
        String log = browser.text(By.id("logDialog"));
        assertThat(log).contains("新增申报").contains("提交").contains("退回修改").contains("请补充继续教育证明");

        // every step, in order, in the flow log (all of it, not one page)
        List<String> expected = new ArrayList<>(List.of("application.start", "application.submit",
                "application.forward", "application.return", "application.resubmit",
                "application.forward", "application.forward", "application.toCommittee",
                "review.qualification.RETURN", "application.resubmit"));
        if (!route.contains("待评委会资格审核")) {
            expected.addAll(List.of("application.forward", "application.forward", "application.toCommittee"));
        }
        expected.add("review.qualification.ACCEPT");
        assertThat(flowActions(id).stream().filter(a -> !a.equals("application.levelPass")).toList())
                .containsExactlyElementsOf(expected);
        assertThat(flowOpinions(id)).contains("请补充继续教育证明", COMMITTEE_REASON, "已重新上传，同意参评");

        // each actor had a session of their own
        assertThat(sessions.keySet()).contains(APPLICANT, "hospital_handler", "health_dept", "sc_hrss",
                "committee_admin");
        assertThat(sessions.values().stream().map(b -> b.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .distinct().count()).isEqualTo(sessions.size());
    }

    /** The hospital (复审), the 卫健委 (not entrusted) and 省人社厅 pass it on to the committee. */
    private void throughTheUnits(String id) throws Exception {
        as("hospital_handler");
        browser.open("unit/applications/own.xhtml");
        browser.click(By.xpath("//button[contains(@id,':tab') and contains(.,'复审')]"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("listForm:table"))).contains("*");
        openReview(id);
        decide("pass", "已补充，同意推荐");
        secondHospitalPostIfConfigured(id);

        as("health_dept");
        openReview(id);
        notEntrusted();
        decide("pass", "同意");

        as("sc_hrss");
        openReview(id);
        notEntrusted();
        decide("pass", "同意报送评委会");
        assertThat(browser.text(By.id("status"))).contains("待评委会资格审核");
        browser.click(By.id("showFlow"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("flowDialog")), 10);
        assertThat(browser.text(By.id("flowLog"))).contains("审核通过（报送评委会）");
    }

    /** Switches to the actor's own browser, opened and signed in at the actor's first step. */
    private void as(String login) throws IOException {
        as(login, DEMO);
    }

    private void as(String login, String password) throws IOException {
        Browser own = sessions.get(login);
        if (own == null) {
            own = new Browser(url);
            sessions.put(login, own);
            own.signIn(login, password);
        }
        browser = own;
    }

    /** The applicant's browser, the one they registered and submitted in (still signed in). */
    private void asApplicant() {
        browser = sessions.get(APPLICANT);
    }

    /** 我的申报 → 继续 → 提交 again; answers the status 我的申报 shows afterwards. */
    private String resubmit() {
        browser.click(By.xpath("//a[contains(@id,':continue')]"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        steps.submit();
        return browser.text(By.id("mine:applications"));
    }

    // ---- the committee's 资格审核 list

    /** The list of the activity, filtered to this applicant by name (other tests' data sorts first). */
    private void showList(long activity, String name) {
        browser.open("committee/review/qualification.xhtml?activity=" + activity);
        browser.awaitAjax();
        assertThat(browser.driver().findElements(By.id("qualificationForm:name"))).as(browser.pageText())
                .isNotEmpty();
        browser.type(By.id("qualificationForm:name"), name);
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

    /**
     * Downloads an export with the current browser's session (from the link's href) and answers its data rows, all
     * sheets; every sheet starts with the roster's header.
     */
    private List<List<String>> rosterRows(String linkId) throws Exception {
        String href = browser.driver().findElement(By.id(linkId)).getDomAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI target = URI.create(url.toString()).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept-Language", "zh-CN").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(target.toString()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                Sheet sheet = book.getSheetAt(i);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < ROSTER_HEADER.size(); c++) {
                        cells.add(f.formatCellValue(row.getCell(c)));
                    }
                    if (row.getRowNum() == 0) {
                        assertThat(cells).as(sheet.getSheetName()).isEqualTo(ROSTER_HEADER);
                    } else {
                        rows.add(cells);
                    }
                }
            }
        }
        return rows;
    }

    // ---- the database, read as the test's own check (the flow log beyond the screen's first page)

    private static long activityOf(String applicationId) throws Exception {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select activity_id from application where id = ?")) {
            s.setLong(1, Long.parseLong(applicationId));
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static List<String> flowActions(String applicationId) throws Exception {
        return flowColumn(applicationId, "action");
    }

    private static List<String> flowOpinions(String applicationId) throws Exception {
        return flowColumn(applicationId, "opinion");
    }

    private static List<String> flowColumn(String applicationId, String column) throws Exception {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select " + column + " from audit_record where entity_type = ? "
                     + "and entity_id = ? order by occurred_at, id")) {
            s.setString(1, "Application");
            s.setLong(2, Long.parseLong(applicationId));
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
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

    // ---- batch pass at the 主管部门: 是否委托评审 asked once, 否 only (SPEC §3.9.4; issue 7 gap c)

    @Test
    void aBatchPassAtTheDepartmentAsksTheEntrustChoiceOnceAndRefusesYes() throws Exception {
        browser = new Browser(url);
        sessions.put("single", browser);
        String name = "批委" + SampleFiles.suffix();
        long id = seedWaiting(name, "四川省卫生健康委员会", "IN_REVIEW");
        browser.signIn("health_dept", DEMO);
        browser.open("unit/applications/subordinates.xhtml");
        assertThat(browser.driver().findElements(By.id("listForm:kind"))).as("评价方式 filter").isNotEmpty();
        assertThat(browser.driver().findElements(By.id("listForm:committee"))).as("申报评委会 filter").isNotEmpty();
        browser.type(By.id("listForm:name"), name);
        browser.click(By.id("listForm:search"));
        browser.awaitAjax();
        WebElement row = browser.waitFor(d -> d.findElements(By.cssSelector("[id='listForm:table'] tbody tr"))
                .stream().filter(r -> r.getText().contains(name)).findFirst().orElse(null), 10);
        row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.awaitAjax();
        browser.click(By.id("listForm:batchPass"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("batchForm:batchEntrust")), 10);

        browser.click(By.xpath("//*[@id='batchForm:batchEntrust']//label[contains(.,'是')]"));
        browser.click(By.id("batchForm:confirmBatch"));
        steps.confirm();
        assertThat(browser.text(By.id("messages"))).contains("不能批量选择“是”");
        assertThat(departmentSeedValue("status", id)).isEqualTo("IN_REVIEW");

        browser.click(By.xpath("//*[@id='batchForm:batchEntrust']//label[contains(.,'否')]"));
        browser.click(By.id("batchForm:confirmBatch"));
        steps.confirm();
        browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("已处理1人"), 10);
        assertThat(departmentSeedValue("status", id)).isEqualTo("AT_COMMITTEE");
        assertThat(departmentSeedValue("entrusted::text", id)).isEqualTo("false");
    }

    // ---- the Hebei layout: its filters, exports and tabs 未审核 / 审核待定 / 已审核 (SPEC §3.9.2; issue 7 gap b)

    @Test
    void theHebeiLayoutSetsAnApplicationAsideAsPending() throws Exception {
        browser = new Browser(url);
        sessions.put("single", browser);
        String name = "待定" + SampleFiles.suffix();
        long id = seedWaiting(name, EMPLOYER, "SUBMITTED");
        switchUiProfile("HB");
        try {
            browser.signIn("hospital_handler", DEMO);
            showOwn(name);
            assertThat(browser.driver().findElements(By.id("listForm:hebeiFilters"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.id("listForm:highestEducation"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.id("listForm:exportAll"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.id("listForm:exportChosen"))).isNotEmpty();
            assertThat(tabTexts()).containsExactly("未审核（1人）", "审核待定（0人）", "已审核（0人）");
            // 申报类别 is the series category (卫生技术人员 → 卫生类); 特殊经历 needs a 特殊专业技术工作经验 entry
            assertThat(browser.text(By.id("listForm:table"))).contains("申报类别").contains("卫生类");
            browser.selectOneMenu("listForm:seriesCategory", "卫生类");
            browser.click(By.id("listForm:search"));
            browser.awaitAjax();
            assertThat(tabTexts()).containsExactly("未审核（1人）", "审核待定（0人）", "已审核（0人）");
            browser.selectOneMenu("listForm:specialExperience", "EPIDEMIC");
            browser.click(By.id("listForm:search"));
            browser.awaitAjax();
            assertThat(tabTexts()).containsExactly("未审核（0人）", "审核待定（0人）", "已审核（0人）");

            openReview(String.valueOf(id));
            browser.click(By.id("decisionForm:park"));
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("parkedState")), 10);
            assertThat(departmentSeedValue("parked_at::text", id)).isNotNull();

            showOwn(name);
            assertThat(tabTexts()).containsExactly("未审核（0人）", "审核待定（1人）", "已审核（0人）");
            browser.click(By.xpath("//button[contains(@id,':tab') and contains(.,'审核待定')]"));
            browser.awaitAjax();
            assertThat(browser.text(By.id("listForm:table"))).contains(name);
            browser.signOut();
        } finally {
            switchUiProfile(null);
        }
    }

    private void showOwn(String name) {
        browser.open("unit/applications/own.xhtml");
        browser.type(By.id("listForm:name"), name);
        browser.click(By.id("listForm:search"));
        browser.awaitAjax();
    }

    private java.util.List<String> tabTexts() {
        return browser.driver().findElements(By.xpath("//button[contains(@id,':tabs:')]")).stream()
                .map(WebElement::getText).toList();
    }

    /** ui.profile through the administrator's settings screen (seen at once); null resets it to the default. */
    private void switchUiProfile(String layout) {
        browser.signOut();
        browser.signIn("admin", DEMO);
        browser.open("admin/settings.xhtml");
        browser.type(By.id("settingsForm:filter"), "ui.profile");
        browser.waitFor(d -> d.findElements(By.cssSelector("#settingsForm\\:table tbody tr")).size() == 1, 10);
        if (layout == null) {
            if (!browser.driver().findElements(By.id("settingsForm:table:0:reset")).isEmpty()) {
                browser.click(By.id("settingsForm:table:0:reset"));
                steps.confirm();
            }
        } else {
            browser.click(By.id("settingsForm:table:0:edit"));
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:value")), 10);
            browser.selectOneMenu("editForm:value", layout);
            browser.click(By.id("editForm:save"));
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已保存"), 10);
        }
        browser.signOut();
    }

    /**
     * An application of the demo activity by an account without one, employed at the demo hospital and waiting at
     * the named unit (first post), put there straight in the test database.
     */
    private static long seedWaiting(String name, String atUnit, String status) throws Exception {
        try (Connection c = connectTestDatabase();
             PreparedStatement s = c.prepareStatement("insert into application (id, applicant_id, applicant_name, "
                     + "id_number, employer_id, kind, activity_id, committee_id, series_id, title_level, specialty, "
                     + "qualification_id, route, review_year, status, review_unit_id, review_level, review_path, "
                     + "needs_entrust, created_at, first_submitted_at, submitted_at, version) "
                     + "select nextval('application_seq'), (select ac.id from account ac where not exists (select 1 "
                     + "from application x where x.applicant_id = ac.id and x.activity_id = a.id) order by ac.id desc "
                     + "limit 1), ?, ?, e.id, 'REVIEW', a.id, a.committee_id, q.series_id, q.level, '临床医学', q.id, "
                     + "'NORMAL', a.review_year, ?, w.id, 1, e.id || ',' || d.id, false, now(), now(), "
                     + "now(), 0 "
                     + "from activity a join committee c on c.id = a.committee_id "
                     + "join title_qualification q on q.series_id = c.series_id "
                     + "join unit e on e.name = '" + EMPLOYER + "' join unit d on d.name = '四川省卫生健康委员会' "
                     + "join unit w on w.name = ? "
                     + "where a.name like ? and a.status = 'PUBLISHED' "
                     + "and q.level in (select l.level from activity_level l where l.activity_id = a.id) "
                     + "order by a.id, q.id limit 1 returning id")) {
            s.setString(1, name);
            s.setString(2, TestData.idNumber());
            s.setString(3, status);
            s.setString(4, atUnit);
            s.setString(5, "%" + DEMO_ACTIVITY_PART + "%");
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("seeded").isTrue();
                return r.getLong(1);
            }
        }
    }

    private static String departmentSeedValue(String column, long id) throws Exception {
        try (Connection c = connectTestDatabase();
             PreparedStatement s = c.prepareStatement("select " + column + " from application where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static Connection connectTestDatabase() throws Exception {
        String jdbc = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_test");
        return DriverManager.getConnection(jdbc, env("ZC_DB_USER", "zhicheng"), env("ZC_DB_PASSWORD", "zhicheng"));
    }

    // ---- review steps

    private void openReview(String id) {
        browser.open("unit/applications/review.xhtml?id=" + id);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:opinion")), 10);
    }

    private void uploadReviewFile(String kind) {
        browser.driver().findElement(By.xpath("//div[@data-file='" + kind + "']//input[@type='file']"))
                .sendKeys(pdf.toString());
        browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("已上传") && d.findElements(
                By.xpath("//div[@data-file='" + kind + "']/ancestor::tr//*[contains(@id,'fileName')]")).stream()
                .anyMatch(e -> !e.getText().isBlank()), 15);
        browser.awaitAjax();
    }

    /**
     * Where the hospital has configured two posts for 申报材料审核 (ReviewBrowserIT does: 经办人, then 领导), the
     * application still waits in the hospital after the first pass: its leader passes it too.
     */
    private void secondHospitalPostIfConfigured(String id) throws IOException {
        if (browser.text(By.id("status")).contains(EMPLOYER)) {
            as("hospital_leader");
            openReview(id);
            decide("pass", "同意");
            assertThat(browser.text(By.id("status"))).doesNotContain(EMPLOYER);
        }
    }

    private void notEntrusted() {
        browser.click(By.xpath("//*[@id='decisionForm:entrust']//label[contains(.,'否')]"));
    }

    private void decide(String button, String opinion) {
        browser.type(By.id("decisionForm:opinion"), opinion);
        browser.click(By.id("decisionForm:" + button));
        steps.confirm();
        browser.awaitAjax();
    }

    /** The id of the applicant's only application, read from its 一览表 link. */
    private String applicationId() {
        String href = browser.driver().findElement(By.xpath("//a[contains(@id,':sheet')]")).getDomAttribute("href");
        Matcher matcher = Pattern.compile("/applications/(\\d+)/").matcher(href);
        assertThat(matcher.find()).as(href).isTrue();
        return matcher.group(1);
    }

    // ---- steps

    /** The upload's ajax may start after the change event: wait for its message rather than for an idle queue. */
    private void awaitUploaded() {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已上传"), 15);
        browser.awaitAjax();
    }

}
