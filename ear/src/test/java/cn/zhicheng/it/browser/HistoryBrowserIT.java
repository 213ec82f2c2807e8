package cn.zhicheng.it.browser;

import cn.zhicheng.history.HistoryColumn;
import cn.zhicheng.history.HistoryTemplate;
import cn.zhicheng.it.Deployments;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 acceptance for historical title data (SPEC §3.13): the demo 武侯区人社局经办人 uploads a workbook with three
 * good and three bad rows for a committee of its unit (seeded here through JDBC), sees the failed rows with their
 * reasons, fixes one in place, exports the other two, submits the batch to the province, and the two levels of the
 * path (成都市人社局, then 省人社厅) approve it. Under the SX chain (switched on the settings page, reset after), the
 * demo 评委会管理员 adds a historical review activity, imports its certificates (one row refused, then deleted) and
 * reports the batch (上报) to the committee's 主管部门 (卫健委), then the province.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String CITY = "成都市人力资源和社会保障局";
    private static final String PROVINCE = "四川省人力资源和社会保障厅";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(url);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    /**
     * Posts the failures panel's form with its 导出 button as the browser would (the same fields and view state), with
     * the browser's session cookie, and reads the returned workbook's first sheet as text.
     */
    private List<List<String>> exportedFailures() throws Exception {
        String body = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var p = new URLSearchParams(new FormData(document.getElementById('uploadForm')));"
                        + "p.append('uploadForm:exportFailures', 'uploadForm:exportFailures'); return p.toString();");
        String action = browser.driver().findElement(By.id("uploadForm")).getDomProperty("action");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action))
                        .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).strip());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aUnitUploadsFixesARowSubmitsAndTwoLevelsApprove() throws Exception {
        String tag = "hb" + System.nanoTime() % 1_000_000;
        String committee = tag + "工程技术评委会";
        seedCommittee(committee);
        String number = "武人社职〔2018〕" + (System.nanoTime() % 100_000) + "号";
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(committee, "好一" + tag, TestData.idNumber()));
        rows.add(row(committee, "好二" + tag, TestData.idNumber()));
        rows.add(row(committee, "好三" + tag, TestData.idNumber()));
        List<String> wrongSex = row(committee, "错性别" + tag, TestData.idNumber());
        String rightSex = wrongSex.get(HistoryColumn.SEX.ordinal());
        wrongSex.set(HistoryColumn.SEX.ordinal(), "男".equals(rightSex) ? "女" : "男");
        rows.add(wrongSex);
        List<String> wrongBrackets = row(committee, "错文号" + tag, TestData.idNumber());
        wrongBrackets.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), number.replace('〔', '【').replace('〕', '】'));
        rows.add(wrongBrackets);
        List<String> strangeBody = row(committee, "错机构" + tag, TestData.idNumber());
        strangeBody.set(HistoryColumn.INSTITUTION.ordinal(), "别人的评委会");
        rows.add(strangeBody);
        Path file = Files.createTempFile("history-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeRows(out, List.of(), rows, List.of());
        }
        Path pdf = Files.createTempFile("任职资格文件-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        // the county uploads: 3 imported, 3 failed with their reasons
        browser.signIn("wh_hrss", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_HISTORY_UPLOAD");
        browser.open("unit/history/upload.xhtml");
        browser.driver().findElement(By.id("importForm:file_input")).sendKeys(file.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:uploaded"),
                file.getFileName().toString()), 20);
        browser.type(By.id("importForm:documentNumber"), number);
        browser.click(By.id("importForm:start"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:failures")), 60);
        browser.awaitAjax();
        assertThat(browser.text(By.id("importForm:validCount"))).isEqualTo("3");
        assertThat(browser.text(By.id("importForm:failedCount"))).isEqualTo("3");
        String failures = browser.text(By.id("uploadForm:failures"));
        assertThat(failures).contains("第 7 行“性别”列", "第 8 行“职称文件文号”列", "六角括号", "第 9 行“评审机构”列");

        // fix the wrong sex in place
        rowContaining("uploadForm:failures", "错性别").findElement(By.cssSelector("[id$=':edit']")).click();
        browser.awaitAjax();
        By sexCell = By.id("editForm:cols:" + HistoryColumn.SEX.ordinal() + ":cell");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(sexCell), 10);
        assertThat(browser.text(By.id("editForm:editReason"))).contains("性别与证件号码不一致");
        assertThat(browser.driver().findElement(sexCell).getAttribute("class")).contains("ui-state-error");
        browser.type(sexCell, rightSex);
        browser.click(By.id("editForm:saveEdit"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已修改并导入"), 10);
        assertThat(browser.text(By.id("uploadForm:failures"))).doesNotContain("错性别").contains("错文号", "错机构");

        // export the other two: the 导出 button's form post, sent with the browser's session cookie, returns an xlsx
        // with exactly those two rows and their reasons; then submit the batch to the province
        assertThat(browser.driver().findElement(By.id("uploadForm:exportFailures")).isDisplayed()).isTrue();
        List<List<String>> exported = exportedFailures();
        List<String> header = exported.stream().filter(r -> r.contains("失败原因")).findFirst().orElseThrow();
        int nameColumn = HistoryColumn.NAME.ordinal();
        int reasonColumn = header.indexOf("失败原因");
        assertThat(header.subList(0, HistoryColumn.WIDTH)).isEqualTo(HistoryColumn.headers());
        assertThat(reasonColumn).isEqualTo(HistoryColumn.WIDTH);
        List<List<String>> exportedRows = exported.stream()
                .filter(r -> r.size() > nameColumn && r.get(nameColumn).endsWith(tag)).toList();
        assertThat(exportedRows).extracting(r -> r.get(nameColumn)).containsExactly("错文号" + tag, "错机构" + tag);
        assertThat(exportedRows.get(0).get(reasonColumn)).contains("职称文件文号", "六角括号");
        assertThat(exportedRows.get(1).get(reasonColumn)).contains("评审机构", "别人的评委会", "不是本单位已备案的评委会");
        assertThat(exportedRows.get(0).get(HistoryColumn.ID_NUMBER.ordinal()))
                .isEqualTo(wrongBrackets.get(HistoryColumn.ID_NUMBER.ordinal()));
        browser.open("unit/history/upload.xhtml");
        WebElement draft = rowContaining("uploadForm:tabs:drafts", number);
        assertThat(draft.getText()).contains("4", "2");
        draft.findElement(By.cssSelector("[id$=':submit']")).click();
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:path")), 10);
        assertThat(optionValue("submitForm:issuer_input", CITY)).isNotBlank();
        assertThat(optionValue("submitForm:issuer_input", PROVINCE)).isNotBlank();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("submitForm:path"),
                CITY + "-" + PROVINCE), 10);
        assertThat(browser.text(By.id("submitForm:path"))).startsWith("本次审核需经过以下几级单位：");
        browser.driver().findElement(By.id("submitForm:qualificationFile_input")).sendKeys(pdf.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("submitForm:fileName"),
                pdf.getFileName().toString()), 20);
        browser.click(By.id("submitForm:confirmSubmit"));
        confirm();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已提交审核"), 10);
        browser.signOut();

        // the city, then the province approve
        for (String reviewer : List.of("cd_hrss", "sc_hrss")) {
            browser.signIn(reviewer, DEMO_PASSWORD);
            assertThat(browser.menuIds()).contains("UNIT_HISTORY_REVIEW");
            browser.open("unit/history/review.xhtml");
            assertThat(browser.text(By.id("multiPostNotice"))).as("no 多岗审核配置: one step by any reviewer")
                    .contains("多岗审核");
            rowContaining("reviewForm:pending", number).findElement(By.cssSelector("[id$=':review']")).click();
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reviewForm:pass")), 10);
            assertThat(browser.text(By.id("reviewForm:records"))).contains("好一" + tag, "错性别" + tag);
            browser.type(By.id("reviewForm:names"), "好一" + tag + " 好二" + tag);
            browser.click(By.id("reviewForm:verify"));
            browser.awaitAjax();
            assertThat(browser.text(By.id("reviewForm:nameChecks"))).contains("存在", "不存在");
            browser.click(By.id("reviewForm:pass"));
            confirm();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "已审核通过 1 个批次"), 10);
            browser.signOut();
        }

        browser.signIn("wh_hrss", DEMO_PASSWORD);
        browser.open("unit/history/upload.xhtml");
        browser.click(By.linkText("已提交"));
        browser.awaitAjax();
        assertThat(rowContaining("uploadForm:tabs:submitted", number).getText()).contains("审核通过（待发证）");
        Files.deleteIfExists(file);
        Files.deleteIfExists(pdf);
    }

    @Test
    void underTheShanxiChainTheCommitteeAdminImportsAHistoricalActivityAndReportsIt() throws Exception {
        String tag = "hs" + System.nanoTime() % 1_000_000;
        String committee = "四川省卫生系列高级职称评审委员会";
        String number = "川人社职〔2018〕" + (System.nanoTime() % 100_000) + "号";
        List<List<String>> rows = new ArrayList<>();
        for (String name : List.of("晋一" + tag, "晋二" + tag, "晋错" + tag)) {
            List<String> cells = row(committee, name, TestData.idNumber());
            cells.set(HistoryColumn.SERIES.ordinal(), "卫生技术人员");
            cells.set(HistoryColumn.QUALIFICATION.ordinal(), "副主任医师");
            rows.add(cells);
        }
        rows.get(2).set(HistoryColumn.INSTITUTION.ordinal(), "别人的评委会");
        Path file = Files.createTempFile("history-report-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryTemplate.writeRows(out, List.of(), rows, List.of());
        }
        Path pdf = Files.createTempFile("任职资格文件-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        switchChain("COMMITTEE_DEPT_PROVINCE");
        try {
            browser.signIn("committee_admin", DEMO_PASSWORD);
            assertThat(browser.menuIds()).contains("COMMITTEE_HISTORY_REPORTS");
            browser.open("committee/history/reports.xhtml");
            browser.click(By.id("activitiesForm:create"));
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("activityForm:name")), 10);
            browser.type(By.id("activityForm:name"), tag + "2018年度卫生高评");
            browser.selectOneMenu("activityForm:series", optionValue("activityForm:series_input", "卫生技术人员"));
            browser.selectOneMenu("activityForm:level", "SENIOR_DEPUTY");
            browser.click(By.id("activityForm:saveActivity"));
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已新增历史评审活动"),
                    10);

            // 证书历史数据导入 through the same job: two imported, the stranger institution refused
            browser.driver().findElement(By.id("importForm:file_input")).sendKeys(file.toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:uploaded"),
                    file.getFileName().toString()), 20);
            browser.type(By.id("importForm:documentNumber"), number);
            browser.click(By.id("importForm:start"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:failures")), 60);
            browser.awaitAjax();
            assertThat(browser.text(By.id("importForm:validCount"))).isEqualTo("2");
            assertThat(browser.text(By.id("importForm:failedCount"))).isEqualTo("1");
            assertThat(browser.text(By.id("uploadForm:failures"))).contains("第 6 行“评审机构”列");
            browser.click(By.id("uploadForm:deleteAll"));
            confirm();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已删除 1 条"), 10);

            // 上报: the 主管部门, then the province
            WebElement batch = rowContaining("uploadForm:batches", number);
            assertThat(batch.getText()).contains("待提交");
            batch.findElement(By.cssSelector("[id$=':submit']")).click();
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("submitForm:path"),
                    "四川省卫生健康委员会-" + PROVINCE), 10);
            browser.driver().findElement(By.id("submitForm:qualificationFile_input")).sendKeys(pdf.toString());
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("submitForm:fileName"),
                    pdf.getFileName().toString()), 20);
            browser.click(By.id("submitForm:confirmSubmit"));
            confirm();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已提交审核"), 10);
            assertThat(rowContaining("uploadForm:batches", number).getText()).contains("待初审",
                    "四川省卫生健康委员会");
            browser.signOut();
        } finally {
            resetChain();
            Files.deleteIfExists(file);
            Files.deleteIfExists(pdf);
        }
    }

    private void switchChain(String chain) {
        browser.signIn("admin", DEMO_PASSWORD);
        filterChain();
        browser.click(By.id("settingsForm:table:0:edit"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:value")), 10);
        browser.selectOneMenu("editForm:value", chain);
        browser.click(By.id("editForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改"), 10);
        browser.signOut();
    }

    private void resetChain() {
        browser.signOut();
        browser.signIn("admin", DEMO_PASSWORD);
        filterChain();
        if (!browser.driver().findElements(By.id("settingsForm:table:0:reset")).isEmpty()) {
            browser.click(By.id("settingsForm:table:0:reset"));
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10)
                    .click();
            browser.waitFor(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改")), 10);
        }
        browser.signOut();
    }

    private void filterChain() {
        browser.open("admin/settings.xhtml");
        browser.type(By.id("settingsForm:filter"), "history.chain");
        browser.waitFor(d -> d.findElements(By.cssSelector("#settingsForm\\:table tbody tr")).size() == 1, 10);
    }

    private static List<String> row(String committee, String name, String idNumber) {
        List<String> cells = new ArrayList<>(HistoryTemplate.EXAMPLE);
        cells.set(HistoryColumn.NAME.ordinal(), name);
        cells.set(HistoryColumn.ID_NUMBER.ordinal(), idNumber);
        cells.set(HistoryColumn.SEX.ordinal(), (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女");
        cells.set(HistoryColumn.BIRTH_DATE.ordinal(), idNumber.substring(6, 14));
        cells.set(HistoryColumn.INSTITUTION.ordinal(), committee);
        cells.set(HistoryColumn.DOCUMENT_NUMBER.ordinal(), "");
        return cells;
    }

    private String optionValue(String selectId, String label) {
        return browser.driver().findElements(By.cssSelector("[id='" + selectId + "'] option")).stream()
                .filter(o -> o.getAttribute("textContent").strip().equals(label)).findFirst().orElseThrow()
                .getAttribute("value");
    }

    private WebElement rowContaining(String tableId, String text) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null), 10);
    }

    private void confirm() {
        By yes = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes");
        browser.waitFor(ExpectedConditions.elementToBeClickable(yes), 10).click();
        browser.awaitAjax();
    }

    /** A filed committee of the demo 武侯区人社局 for 工程技术人员, straight into the test database. */
    private static void seedCommittee(String name) throws Exception {
        String jdbc = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_test");
        try (Connection c = DriverManager.getConnection(jdbc, env("ZC_DB_USER", "zhicheng"),
                env("ZC_DB_PASSWORD", "zhicheng"));
             PreparedStatement s = c.prepareStatement("insert into committee (id, name, formation_unit_id, "
                     + "series_id, internal_review, created_at, filing_status) values (nextval('committee_seq'), ?, "
                     + "(select id from unit where name = '成都市武侯区人力资源和社会保障局'), "
                     + "(select id from title_series where name = '工程技术人员'), false, now(), 'FILED')")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
