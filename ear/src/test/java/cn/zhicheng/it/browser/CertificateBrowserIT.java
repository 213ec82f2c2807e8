package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 acceptance in the browser (SPEC §3.12.1, §3.8.7): the demo 卫健委经办人 (`health_dept`) issues a 初定 batch
 * end to end — 未发放 → 添加批次, 发放中: 批准时间 and 文号, the stamped 汇总表, 【发证】 and the job — and finds the
 * certificate under 已发放; the holder (a demo 初定 applicant) downloads it from 我的证书 (its text holds name and
 * serial); an anonymous visitor verifies it by serial and name on the public page.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    /** The demo 初定 applicants and their log-ins (DemoData: demoIdNumber(40), demoIdNumber(41)). */
    private static final Map<String, String> HOLDERS = Map.of("王五", demoIdNumber(40), "赵六", demoIdNumber(41));

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

    @Test
    void anIssuerIssuesAnInitialBatchTheHolderDownloadsAndAVisitorVerifies() throws Exception {
        browser.signIn("health_dept", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_CERTIFICATES");
        assertThat(browser.text(By.id("toDos"))).contains("待发证人员");
        browser.open("unit/certificates/issue.xhtml");
        WebElement row = browser.driver().findElements(By.cssSelector("[id$=':pending_data'] tr")).stream()
                .filter(tr -> HOLDERS.keySet().stream().anyMatch(name -> tr.getText().contains(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no demo 初定 applicant waiting: "
                        + browser.pageText()));
        String holder = HOLDERS.keySet().stream().filter(name -> row.getText().contains(name)).findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("**********").doesNotContain(HOLDERS.get(holder));
        row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.awaitAjax();
        confirm(By.id("issueForm:tabs:createBatch"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已添加批次"), 10);

        // 发放中: the new batch is selected; 批准时间 and 文号, the 汇总表 back stamped, then 发证
        openTab("发放中");
        assertThat(browser.text(By.id("issueForm:tabs:persons"))).contains(holder);
        WebElement date = browser.driver().findElement(By.id("issueForm:tabs:approvalDate_input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", date,
                LocalDate.now().minusDays(1).toString());
        browser.type(By.id("issueForm:tabs:documentNumber"), "川卫职[2026]30号");
        browser.click(By.id("issueForm:tabs:saveApproval"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("messages"))).contains("〔〕");
        browser.type(By.id("issueForm:tabs:documentNumber"), "川卫职〔2026〕30号");
        browser.click(By.id("issueForm:tabs:saveApproval"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "已保存批准时间和职称文件文号"), 10);
        Path stamped = Files.createTempFile("汇总表-", ".pdf");
        Files.write(stamped, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.id("issueForm:tabs:summaryFile_input")).sendKeys(stamped.toString());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("issueForm:tabs:summaryUploaded")), 20);
        confirm(By.id("issueForm:tabs:issue"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已开始生成证书"), 10);

        // 已发放 once the job is done: the certificate with its serial; the issuer can download it
        WebElement issued = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (issued == null && System.currentTimeMillis() < deadline) {
            browser.open("unit/certificates/issue.xhtml");
            openTab("已发放");
            issued = browser.driver().findElements(By.cssSelector("[id$=':issued_data'] tr")).stream()
                    .filter(tr -> tr.getText().contains(holder)).findFirst().orElse(null);
            if (issued == null) {
                Thread.sleep(2000);
            }
        }
        if (issued == null) {
            throw new AssertionError("not issued within 2 minutes: " + browser.pageText());
        }
        String serial = issued.findElements(By.tagName("td")).get(1).getText().strip();
        assertThat(serial).matches("51" + LocalDate.now().getYear() + "\\d{7}");
        assertThat(issued.getText()).contains("已发放");
        byte[] asIssuer = download(issued.findElement(By.cssSelector("a[id$=':download']")).getDomAttribute("href"));
        assertThat(new String(asIssuer, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.signOut();

        // 我的证书: the holder downloads the certificate; its text holds the name and the serial
        browser.signIn(HOLDERS.get(holder), DEMO_PASSWORD);
        browser.open("applicant/certificates.xhtml");
        assertThat(browser.text(By.id("certificatesForm:electronic"))).contains(serial).contains("已发放");
        String href = browser.driver().findElement(By.cssSelector("[id$=':electronic'] a[id$=':download']"))
                .getDomAttribute("href");
        String text = pdfText(download(href));
        assertThat(text).contains(holder).contains(serial).contains("主治医师");
        browser.signOut();

        // 证书查验 without log-in
        browser.open("public/verify.xhtml");
        browser.type(By.id("verifyForm:serialNo"), serial);
        browser.type(By.id("verifyForm:holderName"), "别人");
        browser.click(By.id("verifyForm:verify"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "未查到该证书"), 10);
        browser.type(By.id("verifyForm:holderName"), holder);
        browser.click(By.id("verifyForm:verify"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "证书有效"), 10);
        assertThat(browser.text(By.id("factSerial"))).isEqualTo(serial);
        assertThat(browser.text(By.id("factIdNumber"))).contains("*").doesNotContain(HOLDERS.get(holder));
    }

    /**
     * 历史证书生成 for the demo 省人社厅 (`sc_hrss`): the approved demo group 成人社职〔2016〕45号 waits; 【证书列表】 shows its
     * records with masked IDs and the 审核路径 武侯区 → 成都市 → 省人社厅; 【批量发证】 makes it a batch whose rows offer
     * 【取消发证】 and 【退回采集单位】, and a 退回 without a reason is refused with the message and changes nothing.
     */
    @Test
    void anIssuerListsAHistoricalGroupBatchesItAndAReturnNeedsAReason() {
        browser.signIn("sc_hrss", DEMO_PASSWORD);
        browser.open("unit/certificates/issue.xhtml");
        browser.driver().findElements(By.cssSelector("#issueForm\\:source .ui-button")).stream()
                .filter(b -> b.getText().contains("历史证书生成")).findFirst()
                .orElseThrow(() -> new AssertionError("no source switch: " + browser.pageText())).click();
        browser.awaitAjax();
        WebElement group = browser.driver().findElements(By.cssSelector("[id$=':groups_data'] tr")).stream()
                .filter(tr -> tr.getText().contains("成人社职〔2016〕45号")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo group does not wait: " + browser.pageText()));
        assertThat(group.getText()).contains("成都市工程技术职务评审委员会（原）").contains("3");
        group.findElement(By.cssSelector("button[id$=':listGroup']")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("groupForm:groupRecords")), 10);
        String listed = browser.text(By.id("groupForm:groupRecords"));
        assertThat(listed).contains("李四").contains("周工").contains("吴工").contains("5101**********2345")
                .doesNotContain("510107198503152345").contains("成都市武侯区建筑设计院");
        assertThat(listed).containsPattern("武侯区.*→.*成都市.*→.*四川省人力资源和社会保障厅");
        browser.driver().findElements(By.cssSelector("#groupForm button")).stream()
                .filter(b -> b.getText().contains("取消")).findFirst().orElseThrow().click();

        group = browser.driver().findElements(By.cssSelector("[id$=':groups_data'] tr")).stream()
                .filter(tr -> tr.getText().contains("成人社职〔2016〕45号")).findFirst().orElseThrow();
        group.findElement(By.cssSelector("button[id$=':batchIssue']")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已添加批次，共 3 人"), 10);
        openTab("发放中");
        WebElement row = browser.driver().findElements(By.cssSelector("[id$=':persons_data'] tr")).stream()
                .filter(tr -> tr.getText().contains("吴工")).findFirst()
                .orElseThrow(() -> new AssertionError("吴工 not in the batch: " + browser.pageText()));
        assertThat(row.findElement(By.cssSelector("button[id$=':cancel']")).getText()).isEqualTo("取消发证");
        row.findElement(By.cssSelector("button[id$=':return']")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reason")), 10);
        assertThat(browser.text(By.id("reasonDialog_title"))).isEqualTo("退回采集单位");
        browser.click(By.id("reasonForm:confirmReason"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "请填写退回原因"), 10);
        assertThat(browser.text(By.id("issueForm:tabs:persons"))).contains("吴工");
        assertThat(browser.text(By.id("personCount"))).isEqualTo("3");
    }

    private void openTab(String title) {
        browser.driver().findElements(By.cssSelector("#issueForm\\:tabs .ui-tabs-nav a")).stream()
                .filter(a -> a.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + title)).click();
        browser.awaitAjax();
    }

    private void confirm(By button) {
        browser.click(button);
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
    }

    /** GET with the browser's session cookie (headless Chromium does not show PDFs). */
    private byte[] download(String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        URI target = URI.create(url.toString()).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("certificate-", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(file);
        return text.replaceAll("\\s+", "");
    }

    /** DemoData's ID numbers: a person born in 1965–1989 (成都市锦江区), unique per index. */
    private static String demoIdNumber(int index) {
        String body = String.format("510104%04d%02d%02d%03d", 1965 + index, 1 + index % 12, 1 + index % 28,
                100 + index);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
