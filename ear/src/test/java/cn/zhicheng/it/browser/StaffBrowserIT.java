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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff and roles in the browser (SPEC §3.2): the demo employer's super administrator creates a custom role and a
 * staff member holding it; the staff member must replace the initial password, then sees exactly that role's menu
 * and gets the forbidden page for the super administrator's functions. Then an applicant registers (SC model, the
 * demo default), signs in with the ID number and chooses an employer unit.
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
    void aStaffMemberWithACustomRoleSeesExactlyThatRolesMenu() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String roleName = "复核岗" + suffix;
        String login = "rev" + suffix;

        browser.signIn("hospital_admin", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_STAFF", "UNIT_ROLES");

        browser.open("unit/own/roles.xhtml");
        openDialog(By.id("rolesForm:addRole"));
        browser.type(By.id("dialogForm:name"), roleName);
        browser.type(By.id("dialogForm:description"), "只管下级单位信息和申报材料审核");
        tick("下级单位信息管理");
        tick("申报材料审核");
        browser.click(By.id("dialogForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rolesForm:rolesTable"), roleName), 10);
        assertThat(browser.text(By.id("messages"))).contains("角色“" + roleName + "”已新增");

        browser.open("unit/own/staff.xhtml");
        openDialog(By.id("staffForm:addStaff"));
        browser.type(By.id("dialogForm:name"), "复核员" + suffix);
        browser.type(By.id("dialogForm:idNumber"), idNumber(1));
        browser.type(By.id("dialogForm:phone"), "028-86130000");
        browser.type(By.id("dialogForm:login"), login);
        tick(roleName);
        browser.click(By.id("dialogForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staffTable"), login), 10);
        assertThat(browser.text(By.id("messages"))).contains("登录名：" + login);
        browser.signOut();

        browser.signIn(login, "888888");
        assertThat(browser.currentPath()).isEqualTo("/account/password.xhtml");
        browser.type(By.id("passwordForm:current"), "888888");
        browser.type(By.id("passwordForm:newPassword"), "Rev@Iew2026");
        browser.type(By.id("passwordForm:confirmation"), "Rev@Iew2026");
        browser.submitAndWait(By.id("passwordForm:save"));
        browser.waitFor(ExpectedConditions.urlContains("/unit/index.xhtml"), 10);

        assertThat(browser.menuIds()).containsExactly("UNIT_HOME", "UNIT_MESSAGES", "UNIT_SUBORDINATES",
                "ACCOUNT_PASSWORD");
        for (String forbidden : List.of("unit/own/staff.xhtml", "unit/own/roles.xhtml")) {
            browser.open(forbidden);
            assertThat(browser.text(By.id("errorText"))).as(forbidden).contains("您没有访问该页面的权限");
            assertThat(browser.pageText()).as(forbidden).doesNotContain("Exception", "hospital_admin");
        }
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
        assertThat(browser.menuIds()).containsExactly("APPLICANT_HOME", "APPLICANT_EMPLOYER", "APPLICANT_MESSAGES", "ACCOUNT_PASSWORD");
        assertThat(browser.text(By.id("employer"))).contains("尚未选择");

        browser.open("applicant/employer.xhtml");
        browser.type(By.id("employerForm:nameFilter"), "四川省人民医院");
        browser.click(By.id("employerForm:search"));
        awaitAjax();
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

    private void openDialog(By button) {
        awaitAjax();
        browser.click(button);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dialogForm:save")), 10);
        awaitAjax();
    }

    private void tick(String label) {
        // the renderer puts a non-breaking space before each checkbox label
        browser.click(By.xpath("//form[@id='dialogForm']//label[normalize-space(translate(., '\u00a0', ' '))='"
                + label + "']"));
    }

    private void awaitAjax() {
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")), 10);
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
