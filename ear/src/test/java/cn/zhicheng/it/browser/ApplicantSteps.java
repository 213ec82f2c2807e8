package cn.zhicheng.it.browser;

import cn.zhicheng.it.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's steps in the browser (SPEC §3.8) that the applicant journeys and the review-chain journey share:
 * register and choose the employer, start an application, fill the common sections of the form, upload, submit. It
 * acts in whichever browser the test currently drives.
 */
final class ApplicantSteps {

    static final String PASSWORD = "Apply@2026x";
    static final String EMPLOYER = "四川省人民医院";
    static final String DEMO_ACTIVITY_PART = "年度四川省卫生系列高级职称评审工作";

    private final Supplier<Browser> current;
    private final Path pdf;
    private final Path png;

    ApplicantSteps(Supplier<Browser> current, Path pdf, Path png) {
        this.current = current;
        this.pdf = pdf;
        this.png = png;
    }

    private Browser browser() {
        return current.get();
    }

    /** Registers a fresh applicant (SC self-registration), signs in and chooses the employer. */
    String registerAndChooseEmployer(String name) {
        Browser browser = browser();
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

    /** 申报评审 of 副主任医师 for the demo health committee's activity. */
    void startReview() {
        Browser browser = browser();
        browser.open("applicant/new.xhtml");
        chooseSetup("REVIEW", "卫生技术人员", "SENIOR_DEPUTY", "副主任医师");
        browser.type(By.id("setup:specialty"), "临床医学");
        browser.click(By.id("setup:search"));
        browser.awaitAjax();
        browser.click(By.xpath("//table//td[contains(.,'" + DEMO_ACTIVITY_PART
                + "')]/ancestor::tr//button[contains(@id,':apply')]"));
        browser.waitFor(ExpectedConditions.urlContains("form.xhtml"), 10);
        assertThat(browser.pageText()).contains("已创建申报");
    }

    void chooseSetup(String kind, String series, String level, String qualification) {
        Browser browser = browser();
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
    void fillCommonSections(String idNumber) {
        openSection("个人基本信息");
        clickIn("//div[@data-section='BASIC']//button[@data-add='BASIC']");
        choose("documentType", "RESIDENT_ID");
        choose("sex", Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "MALE" : "FEMALE");
        choose("political", "MASSES");
        fill(Map.of("ethnicity", "汉族", "mobile", "13800138000",
                "birthDate", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                        + idNumber.substring(12, 14),
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

    void openSection(String title) {
        Browser browser = browser();
        browser.click(By.xpath("//*[@id='sectionsForm:sections']//ul[contains(@class,'ui-tabs-nav')]/li[contains(.,'"
                + title + "')]"));
        browser.awaitAjax();
    }

    /** Opens the entry dialog with the add button at {@code xpath}. */
    void clickIn(String xpath) {
        Browser browser = browser();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(xpath)), 10).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("entryDialog")), 10);
        browser.awaitAjax();
    }

    void fill(Map<String, String> values) {
        values.forEach((key, value) -> {
            WebElement input = browser().driver().findElement(By.cssSelector("#entryForm [data-field='" + key + "']"));
            input.clear();
            input.sendKeys(value);
        });
    }

    void choose(String key, String value) {
        new Select(browser().driver().findElement(By.cssSelector("#entryForm [data-field='" + key + "']")))
                .selectByValue(value);
    }

    void save() {
        Browser browser = browser();
        browser.click(By.id("entryForm:saveEntry"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("entryDialog")), 10);
    }

    /**
     * Chooses the file; the upload starts at once (auto). Its ajax may start after the change event, so this waits for
     * the message rather than for an idle queue, then for the slot to list the file by name.
     */
    void upload(String inputXpath, Path file) {
        Browser browser = browser();
        browser.driver().findElement(By.xpath(inputXpath)).sendKeys(file.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已上传"), 15);
        String slot = inputXpath.substring(0, inputXpath.indexOf("//input"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath(slot),
                file.getFileName().toString()), 15);
    }

    String sectionText() {
        return browser().text(By.id("sectionsForm:sections"));
    }

    /** 暂存 shows what is still missing. */
    String missingText() {
        Browser browser = browser();
        browser.click(By.id("top:keep"));
        browser.awaitAjax();
        return browser.driver().findElements(By.id("missing")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    void submit() {
        Browser browser = browser();
        browser.click(By.id("top:submit"));
        confirm();
        browser.waitFor(ExpectedConditions.urlContains("applications.xhtml"), 10);
        assertThat(browser.pageText()).contains("申报已提交");
    }

    void confirm() {
        Browser browser = browser();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
    }
}
