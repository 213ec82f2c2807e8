package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.TestData;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unit screens in a browser (SPEC §3.1): a city 人社局 administrator creates a county HRSS unit and an employer
 * through the wizard; the employer's administrator must change the initial password, lands on the unit home, defines
 * a custom role and adds a staff member who then sees exactly that role's menu; a
 * self-registered unit is approved in 下级单位注册审核 and its administrator then sees the full menu; another unit's
 * user gets 403 for a subordinate outside their scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitsBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String NEW_PASSWORD = "Changed@2026x";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = new Browser(url);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aCityAdministratorCreatesACountyAndAnEmployerWhoseAdministratorMustChangeThePassword() {
        String tag = "b" + Long.toString(System.nanoTime(), 36);
        browser.signIn("cd_hrss_admin", DEMO);
        assertTrue(browser.menuIds().containsAll(List.of("UNIT_SUBORDINATES", "UNIT_REGISTRATIONS", "UNIT_OWN_INFO")));

        String countyLogin = createThroughWizard(tag + "县人社局", "HRSS", tag + "_county", true);
        assertEquals(tag + "_county", countyLogin);
        String employerLogin = createThroughWizard(tag + "科技公司", "APPLYING_UNIT", null, false);

        browser.open("unit/subordinates/list.xhtml?name=" + tag);
        assertTrue(browser.text(By.id("listForm:table")).contains(tag + "县人社局"));
        assertTrue(browser.text(By.id("listForm:table")).contains(tag + "科技公司"));
        String employerId = editIdOf(tag + "科技公司");

        browser.signOut();
        browser.signIn(employerLogin, "888888");
        assertTrue(browser.currentPath().contains("/account/password.xhtml"), browser.currentPath());
        browser.type(By.id("passwordForm:current"), "888888");
        browser.type(By.id("passwordForm:newPassword"), NEW_PASSWORD);
        browser.type(By.id("passwordForm:confirmation"), NEW_PASSWORD);
        browser.submitAndWait(By.id("passwordForm:save"));
        assertTrue(browser.currentPath().contains("/unit/index.xhtml"), browser.currentPath());
        assertTrue(browser.menuIds().contains("UNIT_SUBORDINATES"));

        addStaffWithCustomRole(tag);

        browser.signOut();
        browser.signIn("hospital_admin", DEMO);
        browser.open("unit/subordinates/edit.xhtml?id=" + employerId);
        assertTrue(browser.pageText().contains("无权访问"), browser.pageText());
        assertTrue(!browser.pageText().contains(tag + "科技公司"), "no data of the other unit");
    }

    @Test
    void aSelfRegisteredUnitIsApprovedByItsParentAndItsAdministratorThenSeesTheFullMenu() throws Exception {
        String tag = "r" + Long.toString(System.nanoTime(), 36);
        String login = tag + "_reg";
        browser.open("login.xhtml");
        browser.submitAndWait(By.id("registerLink"));
        browser.type(By.id("registerForm:unitName"), tag + "注册公司");
        browser.type(By.id("registerForm:loginName"), login);
        browser.type(By.id("registerForm:name"), "注册人");
        browser.type(By.id("registerForm:idNumber"), TestData.idNumber());
        browser.type(By.id("registerForm:phone"), "13800000002");
        browser.type(By.id("registerForm:password"), NEW_PASSWORD);
        browser.type(By.id("registerForm:confirmation"), NEW_PASSWORD);
        browser.submitAndWait(By.id("registerForm:submit"));
        assertTrue(browser.currentPath().contains("login.xhtml"), browser.currentPath() + browser.pageText());

        browser.signIn(login, NEW_PASSWORD);
        assertTrue(browser.currentPath().contains("/unit/registration.xhtml"), browser.currentPath());
        assertTrue(browser.text(By.id("banner")).contains("所在单位未被授权"));
        browser.open("unit/own/info.xhtml");
        assertTrue(browser.currentPath().contains("/unit/registration.xhtml"), "every unit page leads there");

        browser.type(By.id("registrationForm:creditCode"), TestData.creditCode());
        selectRegion("registrationForm", "510100", "510107");
        browser.selectOneMenu("registrationForm:nature", "ENTERPRISE");
        browser.type(By.id("registrationForm:contactPerson"), "联系人");
        browser.type(By.id("registrationForm:phone"), "028-85000001");
        browser.type(By.id("registrationForm:address"), "成都市武侯区");
        pickUnit("registrationForm:parent", "成都市人力资源和社会保障局");
        Path licence = Files.createTempFile("licence", ".pdf");
        Files.write(licence, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(licence.toString());
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("registrationForm:licenceLink")), 10);
        assertTrue(browser.text(By.id("registrationForm:licenceCount")).contains("1"));
        browser.click(By.id("registrationForm:submit"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("pendingNotice")), 10);

        browser.signOut();
        browser.signIn("cd_hrss_admin", DEMO);
        browser.open("unit/subordinates/registrations.xhtml");
        browser.type(By.id("listForm:name"), tag);
        clickAndWait(By.id("listForm:search"));
        assertTrue(browser.text(By.id("listForm:table")).contains(tag + "注册公司"));
        WebElement approve = browser.driver().findElement(By.cssSelector("[id$=':approve']"));
        approve.click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已审核通过"), 10);

        browser.signOut();
        browser.signIn(login, NEW_PASSWORD);
        assertTrue(browser.currentPath().contains("/unit/index.xhtml"), browser.currentPath());
        // every function of the super administrator of a non-HRSS unit (申报人帐号管理 is off in the SC model)
        assertThat(browser.menuIds()).containsExactly("UNIT_HOME", "UNIT_MESSAGES", "UNIT_OWN_INFO", "UNIT_MULTI_POST",
                "UNIT_STAFF", "UNIT_ROLES", "UNIT_REGISTRATIONS", "UNIT_SUBORDINATES", "UNIT_EXPERT_RECOMMEND",
                "UNIT_APPLICATION_REVIEW", "UNIT_TALENT_REVIEWS", "UNIT_TALENT_STATISTICS", "UNIT_TITLE_CONFIRMATION_REVIEWS",
                "UNIT_EVALUATION_CHANGE", "UNIT_ROSTER", "ACCOUNT_PASSWORD");
    }

    /**
     * The new employer's super administrator defines a role holding only 下级单位信息管理 and 申报材料审核 and adds a
     * staff member with it; the staff member must replace the initial password, then sees exactly that role's menu
     * and gets the forbidden page for the super administrator's functions (SPEC §3.2).
     */
    private void addStaffWithCustomRole(String tag) {
        String roleName = "复核岗" + tag;
        String login = tag + "_rev";

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
        browser.type(By.id("dialogForm:name"), "复核员" + tag);
        browser.type(By.id("dialogForm:idNumber"), TestData.idNumber());
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
                "UNIT_APPLICATION_REVIEW", "ACCOUNT_PASSWORD");
        for (String forbidden : List.of("unit/own/staff.xhtml", "unit/own/roles.xhtml")) {
            browser.open(forbidden);
            assertThat(browser.text(By.id("errorText"))).as(forbidden).contains("您没有访问该页面的权限");
            assertThat(browser.pageText()).as(forbidden).doesNotContain("Exception");
        }
    }

    private void openDialog(By button) {
        browser.awaitAjax();
        browser.click(button);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dialogForm:save")), 10);
        browser.awaitAjax();
    }

    private void tick(String label) {
        // the renderer puts a non-breaking space before each checkbox label
        browser.click(By.xpath("//form[@id='dialogForm']//label[normalize-space(translate(., '\u00a0', ' '))='"
                + label + "']"));
    }

    /** Runs the three-step wizard and returns the new administrator's login shown at the end. */
    private String createThroughWizard(String name, String type, String login, boolean hrss) {
        browser.open("unit/subordinates/create.xhtml");
        browser.selectOneMenu("wizard:type", type);
        browser.type(By.id("wizard:creditCode"), TestData.creditCode());
        browser.type(By.id("wizard:name"), name);
        browser.selectOneMenu("wizard:nature", hrss ? "GOVERNMENT_ORGAN" : "ENTERPRISE");
        selectRegion("wizard", "510100", "510107");
        browser.type(By.id("wizard:phone"), "028-85000000");
        clickAndWait(By.id("wizard:next"));
        if (!hrss) {
            assertTrue(browser.driver().findElements(By.id("wizard:legalName")).size() == 1, "step 2 for employers");
            clickAndWait(By.id("wizard:next"));
            assertTrue(browser.driver().findElements(By.id("wizard:legalName")).size() == 1
                    && !browser.text(By.id("messages")).isBlank(), "step 2 is checked before step 3");
            browser.type(By.id("wizard:legalName"), "王法人");
            browser.type(By.id("wizard:legalIdNumber"), TestData.idNumber());
            browser.type(By.id("wizard:legalPhone"), "13600000000");
            clickAndWait(By.id("wizard:next"));
        }
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:handlerName")), 10);
        if (login != null) {
            browser.type(By.id("wizard:handlerLogin"), login);
        }
        browser.type(By.id("wizard:handlerName"), "经办人");
        browser.type(By.id("wizard:handlerIdNumber"), TestData.idNumber());
        browser.type(By.id("wizard:handlerPhone"), "13500000000");
        clickAndWait(By.id("wizard:finish"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("createdLogin")), 10);
        assertTrue(browser.text(By.id("initialPasswordNotice")).contains("初始密码"));
        return browser.text(By.id("createdLogin"));
    }

    private String editIdOf(String unitName) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("#listForm\\:table tbody tr"))) {
            if (row.getText().contains(unitName)) {
                String onclick = row.findElement(By.cssSelector("[id$=':edit']")).getDomAttribute("onclick");
                Matcher id = Pattern.compile("id=([0-9]+)").matcher(onclick);
                assertTrue(id.find(), onclick);
                return id.group(1);
            }
        }
        throw new AssertionError(unitName + " not listed");
    }

    private void selectRegion(String form, String city, String county) {
        browser.selectOneMenu(form + ":regionCity", city);
        browser.selectOneMenu(form + ":regionCounty", county);
    }

    private void pickUnit(String clientId, String name) {
        browser.type(By.id(clientId + "_input"), name.substring(0, 4));
        By item = By.cssSelector("li.ui-autocomplete-item[data-item-label='" + name + "']");
        browser.waitFor(ExpectedConditions.elementToBeClickable(item), 10).click();
        browser.awaitAjax();
    }

    private void clickAndWait(By button) {
        browser.click(button);
        browser.awaitAjax();
    }
}
