package cn.zhicheng.web.files;

import cn.zhicheng.attachment.Attachment;
import cn.zhicheng.attachment.AttachmentService;
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

/**
 * GET /files/{id}: hands out an attachment through the attachment service's authorisation check, always as a
 * download with the content type detected at upload ({@code ?inline=true} lets images and PDFs open in the browser's
 * preview). Absent and forbidden files both answer 404, so ids cannot be probed.
 */
@WebServlet("/files/*")
public class AttachmentDownloadServlet extends HttpServlet {

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = parseId(request.getPathInfo());
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment;
        try {
            attachment = attachments.get(id);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = "true".equals(request.getParameter("inline"));
        response.setContentType(attachment.getContentType());
        response.setContentLengthLong(attachment.getSizeBytes());
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(attachment.downloadName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = attachments.open(id)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static Long parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
