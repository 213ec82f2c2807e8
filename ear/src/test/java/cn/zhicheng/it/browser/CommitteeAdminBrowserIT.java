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
 * The demo 评委会管理员 (committee_admin, of the FILED "四川省卫生系列高级职称评审委员会") in a browser: its menu offers
 * 评委会备案 and 评委会账号管理; 评委会备案 (SPEC §3.5.3) shows the green "评委会备案已核准通过" and the committee's
 * name; 评委会账号管理 (SPEC §3.5.6) refuses a 9-digit ID number with a clear message, then adds an operator, disables
 * it after the confirmation, re-enables it and retires it after the confirmation (it leaves the list).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeAdminBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final String COMMITTEE = "四川省卫生系列高级职称评审委员会";

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
    void theCommitteeAdministratorSeesItsFilingAndManagesAnOperator() {
        browser.signIn("committee_admin", DEMO);
        List<String> menu = browser.menuIds();
        assertTrue(menu.contains("COMMITTEE_FILING") && menu.contains("COMMITTEE_ACCOUNTS"), menu.toString());

        // 评委会备案: the status bar, and the committee's name in 1 基本信息
        browser.open("committee/filing.xhtml");
        assertEquals("评委会备案已核准通过", browser.text(By.cssSelector("[id='statusBar'] .zc-status-ok")),
                browser.pageText());
        assertEquals(COMMITTEE, browser.text(By.id("committeeName")));
        assertTrue(browser.driver().findElements(By.id("completeHint")).isEmpty(), "no 请完善 hint once filed");
        browser.click(By.id("editForm:step1"));
        browser.awaitAjax();
        WebElement nameField = browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name")), 10);
        assertEquals(COMMITTEE, nameField.getDomProperty("value"));

        // 评委会账号管理
        String name = "评委操作员" + Long.toString(System.nanoTime() % 1_000_000, 36);
        browser.open("committee/accounts.xhtml");
        assertFalse(browser.pageText().contains(name));

        openCreateDialog();
        browser.type(By.id("operatorForm:name"), name);
        browser.type(By.id("operatorForm:idNumber"), "999995593");
        browser.click(By.id("operatorForm:save"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "居民身份证号码应为 18 位，您填写的是 9 位"), 10);
        assertFalse(tableText().contains(name), "nothing added: " + tableText());

        browser.type(By.id("operatorForm:idNumber"), TestData.idNumber());
        browser.click(By.id("operatorForm:save"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("operatorDialog")), 10);
        assertTrue(browser.text(By.id("messages")).contains("已新增操作员“" + name + "”"), browser.pageText());
        assertTrue(row(name).getText().contains("正常"), row(name).getText());

        // 禁用 after the confirmation
        row(name).findElement(By.cssSelector("button[id$=':disable']")).click();
        confirm();
        assertTrue(browser.text(By.id("messages")).contains("已禁用“" + name + "”"), browser.pageText());
        assertTrue(row(name).getText().contains("已禁用"), row(name).getText());

        // 启用 (no confirmation)
        row(name).findElement(By.cssSelector("button[id$=':enable']")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("messages")).contains("已启用“" + name + "”"), browser.pageText());
        assertTrue(row(name).getText().contains("正常"), row(name).getText());

        // 注销 after the confirmation: the operator leaves the list
        row(name).findElement(By.cssSelector("button[id$=':retire']")).click();
        confirm();
        assertTrue(browser.text(By.id("messages")).contains("已注销“" + name + "”"), browser.pageText());
        assertFalse(tableText().contains(name), tableText());
    }

    private void openCreateDialog() {
        browser.click(By.id("listForm:create"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("operatorForm:name")), 10);
    }

    private void confirm() {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
    }

    private String tableText() {
        return browser.text(By.id("listForm:table"));
    }

    private WebElement row(String name) {
        return browser.driver().findElements(By.cssSelector("[id='listForm:table'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + browser.pageText()));
    }
}
