package cn.zhicheng.it.browser;

import cn.zhicheng.expert.ExpertField;
import cn.zhicheng.expert.ExpertTemplate;
import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
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

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 acceptance for the expert pool (SPEC §3.6): the demo 卫健委经办人 adds an expert to a committee of its unit
 * (seeded here through JDBC) and submits it; the province 经办人 returns it; the expert logs in with the ID number
 * and the initial password, changes it, completes the profile (学习经历, 工作履历) and submits it for approval; the
 * province approves and the expert shows 在库. The 批量新增 wizard (§3.6.3): upload a filled template, the check shows
 * 成功数据 and 失败数据 with the row number and reason, 下一步 imports only the valid rows.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertBrowserIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String INITIAL_PASSWORD = "888888";
    private static final String NEW_PASSWORD = "Zhuan@Jia2026";
    private static final String DEMO_COMMITTEE = "四川省卫生系列高级职称评审委员会";

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
    void aUnitAddsAnExpertWhoCompletesTheProfileAndTheProvinceApprovesIt() throws Exception {
        String tag = "eb" + System.nanoTime() % 1_000_000;
        String committeeName = tag + "卫生高级评委会";
        long committee = seedCommittee(committeeName);
        String idNumber = TestData.idNumber();
        String name = "专家" + tag.substring(tag.length() - 4);

        // the health department adds the expert and submits it
        browser.signIn("health_dept", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_EXPERT_POOL");
        browser.open("unit/experts/pool.xhtml?committee=" + committee);
        browser.click(By.id("poolForm:add"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("expertForm:expertName")), 10);
        typeIn(By.id("expertForm:expertName"), name);
        typeIn(By.id("expertForm:idNumber"), idNumber);
        typeIn(By.id("expertForm:workUnit"), "四川大学华西医院");
        typeIn(By.id("expertForm:adminPost"), "科主任");
        typeIn(By.id("expertForm:phone1"), "13812345678");
        typeIn(By.id("expertForm:honours"), "四川省学术和技术带头人");
        typeIn(By.id("expertForm:specialty"), "心血管内科");
        typeIn(By.id("expertForm:currentTitle"), "主任医师");
        browser.click(By.id("expertForm:saveExpert"));
        browser.awaitAjax();
        assertThat(browser.pageText()).contains("已新增专家");
        WebElement row = rowContaining("poolForm:tabs:drafts", name);
        row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        browser.awaitAjax();
        browser.click(By.id("poolForm:submitSelected"));
        confirm();
        assertThat(browser.pageText()).contains("已提交 1 名专家审核");
        browser.signOut();

        // the province returns it with a reason
        browser.signIn("sc_hrss", DEMO_PASSWORD);
        openReview(committeeName);
        rowContaining("reviewForm:pending", name).findElement(By.cssSelector("[id$=':return']")).click();
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:reason")), 10);
        browser.type(By.id("returnForm:reason"), "请专家本人补充学习经历和工作履历");
        browser.click(By.id("returnForm:confirmReturn"));
        confirm();
        assertThat(browser.pageText()).contains("已退回 1 名专家");
        browser.signOut();

        // the expert logs in with the ID number, changes the initial password, completes the profile and submits
        browser.signIn(idNumber, INITIAL_PASSWORD);
        assertThat(browser.currentPath()).isEqualTo("/account/password.xhtml");
        browser.type(By.id("passwordForm:current"), INITIAL_PASSWORD);
        browser.type(By.id("passwordForm:newPassword"), NEW_PASSWORD);
        browser.type(By.id("passwordForm:confirmation"), NEW_PASSWORD);
        browser.submitAndWait(By.id("passwordForm:save"));
        assertThat(browser.menuIds()).contains("EXPERT_PROFILE");
        browser.open("expert/profile.xhtml");
        assertThat(browser.text(By.id("profileForm:memberships"))).contains("已退回", "请专家本人补充");
        fillLine("198709", "199207", "医学学士", "华西医科大学");
        browser.click(By.id("profileForm:save"));
        browser.awaitAjax();
        assertThat(browser.pageText()).contains("已保存");
        browser.selectOneMenu("profileForm:section", "WORK");
        fillLine("199207", "", "主任医师", "四川大学华西医院");
        browser.click(By.id("profileForm:save"));
        browser.awaitAjax();
        browser.click(By.id("profileForm:submit"));
        confirm();
        assertThat(browser.pageText()).contains("已提交审批");
        assertThat(browser.text(By.id("profileForm:memberships"))).contains("待审核");
        browser.signOut();

        // the province approves
        browser.signIn("sc_hrss", DEMO_PASSWORD);
        openReview(committeeName);
        rowContaining("reviewForm:pending", name).findElement(By.cssSelector("[id$=':approve']")).click();
        confirm();
        assertThat(browser.pageText()).contains("已通过 1 名专家");
        browser.signOut();

        // in the pool: the expert sees it, and so does the unit
        browser.signIn(idNumber, NEW_PASSWORD);
        browser.open("expert/profile.xhtml");
        assertThat(browser.text(By.id("profileForm:memberships"))).contains("在库");
        browser.signOut();
        browser.signIn("health_dept", DEMO_PASSWORD);
        browser.open("unit/experts/pool.xhtml?committee=" + committee);
        assertThat(browser.pageText()).contains("在库专家 (1)");
    }

    @Test
    void aUnitImportsExpertsThroughTheWizardAndSeesTheFailedRowWithItsReason() throws Exception {
        String tag = "ei" + System.nanoTime() % 1_000_000;
        long committee = seedCommittee(tag + "卫生中级评委会");
        String first = "导入甲" + tag.substring(tag.length() - 3);
        String second = "导入乙" + tag.substring(tag.length() - 3);
        List<List<String>> rows = new ArrayList<>();
        rows.add(templateRow(first, TestData.idNumber()));
        rows.add(templateRow("错号" + tag.substring(tag.length() - 3), "51010719800101001"));
        rows.add(templateRow(second, TestData.idNumber()));
        Path file = Files.createTempFile("experts", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ExpertTemplate.writeRows(out, rows, List.of());
        }

        browser.signIn("health_dept", DEMO_PASSWORD);
        browser.open("unit/experts/pool.xhtml?committee=" + committee);
        browser.click(By.id("poolForm:batchAdd"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("importDialog")), 10);
        assertThat(browser.text(By.id("importForm"))).contains("下载模板");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='importForm'] input[type=file]")), 10).sendKeys(file.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), ".xlsx"), 20);

        // 下一步: the check job runs with a progress bar, then 成功数据 2, 失败数据 1 with the row and its reason
        browser.click(By.id("importForm:check"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("failedCount")), 60);
        assertThat(browser.text(By.id("validCount"))).isEqualTo("2");
        assertThat(browser.text(By.id("failedCount"))).isEqualTo("1");
        WebElement failure = rowContaining("importForm:failures", "错号");
        assertThat(failure.findElement(By.cssSelector("td")).getText()).isEqualTo("5");  // the sheet's row number
        assertThat(failure.getText()).contains("身份证号码应为 18 位");
        assertThat(browser.pageText()).doesNotContain(first + " ");

        // 下一步: only the valid rows are imported; they land in 本单位新增待提交专家
        browser.click(By.id("importForm:import"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("importForm:close")), 60);
        assertThat(browser.text(By.id("validCount"))).isEqualTo("2");
        browser.click(By.id("importForm:close"));
        browser.awaitAjax();
        browser.open("unit/experts/pool.xhtml?committee=" + committee);
        assertThat(browser.text(By.id("poolForm:tabs:drafts"))).contains(first).contains(second)
                .doesNotContain("错号");
        Files.deleteIfExists(file);
    }

    @Test
    void aHospitalRecommendsAnExpertThatTheHealthDepartmentApproves() throws Exception {
        String tag = "er" + System.nanoTime() % 1_000_000;
        String name = "推荐" + tag.substring(tag.length() - 4);
        browser.signIn("hospital_handler", DEMO_PASSWORD);
        assertThat(browser.menuIds()).contains("UNIT_EXPERT_RECOMMEND");
        long demoCommittee = committeeId(DEMO_COMMITTEE);
        browser.open("unit/experts/recommend.xhtml?committee=" + demoCommittee);
        assertThat(browser.text(By.id("listForm:committee_label"))).startsWith(DEMO_COMMITTEE);
        browser.click(By.id("listForm:recommend"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("expertForm:expertName")), 10);
        typeIn(By.id("expertForm:expertName"), name);
        typeIn(By.id("expertForm:idNumber"), TestData.idNumber());
        typeIn(By.id("expertForm:workUnit"), "四川省人民医院");
        typeIn(By.id("expertForm:adminPost"), "副院长");
        typeIn(By.id("expertForm:phone1"), "13812345679");
        typeIn(By.id("expertForm:honours"), "四川省卫生健康领军人才");
        typeIn(By.id("expertForm:specialty"), "普外科");
        typeIn(By.id("expertForm:currentTitle"), "主任医师");
        browser.click(By.id("expertForm:saveExpert"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已推荐专家"), 10);
        assertThat(rowContaining("listForm:mine", name).getText()).contains("待审核");
        browser.signOut();

        browser.signIn("health_dept", DEMO_PASSWORD);
        browser.open("unit/experts/pool.xhtml?committee=" + demoCommittee);
        assertThat(browser.pageText()).as(browser.currentPath()).contains("下级单位推荐待审核专家 (1)");
        browser.click(By.xpath("//*[@id='poolForm:tabs']//ul[contains(@class, 'ui-tabs-nav')]/li[contains(., '下级单位推荐待审核')]"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("poolForm:tabs:recommended")), 10);
        WebElement row = rowContaining("poolForm:tabs:recommended", name);
        row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        browser.awaitAjax();
        browser.click(By.id("poolForm:tabs:approveRecommended"));
        confirm();
        assertThat(browser.pageText()).contains("已通过1名推荐专家");
        browser.signOut();

        browser.signIn("hospital_handler", DEMO_PASSWORD);
        browser.open("unit/experts/recommend.xhtml");
        assertThat(rowContaining("listForm:mine", name).getText()).contains("在库");
    }

    private static long committeeId(String name) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select id from committee where name = ?")) {
            s.setString(1, name);
            return single(s);
        }
    }

    /** The template's example row with another name and ID number (sex, birth month derive from the number). */
    private static List<String> templateRow(String name, String idNumber) {
        List<String> cells = new ArrayList<>(ExpertTemplate.EXAMPLE);
        cells.set(ExpertField.NAME.ordinal(), name);
        cells.set(ExpertField.ID_NUMBER.ordinal(), idNumber);
        cells.set(ExpertField.SEX.ordinal(), "");
        cells.set(ExpertField.BIRTH_MONTH.ordinal(), "");
        cells.set(ExpertField.SERIES.ordinal(), "");
        return cells;
    }

    /** Types into a field of a dialog whose content scrolls. */
    private void typeIn(By field, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(field));
        browser.type(field, text);
    }

    private void openReview(String committeeName) {
        browser.open("unit/experts/reviews.xhtml");
        rowContaining("reviewForm:committees", committeeName).findElement(By.cssSelector("[id$=':review']")).click();
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reviewForm:pending")), 10);
    }

    private void fillLine(String from, String to, String title, String organisation) {
        browser.type(By.id("profileForm:lines:0:from"), from);
        if (!to.isEmpty()) {
            browser.type(By.id("profileForm:lines:0:to"), to);
        }
        browser.type(By.id("profileForm:lines:0:title"), title);
        browser.type(By.id("profileForm:lines:0:organisation"), organisation);
    }

    private WebElement rowContaining(String tableId, String text) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null), 10);
    }

    private void confirm() {
        By yes = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes");
        browser.waitFor(ExpectedConditions.elementToBeClickable(yes), 10).click();
        browser.awaitAjax();
    }

    /** A committee of the demo 卫健委 with a series of its own, straight into the test database. */
    private static long seedCommittee(String name) throws Exception {
        try (Connection c = connect()) {
            long series;
            try (PreparedStatement s = c.prepareStatement("insert into title_series (id, name, retired) values "
                    + "(nextval('title_series_seq'), ?, false) returning id")) {
                s.setString(1, name.substring(0, 8) + "系列");
                series = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("insert into committee (id, name, formation_unit_id, "
                    + "series_id, internal_review, created_at) values (nextval('committee_seq'), ?, "
                    + "(select id from unit where name = '四川省卫生健康委员会'), ?, false, now()) returning id")) {
                s.setString(1, name);
                s.setLong(2, series);
                return single(s);
            }
        }
    }

    private static Connection connect() throws Exception {
        String jdbc = "jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":" + env("ZC_DB_PORT", "5432") + "/"
                + env("ZC_DB_NAME", "zhicheng_test");
        return DriverManager.getConnection(jdbc, env("ZC_DB_USER", "zhicheng"), env("ZC_DB_PASSWORD", "zhicheng"));
    }

    private static long single(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
