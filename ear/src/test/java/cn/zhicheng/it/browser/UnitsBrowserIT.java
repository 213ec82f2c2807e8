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
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unit screens in a browser (SPEC §3.1): a city 人社局 administrator creates a county HRSS unit and an employer
 * through the wizard; the employer's administrator must change the initial password and lands on the unit home; a
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
        browser.type(By.id("registerForm:idNumber"), idNumber());
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

        browser.type(By.id("registrationForm:creditCode"), creditCode());
        selectRegion("registrationForm", "510100", "510107");
        select("registrationForm:nature", "ENTERPRISE");
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
        // the super administrator's functions (pages of other capabilities appear once they exist)
        assertTrue(browser.menuIds().containsAll(List.of("UNIT_OWN_INFO", "UNIT_SUBORDINATES",
                "UNIT_REGISTRATIONS")), browser.menuIds().toString());
    }

    /** Runs the three-step wizard and returns the new administrator's login shown at the end. */
    private String createThroughWizard(String name, String type, String login, boolean hrss) {
        browser.open("unit/subordinates/create.xhtml");
        select("wizard:type", type);
        browser.type(By.id("wizard:creditCode"), creditCode());
        browser.type(By.id("wizard:name"), name);
        select("wizard:nature", hrss ? "GOVERNMENT_ORGAN" : "ENTERPRISE");
        selectRegion("wizard", "510100", "510107");
        browser.type(By.id("wizard:phone"), "028-85000000");
        clickAndWait(By.id("wizard:next"));
        if (!hrss) {
            assertTrue(browser.driver().findElements(By.id("wizard:legalName")).size() == 1, "step 2 for employers");
            clickAndWait(By.id("wizard:next"));
            assertTrue(browser.driver().findElements(By.id("wizard:legalName")).size() == 1
                    && !browser.text(By.id("messages")).isBlank(), "step 2 is checked before step 3");
            browser.type(By.id("wizard:legalName"), "王法人");
            browser.type(By.id("wizard:legalIdNumber"), idNumber());
            browser.type(By.id("wizard:legalPhone"), "13600000000");
            clickAndWait(By.id("wizard:next"));
        }
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:handlerName")), 10);
        if (login != null) {
            browser.type(By.id("wizard:handlerLogin"), login);
        }
        browser.type(By.id("wizard:handlerName"), "经办人");
        browser.type(By.id("wizard:handlerIdNumber"), idNumber());
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
        select(form + ":regionCity", city);
        select(form + ":regionCounty", county);
    }

    /** Chooses a PrimeFaces selectOneMenu value through its widget (fires the change and its ajax). */
    private void select(String clientId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF(arguments[0]).selectValue(arguments[1]);", "widget_" + clientId.replace(':', '_'), value);
        waitForAjax();
    }

    private void pickUnit(String clientId, String name) {
        browser.type(By.id(clientId + "_input"), name.substring(0, 4));
        By item = By.cssSelector("li.ui-autocomplete-item[data-item-label='" + name + "']");
        browser.waitFor(ExpectedConditions.elementToBeClickable(item), 10).click();
        waitForAjax();
    }

    private void clickAndWait(By button) {
        browser.click(button);
        waitForAjax();
    }

    private void waitForAjax() {
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")), 10);
    }

    private static String creditCode() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("91510107");
        for (int i = 0; i < 9; i++) {
            code.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(chars.charAt((31 - sum % 31) % 31)).toString();
    }

    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String body = String.format("510107%04d%02d%02d%03d", 1970 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
