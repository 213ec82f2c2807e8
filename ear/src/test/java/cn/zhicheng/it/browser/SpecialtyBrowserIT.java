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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 专业树管理 in a browser (SPEC §3.5.7): the 评委会管理员 of a 单位内部自主评审 committee opens 专业树管理, adds a
 * top-level specialty, freezes it after the confirmation and sees 是否冻结 = 是. The committee and its administrator
 * account (password copied from the demo committee_admin, Demo@2026) are seeded over JDBC into the test database, as
 * a @RunAsClient test cannot call the services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpecialtyBrowserIT {

    private static final String DEMO = "Demo@2026";

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
    void aCommitteeAdministratorAddsAndFreezesASpecialty() throws Exception {
        String tag = "sb" + Long.toString(System.nanoTime(), 36);
        String login = seedCommitteeWithAdmin(tag);
        String name = tag + "临床医学";

        browser.signIn(login, DEMO);
        assertTrue(browser.menuIds().contains("COMMITTEE_SPECIALTIES"), browser.menuIds().toString());
        browser.open("committee/specialties.xhtml");
        assertTrue(browser.pageText().contains(tag + "自主评审评委会"), browser.pageText());

        browser.click(By.id("treeForm:add"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("specialtyAddForm:name")), 10);
        browser.type(By.id("specialtyAddForm:name"), name);
        browser.click(By.id("specialtyAddForm:confirmAdd"));
        browser.awaitAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("specialtyAddDialog")), 10);
        assertTrue(browser.pageText().contains("已新增专业“" + name + "”"), browser.pageText());
        assertEquals("否", frozenCell(name));

        row(name).findElement(By.cssSelector("button[id$=':freeze']")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")), 10).click();
        browser.awaitAjax();
        assertTrue(browser.pageText().contains("已冻结专业“" + name + "”"), browser.pageText());
        assertEquals("是", frozenCell(name));
        assertTrue(row(name).findElements(By.cssSelector("button[id$=':unfreeze']")).size() == 1,
                "a frozen specialty offers 解冻");
    }

    private String frozenCell(String name) {
        return row(name).findElement(By.cssSelector(".zc-specialty-frozen")).getText();
    }

    private WebElement row(String name) {
        return browser.driver().findElements(By.cssSelector("[id='treeForm:tree'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + browser.pageText()));
    }

    // --- JDBC seeding: the test database of the integration-test domain ---------------------------------------------

    private static final AtomicLong NEXT_ID =
            new AtomicLong(9_500_000_000L + System.currentTimeMillis() % 100_000_000L * 100);

    /** A 自主评审 committee formed by the demo committee_admin's unit, with a new administrator; returns its login. */
    private static String seedCommitteeWithAdmin(String tag) throws SQLException {
        long seriesId = NEXT_ID.getAndIncrement();
        long committeeId = NEXT_ID.getAndIncrement();
        long accountId = NEXT_ID.getAndIncrement();
        String login = tag + "_adm";
        try (Connection c = connect()) {
            update(c, "insert into title_series (id, name) values (?, ?)", seriesId, tag + "高校教师");
            update(c, "insert into committee (id, name, formation_unit_id, series_id, internal_review, created_at) "
                    + "select ?, ?, m.unit_id, ?, true, now() from membership m join account a on a.id = m.account_id "
                    + "where a.login_name = 'committee_admin' and m.role = 'COMMITTEE_ADMIN'",
                    committeeId, tag + "自主评审评委会", seriesId);
            update(c, "insert into account (id, login_name, display_name, password_hash, status, "
                    + "must_change_password, password_changed_at, created_at) select ?, ?, ?, password_hash, 'ACTIVE', "
                    + "false, now(), now() from account where login_name = 'committee_admin'",
                    accountId, login, "专业树管理员");
            update(c, "insert into membership (id, account_id, unit_id, role) select ?, ?, formation_unit_id, "
                    + "'COMMITTEE_ADMIN' from committee where id = ?", NEXT_ID.getAndIncrement(), accountId, committeeId);
            update(c, "insert into committee_account (id, account_id, committee_id, role, created_at) "
                    + "values (?, ?, ?, 'COMMITTEE_ADMIN', now())", NEXT_ID.getAndIncrement(), accountId, committeeId);
        }
        return login;
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private static Connection connect() throws SQLException {
        String db = System.getProperty("it.database", "zhicheng_test");
        return DriverManager.getConnection("jdbc:postgresql://" + env("ZC_DB_HOST", "127.0.0.1") + ":"
                + env("ZC_DB_PORT", "5432") + "/" + db, env("ZC_DB_USER", "zhicheng"), env("ZC_DB_PASSWORD", "zhicheng"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
