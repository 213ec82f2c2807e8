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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SX committee setup in a browser (SPEC §3.5.3): the system administrator switches {@code committee.setupModel} to
 * DEPT_CREATES_COMMITTEE_ADMIN_FILES on the settings page; the demo 主管部门 经办人 (health_dept) opens 新建评委会 from
 * 评委会备案申报 and creates a committee with its 评委会管理员; the administrator signs in with the initial password
 * 888888, must replace it, and then sees the red "请完善评委会备案材料！" on 评委会备案. The HB setup (§3.5.4,
 * REFORM_OFFICE_CREATES): the province 人社厅 经办人 creates a committee with every 3.5.1 step-1 field and its
 * 评委会代码, finds it authorised in 已授权评委会, edits it, resets the code account's password, and the code account
 * signs in with 888888. The setting is put back after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeSetupBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String SETTING = "committee.setupModel";
    private static final String PROVINCE = "四川省人力资源和社会保障厅";

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
    void theDepartmentCreatesACommitteeWhoseAdministratorMustCompleteTheFiling() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String name = "山西模式浏览器评委会" + tag;
        String login = "cadm" + tag;
        browser.signIn("admin", DEMO);
        switchModel("DEPT_CREATES_COMMITTEE_ADMIN_FILES");
        try {
            browser.signOut();
            browser.signIn("health_dept", DEMO);
            browser.open("unit/committees/list.xhtml");
            browser.submitAndWait(By.id("listForm:setup"));
            assertEquals("/unit/committees/setup.xhtml", browser.currentPath());

            browser.type(By.id("setupForm:name"), name);
            List<WebElement> series = browser.driver().findElements(By.cssSelector("[id='setupForm:series_input'] option"));
            String seriesId = series.stream().map(o -> o.getDomAttribute("value"))
                    .filter(v -> v != null && !v.isEmpty()).findFirst().orElseThrow();
            browser.selectOneMenu("setupForm:series", seriesId);
            browser.type(By.id("setupForm:adminName"), "评委会管理员");
            browser.type(By.id("setupForm:adminIdNumber"), TestData.idNumber());
            browser.type(By.id("setupForm:adminLogin"), login);
            browser.click(By.id("setupForm:createWithAdmin"));
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), login), 10);
            String message = browser.text(By.id("messages"));
            assertTrue(message.contains(name) && message.contains("首次登录须修改初始密码"), message);

            browser.signOut();
            browser.signIn(login, "888888");
            assertEquals("/account/password.xhtml", browser.currentPath());
            browser.type(By.id("passwordForm:current"), "888888");
            browser.type(By.id("passwordForm:newPassword"), "Cadm@2026x");
            browser.type(By.id("passwordForm:confirmation"), "Cadm@2026x");
            browser.submitAndWait(By.id("passwordForm:save"));
            assertFalse(browser.currentPath().startsWith("/account/password.xhtml"), browser.pageText());
            assertTrue(browser.currentPath().startsWith("/committee/"), browser.currentPath());

            browser.open("committee/filing.xhtml");
            assertEquals(name, browser.text(By.id("committeeName")));
            assertEquals("请完善评委会备案材料！", browser.text(By.id("completeHint")));
        } finally {
            browser.signOut();
            browser.signIn("admin", DEMO);
            resetModel();
        }
    }

    @Test
    void theReformOfficeCreatesAnAuthorisedCommitteeWhoseCodeAccountSignsIn() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String name = "河北模式浏览器评委会" + tag;
        String code = "HB" + tag.toUpperCase();
        browser.signIn("admin", DEMO);
        switchModel("REFORM_OFFICE_CREATES");
        try {
            browser.signOut();
            browser.signIn("sc_hrss", DEMO);
            browser.open("unit/committees/setup.xhtml");
            browser.submitAndWait(By.id("authorisedForm:create"));
            assertEquals("/unit/committees/edit.xhtml", browser.currentPath());
            assertTrue(browser.driver().findElements(By.id("editForm:step2")).isEmpty(), "HB has no filing steps");
            browser.type(By.id("editForm:code"), code);
            browser.type(By.id("editForm:name"), name);
            browser.type(By.id("editForm:agency"), "省人社厅职改办");
            browser.type(By.id("editForm:office"), "评委会办公室");
            browser.selectOneMenu("editForm:reviewType", "EVALUATION");
            browser.click(By.id("editForm:levels:2"));
            pickUnit("editForm:authorisingUnit", PROVINCE);
            pickUnit("editForm:filingUnit", PROVINCE);
            browser.type(By.id("editForm:contactPerson"), "王联系");
            browser.type(By.id("editForm:contactPhone"), "028-86130000");
            browser.type(By.id("editForm:address"), "成都市青羊区");
            List<WebElement> series = browser.driver().findElements(By.cssSelector("[id='editForm:series_input'] option"));
            browser.selectOneMenu("editForm:series", series.stream().map(o -> o.getDomAttribute("value"))
                    .filter(v -> v != null && !v.isEmpty()).findFirst().orElseThrow());
            browser.click(By.id("editForm:addRegion"));
            browser.awaitAjax();
            browser.submitAndWait(By.id("editForm:saveBasics"));
            assertEquals("/unit/committees/setup.xhtml", browser.currentPath(), browser.pageText());
            assertTrue(browser.text(By.id("messages")).contains("已新建并授权评委会“" + name + "”"), browser.pageText());

            browser.type(By.id("authorisedForm:name"), name);
            browser.click(By.id("authorisedForm:search"));
            browser.awaitAjax();
            String row = browser.text(By.id("authorisedForm:authorised"));
            assertTrue(row.contains(code) && row.contains(name), row);
            assertTrue(row.contains(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3)
                    .toString()), "authorised at once, valid three years: " + row);

            browser.submitAndWait(By.id("authorisedForm:authorised:0:edit"));
            assertFalse(browser.driver().findElement(By.id("editForm:code")).isEnabled(), "the code never changes");
            browser.type(By.id("editForm:address"), "石家庄市裕华区");
            browser.submitAndWait(By.id("editForm:saveBasics"));
            assertTrue(browser.text(By.id("messages")).contains("已保存"), browser.pageText());

            browser.type(By.id("authorisedForm:name"), name);
            browser.click(By.id("authorisedForm:search"));
            browser.awaitAjax();
            browser.click(By.id("authorisedForm:authorised:0:reset"));
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "888888"), 10);

            browser.signOut();
            browser.signIn(code, "888888");
            assertEquals("/account/password.xhtml", browser.currentPath(), "the code account changes 888888 first");
            browser.type(By.id("passwordForm:current"), "888888");
            browser.type(By.id("passwordForm:newPassword"), "Code@2026x");
            browser.type(By.id("passwordForm:confirmation"), "Code@2026x");
            browser.submitAndWait(By.id("passwordForm:save"));

            // 单位评委库管理 (§3.6.5): the code account adds an expert, who is 待完善 until they complete the profile
            assertTrue(browser.menuIds().contains("COMMITTEE_EXPERTS"), browser.menuIds().toString());
            browser.open("committee/experts.xhtml");
            assertEquals(name, browser.text(By.id("committeeName")).replaceAll("（.*", ""));
            browser.click(By.id("listForm:add"));
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("expertForm:expertName")), 10);
            String expert = "冀专家" + tag.substring(0, 3);
            typeIn(By.id("expertForm:expertName"), expert);
            typeIn(By.id("expertForm:idNumber"), TestData.idNumber());
            typeIn(By.id("expertForm:workUnit"), "河北医科大学第二医院");
            typeIn(By.id("expertForm:adminPost"), "科主任");
            typeIn(By.id("expertForm:phone1"), "13812345678");
            typeIn(By.id("expertForm:honours"), "河北省省管优秀专家");
            typeIn(By.id("expertForm:specialty"), "神经内科");
            typeIn(By.id("expertForm:currentTitle"), "主任医师");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});",
                    browser.driver().findElement(By.id("expertForm:saveExpert")));
            browser.click(By.id("expertForm:saveExpert"));
            browser.awaitAjax();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "待完善"), 10);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:members"), expert), 10);
            assertTrue(browser.text(By.id("listForm:members")).contains("待完善"), browser.pageText());
        } finally {
            browser.signOut();
            browser.signIn("admin", DEMO);
            resetModel();
        }
    }

    /** Types into a field of a dialog whose content scrolls. */
    private void typeIn(By field, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(field));
        browser.type(field, text);
    }

    private void pickUnit(String clientId, String unitName) {
        browser.type(By.id(clientId + "_input"), unitName.substring(0, 6));
        By item = By.cssSelector("[id='" + clientId + "_panel'] li.ui-autocomplete-item[data-item-label='"
                + unitName + "']");
        browser.waitFor(ExpectedConditions.elementToBeClickable(item), 10).click();
        browser.awaitAjax();
    }

    private void filterSetting() {
        browser.open("admin/settings.xhtml");
        browser.type(By.id("settingsForm:filter"), SETTING);
        browser.waitFor(d -> d.findElements(By.cssSelector("#settingsForm\\:table tbody tr")).size() == 1, 10);
    }

    private void switchModel(String model) {
        filterSetting();
        browser.click(By.id("settingsForm:table:0:edit"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:value")), 10);
        browser.selectOneMenu("editForm:value", model);
        browser.click(By.id("editForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已保存"), 10);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改"), 10);
    }

    private void resetModel() {
        filterSetting();
        if (browser.driver().findElements(By.id("settingsForm:table:0:reset")).isEmpty()) {
            return;
        }
        browser.click(By.id("settingsForm:table:0:reset"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.waitFor(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改")), 10);
    }
}
