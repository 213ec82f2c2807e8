package cn.zhicheng.web.certificate;

import cn.zhicheng.certificate.CertificateFiles;
import cn.zhicheng.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
 * GET /certificates/{id}/certificate.pdf and /certificates/{id}/form.pdf: an issued certificate and its 评审表 (SPEC
 * §3.12, §3.8.7), for its holder and the issuing unit's staff; anyone else gets 404 like an unknown id.
 */
@WebServlet("/certificates/*")
public class CertificateDownloadServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/(certificate|form)\\.pdf");

    @EJB
    private CertificateFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateFiles.Kind kind = "form".equals(path.group(2))
                ? CertificateFiles.Kind.EVALUATION_FORM : CertificateFiles.Kind.CERTIFICATE;
        CertificateFiles.Download download;
        try {
            download = files.open(Long.valueOf(path.group(1)), kind);
        } catch (BusinessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = download.content()) {
            response.setContentType("application/pdf");
            response.setContentLengthLong(download.size());
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
