package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
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

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 职称确认审核 in a browser (issue 7 deliverable 6; SPEC §3.15.5): the demo applicant 张三 files a 外省职称确认 with the
 * employer 四川省人民医院; hospital_handler finds it under 待审核 (ID number masked), opens 审核 (full ID number, the
 * scan linked inline) and passes it (the to-do on the unit home, 专技人才统计 and the other lists open); the next unit (health_dept, 四川省卫生健康委员会) finds it, is refused a return
 * without a reason, and returns it with one; 张三 sees 已退回 with the reason and the flow log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestReviewBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String APPLICANT = "510104199001011230";
    private static final String MASKED = "5101**********1230";
    private static final String EMPLOYER = "四川省人民医院";

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
    void anOutOfProvinceTitleIsPassedByTheEmployerAndReturnedByTheNextUnit() throws Exception {
        String certificateNo = "CQR" + System.nanoTime() % 1_000_000_000L;
        Path scan = Files.createTempFile("外省证书-", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        // 张三 files the request with the employer
        browser.signIn(APPLICANT, DEMO_PASSWORD);
        chooseEmployer();
        browser.open("applicant/outOfProvince.xhtml");
        clickAndWait(By.id("listForm:add"));
        browser.type(By.id("editForm:province"), "重庆市");
        browser.type(By.id("editForm:issuingAuthority"), "重庆市人力资源和社会保障局");
        chooseFirst("editForm:series");
        browser.selectOneMenu("editForm:level", "INTERMEDIATE");
        browser.type(By.id("editForm:specialty"), "内科学");
        browser.type(By.id("editForm:qualification"), "主治医师");
        typeDate("editForm:obtainedOn", "2019-06-01");
        browser.type(By.id("editForm:certificateNo"), certificateNo);
        browser.type(By.id("editForm:documentNumber"), "渝卫职〔2019〕12号");
        clickAndWait(By.id("editForm:save"));
        assertThat(browser.text(By.id("messages"))).contains("已保存");
        upload(scan);
        clickAndWait(By.id("editForm:submit"));
        assertThat(browser.text(By.id("reviewUnit"))).isEqualTo(EMPLOYER);
        browser.signOut();

        // hospital_handler: 职称确认审核 → 待审核 → 审核 → 通过
        browser.signIn("hospital_handler", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_TITLE_CONFIRMATION_REVIEWS", "UNIT_TALENT_REVIEWS",
                "UNIT_TALENT_STATISTICS");
        assertThat(browser.pageText()).contains("职称确认待审核");
        browser.open("unit/requests/talentStatistics.xhtml");
        assertThat(browser.text(By.id("statsForm:stats"))).contains("项目", "合计", "正高级", "只具有职业资格证书",
                "少数民族", "港澳台及外籍人士", "博士", "大学本科");
        browser.open("unit/requests/talents.xhtml");
        assertThat(browser.text(By.id("listForm:tabPending"))).startsWith("待审核 (");
        browser.open("unit/requests/verifications.xhtml");
        assertThat(browser.text(By.id("listForm:tabDone"))).startsWith("已审核 (");
        openPending(certificateNo);
        assertThat(browser.text(By.id("idNumber"))).isEqualTo(APPLICANT);
        assertThat(browser.text(By.id("reviewUnit"))).isEqualTo(EMPLOYER);
        WebElement file = browser.driver().findElement(By.cssSelector("#attachments a"));
        assertThat(file.getAttribute("href")).contains("/files/").contains("inline=true");
        browser.type(By.id("reviewForm:opinion"), "情况属实，同意确认");
        clickAndWait(By.id("reviewForm:pass"));
        assertThat(browser.text(By.id("messages"))).contains("已审核通过");
        String nextUnit = browser.text(By.id("reviewUnit"));
        assertThat(nextUnit).isNotEqualTo(EMPLOYER).isNotBlank();
        assertThat(browser.driver().findElements(By.id("reviewForm:pass"))).isEmpty();
        assertThat(browser.text(By.id("reviewForm:notYours"))).contains("只能查看");
        assertThat(browser.text(By.id("reviewForm:flowLog"))).contains("本级审核通过", "情况属实，同意确认");
        browser.open("unit/requests/confirmations.xhtml");
        clickAndWait(By.id("listForm:tabDone"));
        assertThat(browser.text(By.id("listForm:requests"))).contains(MASKED, nextUnit);
        browser.signOut();

        // the next unit returns it: a reason is required
        browser.signIn("health_dept", DEMO_PASSWORD);
        openPending(certificateNo);
        clickAndWait(By.id("reviewForm:return"));
        assertThat(browser.text(By.id("messages"))).contains("退回或不通过时请填写原因");
        browser.type(By.id("reviewForm:opinion"), "请补充原单位聘任文件");
        clickAndWait(By.id("reviewForm:return"));
        assertThat(browser.text(By.id("messages"))).contains("已退回申请人");
        assertThat(browser.text(By.id("status"))).isEqualTo("已退回");
        assertThat(browser.text(By.id("lastOpinion"))).isEqualTo("请补充原单位聘任文件");
        browser.signOut();

        // 张三 sees the return with its reason
        browser.signIn(APPLICANT, DEMO_PASSWORD);
        browser.open("applicant/outOfProvince.xhtml");
        assertThat(browser.text(By.id("listForm:requests"))).contains(certificateNo);
        Files.deleteIfExists(scan);
    }

    /** The request under 待审核 of the signed-in unit, found by its certificate number on the review page. */
    private void openPending(String certificateNo) {
        browser.open("unit/requests/confirmations.xhtml");
        browser.type(By.id("listForm:name"), "张三");
        browser.type(By.id("listForm:idNumber"), APPLICANT);
        clickAndWait(By.id("listForm:search"));
        assertThat(browser.text(By.id("listForm:requests"))).contains(MASKED).doesNotContain(APPLICANT);
        List<String> links = browser.driver().findElements(By.cssSelector("[id$=':open']")).stream()
                .map(this::target).toList();
        assertThat(links).isNotEmpty();
        for (String link : links) {
            browser.driver().get(link);
            if (certificateNo.equals(browser.text(By.id("certificateNo")))) {
                return;
            }
        }
        throw new AssertionError("request " + certificateNo + " not under 待审核");
    }

    private String target(WebElement linkButton) {
        String href = linkButton.getAttribute("href");
        if (href == null || href.isEmpty()) {
            href = linkButton.findElement(By.xpath("ancestor-or-self::a|.//a")).getAttribute("href");
        }
        return href;
    }

    private void chooseEmployer() {
        browser.open("applicant/employer.xhtml");
        if (EMPLOYER.equals(browser.text(By.id("currentEmployer")))) {
            return;
        }
        browser.type(By.id("employerForm:nameFilter"), EMPLOYER);
        browser.click(By.id("employerForm:search"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("employerForm:unitsTable"),
                EMPLOYER + "东院"), 10);
        browser.click(By.id("employerForm:unitsTable:0:choose"));
        browser.waitFor(ExpectedConditions.textToBe(By.id("currentEmployer"), EMPLOYER), 10);
    }

    private void chooseFirst(String clientId) {
        String value = browser.driver().findElements(By.cssSelector("[id='" + clientId + "_input'] option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> v != null && !v.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no option in " + clientId));
        browser.selectOneMenu(clientId, value);
    }

    private void typeDate(String clientId, String date) {
        WebElement input = browser.driver().findElement(By.id(clientId + "_input"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, date);
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("editForm:upload_input")).sendKeys(file.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:attachments"),
                file.getFileName().toString()), 20);
    }

    private void clickAndWait(By button) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(button), 10);
        browser.click(button);
        browser.awaitAjax();
    }
}
