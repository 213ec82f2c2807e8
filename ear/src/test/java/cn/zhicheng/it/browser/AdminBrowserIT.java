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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system administrator's main flow in the browser: change a province setting through its dialog (a bad value is
 * refused in Chinese and nothing is lost), put it back, and import a title catalog file as a batch job whose progress
 * the page follows to the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    private Browser browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = new Browser(url);
        browser.signIn("admin", "Demo@2026");
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theAdministratorChangesASettingAndPutsItBack() {
        browser.open("admin/settings.xhtml");
        browser.type(By.id("settingsForm:filter"), "upload.photoMaxKB");
        browser.waitFor(d -> d.findElements(By.cssSelector("#settingsForm\\:table tbody tr")).size() == 1, 10);
        browser.click(By.id("settingsForm:table:0:edit"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:text")), 10);

        browser.type(By.id("editForm:text"), "五百");
        browser.click(By.id("editForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:dialogMessages"), "无效"), 10);
        assertThat(browser.text(By.id("editForm:dialogMessages"))).as("named by its label, with the allowed range")
                .contains("“照片大小上限（KB）”的值“五百”无效").contains("1..10240");
        assertThat(browser.driver().findElement(By.id("editForm:text")).getDomProperty("value"))
                .as("the input stays for correction").isEqualTo("五百");

        browser.type(By.id("editForm:text"), "600");
        browser.click(By.id("editForm:save"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已保存"), 10);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改"), 10);
        assertThat(browser.text(By.id("settingsForm:table"))).contains("600");
        assertThat(browser.text(By.id("settingsForm:changeLog"))).as("the change is in the flow log on the page")
                .contains("系统管理员", "修改配置", "500", "600", "upload.photoMaxKB");

        browser.click(By.id("settingsForm:table:0:reset"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.waitFor(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:table"), "已修改")), 10);
        assertThat(browser.text(By.id("settingsForm:table"))).contains("500").doesNotContain("600");
    }

    @Test
    void theAdministratorImportsATitleCatalogAndWatchesTheJobFinish() throws Exception {
        String series = "浏览器测试系列" + System.nanoTime();
        List<String> lines = new ArrayList<>(List.of("series,level,qualification"));
        for (int i = 1; i <= 120; i++) {
            lines.add(series + "," + (i % 2 == 0 ? "中级" : "副高级") + ",资格" + i);
        }
        Path csv = Files.createTempFile("catalog-", ".csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);

        browser.open("admin/jobs.xhtml");
        browser.driver().findElement(By.id("uploadForm:file_input")).sendKeys(csv.toString());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#uploadForm\\:file .ui-fileupload-upload")), 10)
                .click();

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm:watchedStatus"), "已完成"), 60);
        assertThat(browser.text(By.id("jobsForm:watchedItems"))).isEqualTo("120 / 120");
        assertThat(browser.text(By.id("jobsForm:history"))).contains("已完成");
        Files.deleteIfExists(csv);
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithAClearMessage() throws Exception {
        Path notCsv = Files.createTempFile("catalog-", ".csv");
        Files.write(notCsv, new byte[]{0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10});

        browser.open("admin/jobs.xhtml");
        browser.driver().findElement(By.id("uploadForm:file_input")).sendKeys(notCsv.toString());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#uploadForm\\:file .ui-fileupload-upload")), 10)
                .click();

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "文件类型不符合要求"), 10);
        Files.deleteIfExists(notCsv);
    }
}
