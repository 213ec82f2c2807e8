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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 职称目录管理 in the browser (SPEC §3.16): the province's HRSS super administrator adds a series in a category
 * (申报类别) and changes the category, adds a qualification name to it choosing the level in the zc:titleCascade,
 * renames it, retires it after confirming and sees it marked 已停用; a city HRSS administrator gets the forbidden page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogBrowserIT {

    private static final String DEMO = "Demo@2026";

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
    void theProvinceAdministratorAddsRenamesAndRetiresAQualification() {
        String tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String series = "浏览器系列" + tag;
        browser.signIn("sc_hrss_admin", DEMO);
        assertThat(browser.menuIds()).contains("UNIT_TITLE_CATALOG");
        browser.open("unit/catalog.xhtml");
        assertThat(browser.pageText()).contains("高等学校教师");

        openDialog(By.id("seriesForm:addSeries"), "seriesDialog");
        browser.type(By.id("seriesDialogForm:name"), series);
        typeCategory("浏览器类");
        browser.click(By.id("seriesDialogForm:save"));
        awaitMessage("职称系列“" + series + "”已新增");

        browser.type(By.id("seriesForm:nameFilter"), series);
        browser.click(By.id("seriesForm:search"));
        browser.awaitAjax();
        assertThat(browser.text(By.id("seriesForm:series"))).contains("申报类别").contains("浏览器类");

        openDialog(By.id("seriesForm:series:0:rename"), "seriesDialog");
        assertThat(browser.driver().findElement(By.id("seriesDialogForm:category_input")).getAttribute("value"))
                .isEqualTo("浏览器类");
        typeCategory("浏览器改类");
        browser.click(By.id("seriesDialogForm:save"));
        awaitMessage("职称系列“" + series + "”已保存");
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("seriesForm:series"), "浏览器改类"),
                10);
        browser.click(By.id("seriesForm:series:0:view"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedSeries"), series), 10);

        openDialog(By.id("qualificationsForm:addQualification"), "qualificationDialog");
        browser.selectOneMenu("qualificationDialogForm:cascadeLevel", "INTERMEDIATE");
        browser.type(By.id("qualificationDialogForm:name"), "测试工程师");
        browser.click(By.id("qualificationDialogForm:save"));
        awaitMessage("资格名称“测试工程师”已新增");
        assertThat(browser.text(By.id("qualificationsForm"))).contains("中级").contains("测试工程师");

        openDialog(By.cssSelector("[id$=':level:0:rename']"), "qualificationDialog");
        browser.type(By.id("qualificationDialogForm:name"), "中级测试工程师");
        browser.click(By.id("qualificationDialogForm:save"));
        awaitMessage("已更名为“中级测试工程师”");
        assertThat(browser.text(By.id("qualificationsForm"))).contains("中级测试工程师");
        openDialog(By.cssSelector("[id$=':level:0:renames']"), "renamesDialog");
        assertThat(browser.text(By.id("renamesForm:renames"))).contains("测试工程师").contains("中级测试工程师");
        browser.driver().findElement(By.cssSelector("[id='renamesDialog'] .ui-dialog-titlebar-close")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("renamesDialog")), 10);

        browser.click(By.cssSelector("[id$=':level:0:retire']"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        awaitMessage("“中级测试工程师”已停用");
        browser.awaitAjax();
        assertThat(browser.text(By.cssSelector("#qualificationsForm tr.zc-retired"))).contains("中级测试工程师")
                .contains("已停用");
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':level:0:reinstate']"))).hasSize(1);
    }

    @Test
    void theSystemAdministratorOpensTheCatalogFromTheAdministrationMenu() {
        browser.signIn("admin", DEMO);
        assertThat(browser.menuIds()).contains("ADMIN_TITLE_CATALOG");
        browser.click(By.cssSelector("#menu [data-menu='ADMIN_TITLE_CATALOG']"));
        browser.waitFor(ExpectedConditions.urlContains("/unit/catalog.xhtml"), 10);

        browser.type(By.id("seriesForm:nameFilter"), "高等学校教师");
        browser.click(By.id("seriesForm:search"));
        browser.awaitAjax();
        browser.click(By.id("seriesForm:series:0:view"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("qualificationsForm"), "副教授"), 10);
        assertThat(browser.text(By.id("qualificationsForm"))).contains("高级（正高）", "教授", "高级（副高）", "中级",
                "讲师", "初级（助理级）", "助教");
    }

    @Test
    void aCityAdministratorGetsTheForbiddenPage() {
        browser.signIn("cd_hrss_admin", DEMO);
        browser.open("unit/catalog.xhtml");

        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
        assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("高等学校教师");
    }

    /** Types the 申报类别 of the series dialog and leaves the field, so its suggestions close. */
    private void typeCategory(String category) {
        browser.type(By.id("seriesDialogForm:category_input"), category);
        browser.awaitAjax();
        browser.click(By.id("seriesDialogForm:name"));
        browser.awaitAjax();
    }

    private void openDialog(By button, String dialog) {
        browser.awaitAjax();
        browser.click(button);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(dialog)), 10);
        browser.awaitAjax();
    }

    private void awaitMessage(String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text), 10);
    }
}
