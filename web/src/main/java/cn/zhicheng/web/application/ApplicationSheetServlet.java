package cn.zhicheng.web.application;

import cn.zhicheng.application.ApplicationSheets;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.pdf.PdfRenderer;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /applications/{id}/sheet.pdf: the 一览表 of an application (issue 6 deliverable 6), opened in the browser's PDF
 * preview. Rendered completely before anything is sent, so a refusal is a clean 404 (absent and forbidden alike).
 */
@WebServlet("/applications/*")
public class ApplicationSheetServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/sheet\\.pdf");

    @EJB
    private ApplicationSheets sheets;

    @Inject
    private PdfRenderer renderer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            ApplicationSheets.SheetData data = sheets.sheet(Long.valueOf(path.group(1)));
            renderer.render(ApplicationSheet.of(data.view(), data.idNumber(), data.photo()), pdf);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.size());
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''application-" + path.group(1) + ".pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        pdf.writeTo(response.getOutputStream());
    }
}
