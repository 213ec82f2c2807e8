package cn.zhicheng.it.platform;

import cn.zhicheng.it.Deployments;
import cn.zhicheng.it.WebSession;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security rules as a client sees them over HTTP: Chinese log-in page, headers and cookie flags, role folders
 * answering 403 with our page (no data, no stack trace), health endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHttpIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL url;

    @Test
    void theLoginPageIsChineseAndCarriesSecurityHeadersAndAnHttpOnlyCookie() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>用户登录 - 职称评审信息系统</title>", "jakarta.faces.ViewState");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("X-Powered-By")).as("no product banner").isEmpty();
        assertThat(page.headers().firstValue("Server")).as("no product banner").isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'self'");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void anApplicantGetsTheForbiddenPageForUnitAndAdminFolders() throws Exception {
        WebSession applicant = new WebSession(url);
        HttpResponse<String> home = applicant.login("510104199001011230", "Demo@2026");
        assertThat(home.uri().getPath()).endsWith("/applicant/index.xhtml");
        assertThat(home.body()).contains("张三");

        for (String path : new String[]{"unit/index.xhtml", "admin/settings.xhtml", "committee/index.xhtml"}) {
            HttpResponse<String> refused = applicant.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("无权访问").doesNotContain("单位首页", "Caused by", "\tat ");
        }
    }

    /**
     * Signed-in users keep their roles while many requests run at once: with Payara's {@code @AutoApplySession} a few
     * of them got HTTP 403 on their own pages under load (payara/Payara#6145, ApplicantSubmitBench).
     */
    @Test
    void signedInApplicantsKeepTheirRoleUnderConcurrentRequests() throws Exception {
        int sessions = 16;
        int requestsEach = 8;
        List<WebSession> applicants = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            WebSession applicant = new WebSession(url);
            assertThat(applicant.login(i % 2 == 0 ? "510104199001011230" : "510107198503152345", "Demo@2026")
                    .uri().getPath()).endsWith("/applicant/index.xhtml");
            applicants.add(applicant);
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (WebSession applicant : applicants) {
                answers.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < requestsEach; i++) {
                        statuses.add(applicant.get(i % 2 == 0 ? "applicant/index.xhtml"
                                : "applicant/applications.xhtml").statusCode());
                    }
                    return statuses;
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> answer : answers) {
                statuses.addAll(answer.get(2, TimeUnit.MINUTES));
            }
            assertThat(statuses).hasSize(sessions * requestsEach).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFormPostedWithoutItsViewStateIsRefused() throws Exception {
        WebSession forger = new WebSession(url);
        forger.get("login.xhtml");
        HttpResponse<String> forged = forger.post("login.xhtml", java.util.Map.of(
                "loginForm", "loginForm", "loginForm:username", "admin", "loginForm:password", "Demo@2026",
                "loginForm:submit", "登录", "jakarta.faces.ViewState", "-1:-1"));

        assertThat(forged.body()).contains("页面已过期").doesNotContain("系统管理首页");
        assertThat(forger.get("admin/index.xhtml").uri().getPath()).as("still not signed in").endsWith("/login.xhtml");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> page = new WebSession(url).get("unit/index.xhtml");

        assertThat(page.uri().getPath()).endsWith("/login.xhtml");
        assertThat(page.body()).contains("用户登录").doesNotContain("单位首页");
    }

    @Test
    void aMissingPageShowsOurNotFoundPage() throws Exception {
        HttpResponse<String> page = new WebSession(url).get("no-such-page.xhtml");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在").doesNotContain("Payara Server");
    }

    @Test
    void attachmentsAreServedOnlyToSignedInUsersAndUnknownIdsAreNotFound() throws Exception {
        assertThat(new WebSession(url).get("files/1").uri().getPath()).endsWith("/login.xhtml");

        WebSession handler = new WebSession(url);
        handler.login("hospital_handler", "Demo@2026");
        HttpResponse<String> unknown = handler.get("files/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("页面不存在");
        assertThat(handler.get("files/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void listExportsHoldOnlyTheCallersScope() throws Exception {
        List<String> units = exportedRows("cd_hrss_admin", "unit/subordinates/list.xhtml", "listForm");
        assertThat(units.get(0)).contains("单位名称", "统一社会信用代码").doesNotContain("操作");
        assertThat(units).anyMatch(row -> row.contains("成都市武侯区人力资源和社会保障局")
                && row.contains("11510107MB0000003A") && row.contains("人社部门") && row.contains("已授权"));
        assertThat(String.join("\n", units)).doesNotContain("四川省教育厅", "四川省人民医院");

        List<String> staff = exportedRows("hospital_admin", "unit/own/staff.xhtml", "staffForm");
        assertThat(staff).anyMatch(row -> row.contains("hospital_handler") && row.contains("经办人"));
        assertThat(String.join("\n", staff)).doesNotContain("sc_hrss", "branch_handler");
        for (String cell : String.join("\t", units).concat("\t").concat(String.join("\t", staff)).split("\t")) {
            assertThat(cell).as("exported cells hold values, not markup").doesNotContain("#{", "UIRepeat");
        }

        List<String> committees = exportedRows("health_dept", "unit/committees/list.xhtml", "listForm");
        assertThat(committees.get(0)).contains("评委会名称", "备案有效期").doesNotContain("操作");
        assertThat(committees).anyMatch(row -> row.contains("四川省卫生系列高级职称评审委员会")
                && row.contains("评委会备案已核准通过") && row.contains("高级"));

        WebSession pool = new WebSession(url);
        pool.login("health_dept", "Demo@2026");
        String poolHtml = pool.get("unit/experts/pool.xhtml").body();
        java.util.regex.Matcher demo = java.util.regex.Pattern.compile(
                "<option value=\"(\\d+)\"[^>]*>四川省卫生系列高级职称评审委员会").matcher(poolHtml);
        assertThat(demo.find()).as("the demo committee is offered").isTrue();
        String page = "unit/experts/pool.xhtml?committee=" + demo.group(1);
        List<String> inPool = exportedRows(pool, page, "poolForm", "poolForm:tabs:inPool:export",
                Map.of("poolForm:committee_input", demo.group(1)));
        assertThat(inPool.get(0)).contains("姓名", "证件号码").doesNotContain("操作");
        assertThat(inPool).hasSizeGreaterThanOrEqualTo(26).anyMatch(row -> row.contains("赵医师") && row.contains("主任委员"));

        List<String> series = exportedRows("sc_hrss_admin", "unit/catalog.xhtml", "seriesForm");
        assertThat(series).anyMatch(row -> row.contains("高等学校教师"));
    }

    /** Signs in, opens a list page and presses its 导出Excel button; returns the sheet's rows, cells tab-separated. */
    private List<String> exportedRows(String login, String page, String form) throws Exception {
        WebSession session = new WebSession(url);
        session.login(login, "Demo@2026");
        return exportedRows(session, page, form, form + ":export", Map.of());
    }

    /** As a browser posts the form: the export button, the view state and the form's other fields as given. */
    private List<String> exportedRows(WebSession session, String page, String form, String button,
                                      Map<String, String> fields) throws Exception {
        String html = session.get(page).body();
        Map<String, String> post = new java.util.HashMap<>(fields);
        post.putAll(Map.of(form, form, button, "", "jakarta.faces.ViewState", WebSession.viewState(html)));
        HttpResponse<byte[]> file = session.postForFile(page, post);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<String> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(String.join("\t", cells));
            }
        }
        return rows;
    }

    @Test
    void readinessReportsTheDatabaseAndTheMigrations() throws Exception {
        URI ready = URI.create(url.getProtocol() + "://" + url.getHost() + ":" + url.getPort() + "/health/ready");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ready).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"databaseReachable\":\"true\"",
                "\"migrationsApplied\":\"true\"");
    }
}
