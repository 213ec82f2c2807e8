package cn.zhicheng.it.browser;

import cn.zhicheng.it.Deployments;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.Cookie;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 职称申报人员信息花名表 (SPEC §3.15.3) in the browser: the committee administrator and a hospital's super
 * administrator open the roster from their menu, search, and export; the downloaded workbook (fetched with the
 * browser's session from the page's 【导出】 link) opens in POI with the roster's header on every sheet and as many
 * rows as the table counts. A 领导 without the function gets the forbidden page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationQueriesBrowserIT {

    private static final String DEMO = "Demo@2026";
    private static final List<String> HEADER = List.of("序号", "年度", "姓名", "身份证号", "性别", "主管部门", "申报系列",
            "申报层级", "申报专业", "申报职称名称", "申报方式");
    private static final Pattern TOTAL = Pattern.compile("\\((\\d+)\\)");

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
    void theCommitteeAndAUnitOpenTheRosterAndExportIt() throws Exception {
        browser.signIn("committee_admin", DEMO);
        assertThat(browser.menuIds()).contains("COMMITTEE_ROSTER");
        exportMatchesTheTable("committee/roster.xhtml");
        assertThat(browser.driver().findElements(By.id("rosterForm:exportAccepted"))).hasSize(1);
        browser.signOut();

        browser.signIn("hospital_admin", DEMO);
        assertThat(browser.menuIds()).contains("UNIT_ROSTER", "UNIT_EVALUATION_CHANGE");
        exportMatchesTheTable("unit/queries/roster.xhtml");
        assertThat(browser.driver().findElements(By.id("rosterForm:exportAccepted"))).isEmpty();
        browser.open("unit/queries/evaluation.xhtml");
        assertThat(browser.pageText()).contains("评审人员统计");
        browser.signOut();

        browser.signIn("hospital_leader", DEMO);
        browser.open("unit/queries/roster.xhtml");
        assertThat(browser.text(By.id("errorText"))).contains("您没有访问该页面的权限");
    }

    private void exportMatchesTheTable(String page) throws Exception {
        browser.open(page);
        assertThat(browser.text(By.id("rosterForm:table"))).contains("序号", "主管部门", "申报职称名称");
        browser.click(By.id("rosterForm:search"));
        browser.awaitAjax();
        String table = browser.text(By.id("rosterForm:table"));
        Matcher total = TOTAL.matcher(table);
        int expected = total.find() ? Integer.parseInt(total.group(1)) : 0;

        String href = browser.driver().findElement(By.id("rosterForm:export")).getDomAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI target = URI.create(url.toString()).resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept-Language", "zh-CN").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(target.toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            int rows = 0;
            DataFormatter f = new DataFormatter();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                Row header = book.getSheetAt(i).getRow(0);
                List<String> cells = new ArrayList<>();
                header.forEach(c -> cells.add(f.formatCellValue(c)));
                assertThat(cells).as(book.getSheetName(i)).isEqualTo(HEADER);
                rows += book.getSheetAt(i).getLastRowNum();
            }
            assertThat(rows).as(page).isEqualTo(expected);
        }
    }
}
