package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.SampleFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 acceptance for the applicant portal (SPEC §3.8): new applicants register, choose 四川省人民医院 as employer
 * and (1) complete a 申报评审 application for the demo health committee's activity — basic information with photo,
 * education with diploma, work, achievements under two templates, the required committee materials — and submit it;
 * (2) complete a 职称初定 application and submit it; (3) withdraw a submitted application and resubmit it. Each
 * applicant is fresh, so the tests do not depend on each other or on the demo applicants.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicantBrowserIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;
    private Path pdf;
    private Path png;
    private ApplicantSteps steps;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(url);
        pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        png = Files.createTempFile("photo", ".png");
        Files.write(png, SampleFiles.png());
        steps = new ApplicantSteps(() -> browser, pdf, png);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(png);
    }

    @Test
    void anApplicantCompletesAReviewApplicationWithAchievementsAndMaterialsAndSubmits() {
        String idNumber = steps.registerAndChooseEmployer("评审" + SampleFiles.suffix());
        steps.startReview();
        steps.fillCommonSections(idNumber);
        // 业绩成果: one under each achievement title, with two different templates (SPEC §3.8.4 K)
        steps.openSection("业绩成果");
        steps.clickIn("//div[@data-requirement='1']//button[@data-template='GENERAL']");
        steps.fill(Map.of("startDate", "2019-01-01", "endDate", "2021-12-31", "workName", "胸痛中心建设"));
        steps.choose("afterCurrentTitle", "YES");
        steps.save();
        steps.clickIn("//div[@data-requirement='2']//button[@data-template='PAPER']");
        steps.fill(Map.of("name", "急性心梗的早期识别", "publishedOn", "2020-05-01", "journal", "中华心血管病杂志",
                "journalNumber", "CN11-2148/R", "words", "3.5"));
        steps.choose("category", "CORE");
        steps.choose("authorRank", "R1");
        steps.save();
        assertThat(steps.sectionText()).contains("胸痛中心建设").contains("急性心梗的早期识别");
        // 评委会需求材料: the two required ones
        steps.openSection("评委会需求材料");
        steps.upload("//div[@data-material='1']//input[@type='file']", pdf);
        steps.upload("//div[@data-material='2']//input[@type='file']", pdf);
        assertThat(steps.missingText()).isEmpty();

        steps.submit();
        assertThat(browser.text(By.id("mine:applications"))).contains("已提交，待单位审核").contains("卫生");
    }

    @Test
    void anApplicantCompletesAnInitialDeterminationAndSubmits() throws Exception {
        String idNumber = steps.registerAndChooseEmployer("初定" + SampleFiles.suffix());
        browser.open("applicant/new.xhtml");
        steps.chooseSetup("INITIAL", "卫生技术人员", "INTERMEDIATE", "主治医师");
        browser.type(By.id("setup:specialty"), "内科学");
        browser.click(By.id("setup:applyInitial"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        assertThat(browser.pageText()).doesNotContain("评委会需求材料").doesNotContain("业绩成果");
        steps.fillCommonSections(idNumber);
        steps.submit();
        assertThat(browser.text(By.id("mine:applications"))).contains("职称初定").contains("已提交，待单位审核");

        // 一览表: the PDF of the whole application, for its owner
        String href = browser.driver().findElement(By.xpath("//a[contains(@id,':sheet')]")).getDomAttribute("href");
        byte[] sheet = download(href);
        assertThat(new String(sheet, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sheet.length).isGreaterThan(5_000);
    }

    /** GET with the browser's session cookie (the PDF is not shown by headless Chromium). */
    private byte[] download(String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        URI target = URI.create(url.toString()).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    @Test
    void anApplicantWithdrawsASubmittedApplicationAndResubmitsIt() {
        String idNumber = steps.registerAndChooseEmployer("撤回" + SampleFiles.suffix());
        browser.open("applicant/new.xhtml");
        steps.chooseSetup("INITIAL", "卫生技术人员", "INTERMEDIATE", "主管护师");
        browser.type(By.id("setup:specialty"), "护理学");
        browser.click(By.id("setup:applyInitial"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        steps.fillCommonSections(idNumber);
        steps.submit();

        browser.click(By.xpath("//a[contains(@id,':withdraw')]"));
        steps.confirm();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:applications"), "草稿"), 10);
        assertThat(browser.pageText()).contains("申报已撤回");

        browser.click(By.xpath("//a[contains(@id,':continue')]"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        steps.submit();
        assertThat(browser.text(By.id("mine:applications"))).contains("已提交，待单位审核");
        browser.click(By.xpath("//a[contains(@id,':log')]"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("logDialog")), 10);
        browser.awaitAjax();
        assertThat(browser.text(By.id("logForm:flowLog"))).contains("新增申报").contains("撤回").contains("提交");
    }

    // ---- steps

}
