package cn.zhicheng.web.committee;

import cn.zhicheng.committee.CommitteeDocument;
import cn.zhicheng.committee.CommitteeFilings;
import cn.zhicheng.shared.AccessDeniedException;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /unit/committees/document/{committeeId}: the committee's 核准备案请示 for whoever may read the filing (the
 * formation unit and the reviewing units, which may lie outside the owner's unit scope). Refusals become 403 through
 * the access-denied filter; a committee without a document answers 404.
 */
@WebServlet("/unit/committees/document/*")
public class CommitteeDocumentServlet extends HttpServlet {

    @EJB
    private CommitteeFilings filings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CommitteeDocument document;
        try {
            document = filings.requestDocument(Long.valueOf(path.substring(1)));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(document.contentType());
        response.setContentLength(document.content().length);
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(document.downloadName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(document.content());
    }
}
