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
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已发证"), 90);

        // 已发放: the certificate with its serial; the issuer can download it
        browser.open("unit/certificates/issue.xhtml");
        openTab("已发放");
        WebElement issued = browser.driver().findElements(By.cssSelector("[id$=':issued_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(holder)).findFirst()
                .orElseThrow(() -> new AssertionError(browser.pageText()));
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
