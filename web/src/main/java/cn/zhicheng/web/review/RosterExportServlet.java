package cn.zhicheng.web.review;

import cn.zhicheng.application.ApplicationKind;
import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.config.ApplicationRoute;
import cn.zhicheng.org.Sex;
import cn.zhicheng.review.ApplicationQueries;
import cn.zhicheng.review.ApplicationQuery;
import cn.zhicheng.review.RosterSheets;
import cn.zhicheng.review.StatusGroup;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * GET {@code /unit/queries/roster.xlsx} and {@code /committee/roster.xlsx}: the 职称申报人员信息表 of the 花名表's
 * filters (SPEC §3.15.3; request parameters as on the page: committee, group, year, name, idNumber, sex, series,
 * level, specialty, route, kind), streamed as it is written: chunks of {@value #CHUNK} rows by keyset from the
 * database, one sheet per second-level specialty of the chosen committee (one sheet when no committee is chosen).
 * The folders' security constraints and {@link ApplicationQueries} decide who sees what; a refusal is a 403/400
 * before anything is written.
 */
@WebServlet({"/unit/queries/roster.xlsx", "/committee/roster.xlsx"})
public class RosterExportServlet extends HttpServlet {

    static final int CHUNK = 1_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ApplicationQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationQuery query;
        try {
            query = queryOf(request);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        RosterWorkbook.Labels labels = RosterWorkbook.Labels.of(request.getLocale());
        RosterSheets sheets;
        try {
            sheets = query.committeeId() == null ? null : queries.rosterSheets(query.committeeId());
            queries.requireAccess();
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String fileName = labels.bundle().getString("roster.export.fileName") + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        ApplicationQuery fixed = query;
        RosterWorkbook.write(response.getOutputStream(), sheets, labels.bundle().getString("roster.export.sheet"),
                after -> queries.chunkAfter(fixed, after, CHUNK), labels);
    }

    /** The filters of the request; an unknown value is a bad request. */
    static ApplicationQuery queryOf(HttpServletRequest request) {
        StatusGroup group = parse(request, "group", StatusGroup::valueOf);
        return new ApplicationQuery(parse(request, "year", Integer::valueOf), request.getParameter("name"),
                request.getParameter("idNumber"), parse(request, "sex", Sex::valueOf),
                parse(request, "series", Long::valueOf), parse(request, "level", TitleLevel::valueOf),
                request.getParameter("specialty"), parse(request, "route", ApplicationRoute::valueOf),
                parse(request, "kind", ApplicationKind::valueOf), parse(request, "committee", Long::valueOf),
                parse(request, "department", Long::valueOf),
                group == null ? StatusGroup.PASSED_DEPARTMENT : group);
    }

    private static <T> T parse(HttpServletRequest request, String name, Function<String, T> parser) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : parser.apply(value.strip());
    }
}
