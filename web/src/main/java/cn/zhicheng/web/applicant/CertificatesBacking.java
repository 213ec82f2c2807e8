package cn.zhicheng.web.applicant;

import cn.zhicheng.certificate.CertificateRow;
import cn.zhicheng.certificate.MyCertificates;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 我的证书 → 证书下载 ({@code /applicant/certificates.xhtml}, SPEC §3.8.7): the titles the system knows for the
 * applicant. The page says that electronic certificates and their download come with the certificate function.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private MyCertificates certificates;

    private List<CertificateRow> rows = List.of();

    public void load() {
        rows = certificates.ofCaller();
    }

    public List<CertificateRow> getRows() {
        return rows;
    }
}
