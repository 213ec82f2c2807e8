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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue-3 review screens in headless Chromium with the demo province: a hospital's super administrator sets up
 * two review levels for applications; the province HRSS administrator routes 四川省实验中学 through 四川省教育厅; a unit
 * user reads and confirms a message and the home page's unread count drops; a reviewer without the configuration
 * function gets the forbidden page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewBrowserIT {

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
    void aSuperAdministratorSetsUpTwoReviewLevelsForApplications() {
        browser.signIn("hospital_admin", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_MULTI_POST");
        browser.open("unit/own/multipost.xhtml");

        assertThat(browser.text(By.id("levelsForm:notice"))).contains("本单位未设置【单位内部多岗审核】，如需设置", "点此跳转");
        addLevel("hospital_handler", 1);
        addLevel("hospital_leader", 2);

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#levelsForm\\:levels tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("第1级", "省医院经办人 (hospital_handler)")
                .doesNotContain("hospital_leader");
        assertThat(rows.get(1).getText()).contains("第2级", "省医院领导 (hospital_leader)")
                .doesNotContain("hospital_handler");
        assertThat(browser.driver().findElements(By.id("levelsForm:notice"))).as("the notice is gone").isEmpty();
        assertThat(browser.text(By.id("levelsForm:changeLog"))).contains("新增审核级别", "第2级");
    }

    private void addLevel(String login, int expectedRows) {
        browser.click(By.id("levelsForm:add"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("levelForm:staff")), 10);
        assertThat(browser.text(By.id("levelNumber"))).isEqualTo("第" + expectedRows + "级");
        WebElement label = browser.driver().findElements(By.cssSelector("#levelForm\\:staff label")).stream()
                .filter(l -> l.getText().contains("(" + login + ")")).findFirst().orElseThrow();
        label.click();
        browser.click(By.id("levelForm:save"));
        browser.waitFor(d -> d.findElements(By.cssSelector("#levelsForm\\:levels tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("(" + login + ")")), 10);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("levelDialog")), 10);
        assertThat(browser.driver().findElements(By.cssSelector("#levelsForm\\:levels tbody tr")))
                .hasSize(expectedRows);
    }

    @Test
    void theProvinceSetsTheCompetentDepartmentOfASchool() {
        browser.signIn("sc_hrss_admin", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_COMPETENT_DEPARTMENTS");
        browser.open("unit/competent.xhtml");
        browser.type(By.id("unitsForm:nameFilter"), "四川省实验中学");
        browser.click(By.id("unitsForm:search"));
        browser.waitFor(d -> schoolRow() != null && rowsShown() == 2, 10);
        assertThat(schoolRow().getText()).contains("四川省教育厅", "按隶属关系");

        schoolRow().findElement(By.cssSelector("button[id$=':assign']")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("assignForm:department")), 10);
        assertThat(browser.text(By.id("editingUnit"))).isEqualTo("四川省实验中学");
        String education = browser.driver().findElements(By.cssSelector("#assignForm\\:department_input option"))
                .stream().filter(o -> o.getDomProperty("textContent").strip().equals("四川省教育厅"))
                .findFirst().orElseThrow().getDomAttribute("value");
        browser.selectOneMenu("assignForm:department", education);
        browser.waitFor(d -> d.findElement(By.id("assignForm:department_label")).getText().equals("四川省教育厅"), 10);
        browser.click(By.id("assignForm:confirm"));
        try {
            browser.waitFor(d -> rowText().contains("直接设置"), 10);
        } catch (TimeoutException e) {
            throw new AssertionError("page after 确定: " + browser.pageText(), e);
        }

        assertThat(schoolRow().getText()).contains("四川省教育厅", "直接设置", "清除");
        assertThat(browser.pageText()).contains("已将“四川省实验中学”的主管部门设置为“四川省教育厅”",
                "沿用“四川省实验中学”的设置");
    }

    private String rowText() {
        try {
            WebElement row = schoolRow();
            return row == null ? "" : row.getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private int rowsShown() {
        return browser.driver().findElements(By.cssSelector("#unitsForm\\:units tbody tr td:first-child")).size();
    }

    /** The table row of 四川省实验中学, or null while the table is being replaced by an ajax update. */
    private WebElement schoolRow() {
        try {
            return browser.driver().findElements(By.cssSelector("#unitsForm\\:units tbody tr")).stream()
                    .filter(r -> !r.findElements(By.cssSelector("td")).isEmpty()
                            && r.findElements(By.cssSelector("td")).get(0).getText().equals("四川省实验中学"))
                    .findFirst().orElse(null);
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    @Test
    void aUnitUserReadsAMessageConfirmsItAndTheUnreadCountDrops() {
        browser.signIn("school_branch_handler", DEMO_PASSWORD);
        int before = Integer.parseInt(browser.text(By.id("unreadMessages")));
        assertThat(before).isPositive();

        browser.click(By.id("unreadMessages"));
        browser.waitFor(ExpectedConditions.urlContains("/unit/messages.xhtml"), 10);
        WebElement row = browser.driver().findElements(By.cssSelector("#messagesForm\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains("关于开展2026年度职称评审工作的通知")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("四川省人力资源和社会保障厅", "未读");
        row.findElement(By.cssSelector("button[id$=':open']")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("messageForm:confirmRead")), 10);
        assertThat(browser.text(By.id("openedSender"))).isEqualTo("四川省人力资源和社会保障厅");
        assertThat(browser.text(By.id("openedBody"))).contains("多岗审核配置");

        browser.click(By.id("messageForm:confirmRead"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("openedStatus"), "已读"), 10);
        assertThat(browser.text(By.id("messagesForm:unreadCount"))).isEqualTo("未读消息 " + (before - 1) + " 条");

        browser.open("unit/index.xhtml");
        assertThat(browser.text(By.id("unreadMessages"))).isEqualTo(String.valueOf(before - 1));
        assertThat(browser.text(By.id("toDos"))).contains("暂无待办事项");
    }

    @Test
    void theHomeShowsTheUnitAndForSupervisingUnitsTheEmptySupervisionBlock() {
        browser.signIn("edu_dept", DEMO_PASSWORD);
        assertThat(browser.text(By.id("unitInfo"))).contains("四川省教育厅", "主管部门", "四川省人力资源和社会保障厅",
                "510000", "已授权");
        assertThat(browser.text(By.id("supervision"))).contains("评审工作监督", "尚无本单位组建的评审委员会");
        browser.signOut();

        browser.signIn("hospital_handler", DEMO_PASSWORD);
        assertThat(browser.driver().findElements(By.id("supervision"))).as("an employer has no supervision").isEmpty();
        browser.open("unit/own/multipost.xhtml");
        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
        browser.open("unit/competent.xhtml");
        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
    }
}
