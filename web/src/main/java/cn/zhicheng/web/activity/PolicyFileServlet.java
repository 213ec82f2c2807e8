package cn.zhicheng.web.activity;

import cn.zhicheng.activity.FileRef;
import cn.zhicheng.activity.PublicSite;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /public/files/{activityId}/{attachmentId}: a 评审政策文件 of a published activity, for anybody (SPEC §3.14.5).
 * Anything else (unpublished activity, a file not among its policy files) answers 404.
 */
@WebServlet("/public/files/*")
public class PolicyFileServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([0-9]{1,18})");

    @EJB
    private PublicSite site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (path == null || !path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long activityId = Long.valueOf(path.group(1));
        Long attachmentId = Long.valueOf(path.group(2));
        FileRef file;
        try {
            file = site.policyFile(activityId, attachmentId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(site.contentType(attachmentId));
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream content = site.openPolicyFile(activityId, attachmentId)) {
            content.transferTo(response.getOutputStream());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
