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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal centre in a browser (issue 6 deliverable 7; SPEC §3.8.7, §3.8.9, §3.8.10): the demo applicant 张三
 * chooses an employer, sees 我的证书 saying that download comes later, and files one of each request — a 证书核验
 * (after a refused empty save, with 同步社保数据 and a scan) submitted to the committee's formation unit, a 专技人才统计
 * entry submitted and withdrawn again, and a 外省职称确认 submitted to the employer — each showing its flow log; a
 * request id that is not theirs answers 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalCentreBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String APPLICANT = "510104199001011230";
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
    void theApplicantFilesAVerificationATalentEntryAndAnOutOfProvinceTitle() throws Exception {
        Path scan = Files.createTempFile("证书-", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.signIn(APPLICANT, DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("APPLICANT_CERTIFICATES", "APPLICANT_VERIFICATIONS",
                "APPLICANT_TALENT", "APPLICANT_OUT_OF_PROVINCE");
        chooseEmployer();

        // 我的证书: a fresh applicant has no electronic certificate yet, and the page says so
        browser.open("applicant/certificates.xhtml");
        assertThat(browser.text(By.id("certificatesForm:electronic"))).contains("还没有发放给你的电子证书");

        // 证书核验
        browser.open("applicant/verifications.xhtml");
        clickAndWait(By.id("listForm:add"));
        clickAndWait(By.id("editForm:save"));
        assertThat(browser.text(By.id("messages"))).contains("请填写证书编号");
        browser.type(By.id("editForm:certificateNo"), "ZC2018001");
        chooseFirst("editForm:series");
        browser.selectOneMenu("editForm:level", "SENIOR_DEPUTY");
        browser.type(By.id("editForm:specialty"), "临床医学");
        browser.type(By.id("editForm:qualification"), "副主任医师");
        chooseFirst("editForm:organisation");
        typeDate("editForm:approvedOn", "2018-12-20");
        browser.type(By.id("editForm:documentNumber"), "川人社职〔2018〕60号");
        clickAndWait(By.id("editForm:save"));
        assertThat(browser.text(By.id("messages"))).contains("已保存");
        assertThat(browser.text(By.id("status"))).isEqualTo("草稿");
        clickAndWait(By.id("editForm:syncInsurance"));
        assertThat(browser.text(By.id("editForm:insuranceResult"))).contains(EMPLOYER);
        upload(scan);
        clickAndWait(By.id("editForm:submit"));
        assertThat(browser.text(By.id("status"))).isEqualTo("审核中");
        assertThat(browser.text(By.id("reviewUnit"))).isNotBlank();
        assertThat(browser.text(By.id("editForm:flowLog"))).contains("创建", "同步社保数据", "提交审核");
        assertThat(browser.text(By.id("listForm:requests"))).contains("ZC2018001", "审核中");

        // 专技人才统计: sex and birth date come from the ID number; submitted, then withdrawn while unreviewed
        browser.open("applicant/talent.xhtml");
        clickAndWait(By.id("listForm:add"));
        assertThat(browser.text(By.id("editForm:sex_label"))).isEqualTo("男");
        chooseFirst("editForm:series");
        browser.selectOneMenu("editForm:category", "INTERMEDIATE");
        browser.selectOneMenu("editForm:politicalStatus", "MASSES");
        browser.selectOneMenu("editForm:education", "BACHELOR");
        clickAndWait(By.id("editForm:save"));
        assertThat(browser.text(By.id("messages"))).contains("已保存");
        clickAndWait(By.id("editForm:submit"));
        assertThat(browser.text(By.id("status"))).isEqualTo("审核中");
        assertThat(browser.text(By.id("reviewUnit"))).isEqualTo(EMPLOYER);
        browser.click(By.id("editForm:withdraw"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
        assertThat(browser.text(By.id("status"))).isEqualTo("草稿");
        assertThat(browser.text(By.id("editForm:flowLog"))).contains("撤回");

        // 外省职称确认
        browser.open("applicant/outOfProvince.xhtml");
        clickAndWait(By.id("listForm:add"));
        browser.type(By.id("editForm:province"), "重庆市");
        browser.type(By.id("editForm:issuingAuthority"), "重庆市人力资源和社会保障局");
        chooseFirst("editForm:series");
        browser.selectOneMenu("editForm:level", "INTERMEDIATE");
        browser.type(By.id("editForm:specialty"), "内科学");
        browser.type(By.id("editForm:qualification"), "主治医师");
        typeDate("editForm:obtainedOn", "2019-06-01");
        browser.type(By.id("editForm:certificateNo"), "CQ2019001");
        browser.type(By.id("editForm:documentNumber"), "渝卫职〔2019〕12号");
        clickAndWait(By.id("editForm:save"));
        assertThat(browser.text(By.id("messages"))).contains("已保存");
        upload(scan);
        clickAndWait(By.id("editForm:submit"));
        assertThat(browser.text(By.id("status"))).isEqualTo("审核中");
        assertThat(browser.text(By.id("reviewUnit"))).isEqualTo(EMPLOYER);
        assertThat(browser.text(By.id("listForm:requests"))).contains("重庆市", "审核中");

        // an id that is not the applicant's answers 403
        browser.open("applicant/outOfProvince.xhtml?id=987654321");
        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
        Files.deleteIfExists(scan);
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
        assertThat(browser.text(By.id("currentEmployer"))).isEqualTo(EMPLOYER);
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
