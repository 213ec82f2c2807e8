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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

    private static final String PASSWORD = "Apply@2026x";
    private static final String EMPLOYER = "四川省人民医院";
    private static final String DEMO_ACTIVITY_PART = "年度四川省卫生系列高级职称评审工作";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;
    private Path pdf;
    private Path png;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(url);
        pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        png = Files.createTempFile("photo", ".png");
        Files.write(png, SampleFiles.png());
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(png);
    }

    @Test
    void anApplicantCompletesAReviewApplicationWithAchievementsAndMaterialsAndSubmits() {
        String idNumber = registerAndChooseEmployer("评审" + SampleFiles.suffix());
        startReview();
        fillCommonSections(idNumber);
        // 业绩成果: one under each achievement title, with two different templates (SPEC §3.8.4 K)
        openSection("业绩成果");
        clickIn("//div[@data-requirement='1']//button[@data-template='GENERAL']");
        fill(Map.of("startDate", "2019-01-01", "endDate", "2021-12-31", "workName", "胸痛中心建设"));
        choose("afterCurrentTitle", "YES");
        save();
        clickIn("//div[@data-requirement='2']//button[@data-template='PAPER']");
        fill(Map.of("name", "急性心梗的早期识别", "publishedOn", "2020-05-01", "journal", "中华心血管病杂志",
                "journalNumber", "CN11-2148/R", "words", "3.5"));
        choose("category", "CORE");
        choose("authorRank", "R1");
        save();
        assertThat(sectionText()).contains("胸痛中心建设").contains("急性心梗的早期识别");
        // 评委会需求材料: the two required ones
        openSection("评委会需求材料");
        upload("//div[@data-material='1']//input[@type='file']", pdf);
        upload("//div[@data-material='2']//input[@type='file']", pdf);
        assertThat(missingText()).isEmpty();

        submit();
        assertThat(browser.text(By.id("mine:applications"))).contains("已提交，待单位审核").contains("卫生");
    }

    @Test
    void anApplicantCompletesAnInitialDeterminationAndSubmits() throws Exception {
        String idNumber = registerAndChooseEmployer("初定" + SampleFiles.suffix());
        browser.open("applicant/new.xhtml");
        chooseSetup("INITIAL", "卫生技术人员", "INTERMEDIATE", "主治医师");
        browser.type(By.id("setup:specialty"), "内科学");
        browser.click(By.id("setup:applyInitial"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        assertThat(browser.pageText()).doesNotContain("评委会需求材料").doesNotContain("业绩成果");
        fillCommonSections(idNumber);
        submit();
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
        String idNumber = registerAndChooseEmployer("撤回" + SampleFiles.suffix());
        browser.open("applicant/new.xhtml");
        chooseSetup("INITIAL", "卫生技术人员", "INTERMEDIATE", "主管护师");
        browser.type(By.id("setup:specialty"), "护理学");
        browser.click(By.id("setup:applyInitial"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        fillCommonSections(idNumber);
        submit();

        browser.click(By.xpath("//a[contains(@id,':withdraw')]"));
        confirm();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:applications"), "草稿"), 10);
        assertThat(browser.pageText()).contains("申报已撤回");

        browser.click(By.xpath("//a[contains(@id,':continue')]"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        submit();
        assertThat(browser.text(By.id("mine:applications"))).contains("已提交，待单位审核");
        browser.click(By.xpath("//a[contains(@id,':log')]"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("logDialog")), 10);
        browser.awaitAjax();
        assertThat(browser.text(By.id("logForm:flowLog"))).contains("新增申报").contains("撤回").contains("提交");
    }

    // ---- steps

    /** Registers a fresh applicant (SC self-registration), signs in and chooses the employer. */
    private String registerAndChooseEmployer(String name) {
        String idNumber = TestData.idNumber();
        browser.open("register-applicant.xhtml");
        browser.type(By.id("registerForm:name"), name);
        browser.type(By.id("registerForm:idNumber"), idNumber);
        browser.type(By.id("registerForm:mobile"), "13800138000");
        browser.type(By.id("registerForm:password"), PASSWORD);
        browser.type(By.id("registerForm:confirmation"), PASSWORD);
        browser.submitAndWait(By.id("registerForm:submit"));
        browser.signIn(idNumber, PASSWORD);
        browser.open("applicant/employer.xhtml");
        browser.type(By.id("employerForm:nameFilter"), EMPLOYER);
        browser.click(By.id("employerForm:search"));
        browser.awaitAjax();
        browser.click(By.xpath("//span[@class='zc-unit-name' and text()='" + EMPLOYER + "']/ancestor::tr//button"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("currentEmployer"))).isEqualTo(EMPLOYER);
        return idNumber;
    }

    private void startReview() {
        browser.open("applicant/new.xhtml");
        chooseSetup("REVIEW", "卫生技术人员", "SENIOR_DEPUTY", "副主任医师");
        browser.type(By.id("setup:specialty"), "临床医学");
        browser.click(By.id("setup:search"));
        browser.awaitAjax();
        browser.click(By.xpath("//table//td[contains(.,'" + DEMO_ACTIVITY_PART + "')]/ancestor::tr//button[contains(@id,':apply')]"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        assertThat(browser.pageText()).contains("已创建申报");
    }

    private void chooseSetup(String kind, String series, String level, String qualification) {
        browser.click(By.xpath("//input[@name='setup:kind' and @value='" + kind + "']"));
        browser.awaitAjax();
        new Select(browser.driver().findElement(By.id("setup:series"))).selectByVisibleText(series);
        browser.awaitAjax();
        new Select(browser.driver().findElement(By.id("setup:level"))).selectByValue(level);
        browser.awaitAjax();
        new Select(browser.driver().findElement(By.id("setup:qualification"))).selectByVisibleText(qualification);
        browser.awaitAjax();
    }

    /** 个人基本信息 with photo, one education with diploma, one work experience. */
    private void fillCommonSections(String idNumber) {
        openSection("个人基本信息");
        clickIn("//div[@data-section='BASIC']//button[@data-add='BASIC']");
        choose("documentType", "RESIDENT_ID");
        choose("sex", Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "MALE" : "FEMALE");
        choose("political", "MASSES");
        fill(Map.of("ethnicity", "汉族", "mobile", "13800138000",
                "birthDate", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14),
                "summary", "长期从事临床一线工作，业绩突出。"));
        save();
        upload("//div[@data-section='BASIC']//div[@data-slot='photo']//input[@type='file']", png);

        openSection("学历信息");
        clickIn("//div[@data-section='EDUCATION']//button[@data-add='EDUCATION']");
        fill(Map.of("startMonth", "2003-09", "endMonth", "2008-07", "school", "四川大学", "major", "临床医学"));
        choose("schooling", "Y5");
        choose("education", "BACHELOR");
        choose("degree", "BACHELOR");
        choose("first", "YES");
        choose("highest", "YES");
        save();
        upload("//div[@data-section='EDUCATION']//div[@data-slot='diploma']//input[@type='file']", pdf);

        openSection("工作经历");
        clickIn("//div[@data-section='WORK']//button[@data-add='WORK']");
        fill(Map.of("startMonth", "2008-08", "employer", EMPLOYER, "position", "主治医师", "witness", "王主任",
                "content", "心内科临床工作"));
        save();
        assertThat(sectionText()).contains(EMPLOYER).contains("至今");
    }

    private void openSection(String title) {
        browser.click(By.xpath("//*[@id='sectionsForm:sections']//ul[contains(@class,'ui-tabs-nav')]/li[contains(.,'"
                + title + "')]"));
        browser.awaitAjax();
    }

    private void clickIn(String xpath) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(xpath)), 10).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("entryDialog")), 10);
        browser.awaitAjax();
    }

    private void fill(Map<String, String> values) {
        values.forEach((key, value) -> {
            WebElement input = browser.driver().findElement(By.cssSelector("#entryForm [data-field='" + key + "']"));
            input.clear();
            input.sendKeys(value);
        });
    }

    private void choose(String key, String value) {
        new Select(browser.driver().findElement(By.cssSelector("#entryForm [data-field='" + key + "']")))
                .selectByValue(value);
    }

    private void save() {
        browser.click(By.id("entryForm:saveEntry"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("entryDialog")), 10);
    }

    /** Chooses the file; the upload starts at once (auto) and the slot then lists the file by name. */
    private void upload(String inputXpath, Path file) {
        browser.driver().findElement(By.xpath(inputXpath)).sendKeys(file.toString());
        String slot = inputXpath.substring(0, inputXpath.indexOf("//input"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath(slot),
                file.getFileName().toString()), 15);
        browser.awaitAjax();
        assertThat(browser.text(By.id("messages"))).contains("已上传");
    }

    private String sectionText() {
        return browser.text(By.id("sectionsForm:sections"));
    }

    private String missingText() {
        browser.click(By.id("top:keep"));
        browser.awaitAjax();
        return browser.driver().findElements(By.id("missing")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    private void submit() {
        browser.click(By.id("top:submit"));
        confirm();
        browser.waitFor(ExpectedConditions.urlContains("applications.xhtml"), 10);
        assertThat(browser.pageText()).contains("申报已提交");
    }

    private void confirm() {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
    }
}
