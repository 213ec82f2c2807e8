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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role signs in through the real log-in page in headless Chromium, lands on its home page with its name
 * and unit, and sees its own menu and nothing of another role's. Also the account rules a user meets in the browser:
 * forced change of an initial password, lock-out, the forbidden page, the language switch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleHomesBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";

    /** login → expected home path, name shown, unit shown (or null), exact menu. */
    private static final List<Object[]> ROLES = List.of(
            new Object[]{"admin", "/admin/index.xhtml", "系统管理员", "四川省人力资源和社会保障厅",
                    List.of("ADMIN_HOME", "ADMIN_SETTINGS", "ADMIN_JOBS", "ADMIN_TITLE_CATALOG", "ACCOUNT_PASSWORD")},
            // demo 经办人 roles hold every delegable function of the unit's type; 申报人帐号管理 is hidden under the
            // SC default (applicants register themselves)
            new Object[]{"sc_hrss", "/unit/index.xhtml", "省人社厅经办人", "四川省人力资源和社会保障厅",
                    List.of("UNIT_HOME", "UNIT_MESSAGES", "UNIT_OWN_INFO", "UNIT_REGISTRATIONS", "UNIT_SUBORDINATES",
                            "UNIT_COMPETENT_DEPARTMENTS", "UNIT_COMMITTEES", "UNIT_COMMITTEE_REVIEWS", "UNIT_COMMITTEE_HISTORY",
                            "UNIT_EXPERT_POOL", "UNIT_EXPERT_REVIEWS", "UNIT_EXPERT_RECOMMEND",
                            "UNIT_ACTIVITIES", "UNIT_ACTIVITY_REVIEWS", "UNIT_APPLICATION_REVIEW", "UNIT_HISTORY_UPLOAD",
                            "UNIT_HISTORY_REVIEW", "UNIT_HISTORY_INSTITUTIONS", "UNIT_TALENT_REVIEWS", "UNIT_TALENT_STATISTICS",
                            "UNIT_TITLE_CONFIRMATION_REVIEWS", "UNIT_QUERY_COUNTS", "UNIT_EVALUATION_CHANGE", "UNIT_ROSTER",
                            "UNIT_CERTIFICATES", "ACCOUNT_PASSWORD")},
            new Object[]{"edu_dept", "/unit/index.xhtml", "教育厅经办人", "四川省教育厅",
                    List.of("UNIT_HOME", "UNIT_MESSAGES", "UNIT_OWN_INFO", "UNIT_REGISTRATIONS", "UNIT_SUBORDINATES",
                            "UNIT_COMMITTEES", "UNIT_COMMITTEE_REVIEWS", "UNIT_COMMITTEE_HISTORY",
                            "UNIT_EXPERT_POOL", "UNIT_EXPERT_REVIEWS", "UNIT_EXPERT_RECOMMEND",
                            "UNIT_ACTIVITIES", "UNIT_ACTIVITY_REVIEWS", "UNIT_APPLICATION_REVIEW", "UNIT_HISTORY_UPLOAD",
                            "UNIT_HISTORY_REVIEW", "UNIT_TALENT_REVIEWS", "UNIT_TALENT_STATISTICS", "UNIT_TITLE_CONFIRMATION_REVIEWS",
                            "UNIT_QUERY_COUNTS", "UNIT_EVALUATION_CHANGE", "UNIT_ROSTER", "UNIT_CERTIFICATES",
                            "ACCOUNT_PASSWORD")},
            new Object[]{"hospital_leader", "/unit/index.xhtml", "省医院领导", "四川省人民医院",
                    List.of("UNIT_HOME", "UNIT_MESSAGES", "UNIT_APPLICATION_REVIEW", "UNIT_TALENT_REVIEWS",
                            "UNIT_TALENT_STATISTICS", "UNIT_TITLE_CONFIRMATION_REVIEWS", "ACCOUNT_PASSWORD")},
            new Object[]{"committee_operator", "/committee/index.xhtml", "卫生高评委操作员", "四川省卫生健康委员会",
                    List.of("COMMITTEE_HOME", "COMMITTEE_SPECIALTIES", "COMMITTEE_QUALIFICATION", "COMMITTEE_ROSTER",
                    "ACCOUNT_PASSWORD")},
            new Object[]{"510105197209306780", "/expert/index.xhtml", "王专家", null,
                    List.of("EXPERT_HOME", "EXPERT_PROFILE", "ACCOUNT_PASSWORD")},
            new Object[]{"510104199001011230", "/applicant/index.xhtml", "张三", null,
                    List.of("APPLICANT_HOME", "APPLICANT_EMPLOYER", "APPLICANT_NEW", "APPLICANT_APPLICATIONS",
                            "APPLICANT_PROFILE", "APPLICANT_CERTIFICATES", "APPLICANT_VERIFICATIONS",
                            "APPLICANT_MESSAGES", "APPLICANT_TALENT", "APPLICANT_OUT_OF_PROVINCE",
                            "ACCOUNT_PASSWORD")});

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
    @SuppressWarnings("unchecked")
    void eachRoleSeesItsOwnHomeAndMenuOnly() {
        for (Object[] role : ROLES) {
            String login = (String) role[0];
            browser.signIn(login, DEMO_PASSWORD);

            assertThat(browser.currentPath()).as(login).isEqualTo(role[1]);
            assertThat(browser.text(By.id("homeUser"))).as(login).contains((String) role[2]);
            if (role[3] != null) {
                assertThat(browser.text(By.id("homeUnit"))).as(login).isEqualTo(role[3]);
            }
            assertThat(browser.menuIds()).as(login).containsExactlyElementsOf((List<String>) role[4]);
            assertThat(browser.text(By.id("headerForm:userName"))).as(login).isEqualTo(role[2]);
            browser.signOut();
        }
    }

    @Test
    void aUnitHandlersScopeCountsTheirUnitAndEveryUnitBelowIt() {
        Map<String, String> expected = Map.of("sc_hrss", "9", "health_dept", "3", "branch_handler", "1");
        expected.forEach((login, count) -> {
            browser.signIn(login, DEMO_PASSWORD);
            assertThat(browser.text(By.id("scopeCount"))).as(login).isEqualTo(count);
            browser.signOut();
        });
    }

    @Test
    void anApplicantOpeningAUnitPageGetsTheForbiddenPage() {
        browser.signIn("510104199001011230", DEMO_PASSWORD);
        browser.open("unit/index.xhtml");

        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
        assertThat(browser.pageText()).doesNotContain("单位首页", "Exception");
    }

    @Test
    void anAccountCreatedByOthersMustReplaceItsInitialPasswordFirst() {
        browser.signIn("newstaff", "888888");
        assertThat(browser.currentPath()).isEqualTo("/account/password.xhtml");
        assertThat(browser.text(By.id("forcedNotice"))).contains("首次登录须修改密码");

        browser.open("unit/index.xhtml");
        assertThat(browser.currentPath()).as("every page leads back to the password page")
                .isEqualTo("/account/password.xhtml");

        changePassword("888888", "abc12345", "abc12345");
        assertThat(browser.pageText()).contains("大写字母、小写字母、数字、特殊符号中的至少3类");
        assertThat(browser.currentPath()).isEqualTo("/account/password.xhtml");

        changePassword("888888", "Neu@Staff2026", "Neu@Staff2026x");
        assertThat(browser.pageText()).contains("两次输入的新密码不一致");

        changePassword("888888", "Neu@Staff2026", "Neu@Staff2026");
        browser.waitFor(ExpectedConditions.urlContains("/unit/index.xhtml"), 10);
        assertThat(browser.pageText()).contains("密码已修改", "新入职经办人");

        browser.signOut();
        browser.signIn("newstaff", "Neu@Staff2026");
        assertThat(browser.currentPath()).isEqualTo("/unit/index.xhtml");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.attemptSignIn("510107198503152345", "Wrong@" + attempt);
            assertThat(browser.pageText()).as("attempt " + attempt).contains("用户名或密码错误");
        }
        browser.attemptSignIn("510107198503152345", "Wrong@5");
        assertThat(browser.pageText()).contains("连续5次密码错误，账号已锁定");

        browser.attemptSignIn("510107198503152345", DEMO_PASSWORD);
        assertThat(browser.pageText()).as("even the right password waits for the lock to end").contains("账号已锁定");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
    }

    @Test
    void theLanguageSwitchShowsEveryLabelInEnglish() {
        browser.open("login.xhtml");
        assertThat(browser.title()).isEqualTo("用户登录 - 职称评审信息系统");

        browser.submitAndWait(By.id("langForm:langEn"));
        browser.waitFor(ExpectedConditions.titleContains("Sign in"), 10);
        assertThat(browser.pageText()).contains("User name / ID number", "Password").doesNotContain("密码");

        browser.type(By.id("loginForm:username"), "sc_hrss");
        browser.type(By.id("loginForm:password"), DEMO_PASSWORD);
        browser.click(By.id("loginForm:submit"));
        browser.waitFor(ExpectedConditions.urlContains("/unit/index.xhtml"), 10);
        assertThat(browser.pageText()).contains("Unit home", "HR and social security bureau");
    }

    private void changePassword(String current, String newPassword, String confirmation) {
        browser.type(By.id("passwordForm:current"), current);
        browser.type(By.id("passwordForm:newPassword"), newPassword);
        browser.type(By.id("passwordForm:confirmation"), confirmation);
        browser.submitAndWait(By.id("passwordForm:save"));
    }
}
