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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's account in the browser (SPEC §2.4, §3.8.1): an applicant registers (SC model, the demo default),
 * signs in with the ID number and chooses an employer unit. Staff and custom roles are driven by
 * {@link UnitsBrowserIT}, continuing with a unit created there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";

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
    void anApplicantRegistersThemselvesAndChoosesAnEmployer() {
        String id = idNumber(2);
        browser.open("login.xhtml");
        browser.submitAndWait(By.id("registerApplicant"));
        assertThat(browser.currentPath()).startsWith("/register-applicant.xhtml");

        fillRegistration("赵申报", id, "1380000000", "Zhao@2026x", "Zhao@2026x");
        assertThat(browser.pageText()).contains("手机号“1380000000”格式不正确");

        fillRegistration("赵申报", id, "13800000000", "Zhao@2026x", "Zhao@2026x");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(browser.pageText()).contains("注册成功", id);

        browser.signIn(id, "Zhao@2026x");
        assertThat(browser.currentPath()).isEqualTo("/applicant/index.xhtml");
        assertThat(browser.menuIds()).containsExactly("APPLICANT_HOME", "APPLICANT_EMPLOYER", "APPLICANT_NEW",
                "APPLICANT_APPLICATIONS", "APPLICANT_PROFILE", "APPLICANT_CERTIFICATES", "APPLICANT_VERIFICATIONS",
                "APPLICANT_MESSAGES", "APPLICANT_TALENT", "APPLICANT_OUT_OF_PROVINCE", "ACCOUNT_PASSWORD");
        assertThat(browser.text(By.id("employer"))).contains("尚未选择");

        browser.open("applicant/employer.xhtml");
        browser.type(By.id("employerForm:nameFilter"), "四川省人民医院");
        browser.click(By.id("employerForm:search"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("employerForm:unitsTable"),
                "四川省人民医院东院"), 10);
        browser.click(By.id("employerForm:unitsTable:0:choose"));
        browser.waitFor(ExpectedConditions.textToBe(By.id("currentEmployer"), "四川省人民医院"), 10);
        assertThat(browser.text(By.id("messages"))).contains("工作单位已设为“四川省人民医院”");

        browser.open("applicant/index.xhtml");
        assertThat(browser.text(By.id("employer"))).isEqualTo("四川省人民医院");
    }

    private void fillRegistration(String name, String id, String mobile, String password, String confirmation) {
        browser.type(By.id("registerForm:name"), name);
        browser.type(By.id("registerForm:idNumber"), id);
        browser.type(By.id("registerForm:mobile"), mobile);
        browser.type(By.id("registerForm:password"), password);
        browser.type(By.id("registerForm:confirmation"), confirmation);
        browser.submitAndWait(By.id("registerForm:submit"));
    }

    /** A valid ID number unique to this run: birth date from the clock, with its check digit. */
    private static String idNumber(int salt) {
        long n = System.nanoTime() / 1000 + salt;
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String body = "510105" + birth.toString().replace("-", "") + String.format("%03d", (n / 15_000) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + checks[sum % 11];
    }
}
