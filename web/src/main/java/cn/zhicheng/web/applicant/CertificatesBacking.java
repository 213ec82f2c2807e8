package cn.zhicheng.web.applicant;

import cn.zhicheng.certificate.CertificateRow;
import cn.zhicheng.certificate.IssuanceRows;
import cn.zhicheng.certificate.MyCertificates;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 我的证书 → 证书下载 ({@code /applicant/certificates.xhtml}, SPEC §3.8.7): the titles the system knows for the
 * applicant: the electronic certificates issued to them (download of the certificate and the 评审表, issue 9) and the
 * historical titles of approved historical batches.
 */
@Named
@ViewScoped
public class CertificatesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private MyCertificates certificates;

    private List<CertificateRow> rows = List.of();
    private List<IssuanceRows.CertificateLine> electronic = List.of();

    public void load() {
        rows = certificates.ofCaller();
        electronic = certificates.electronic();
    }

    public List<IssuanceRows.CertificateLine> getElectronic() {
        return electronic;
    }

    public List<CertificateRow> getRows() {
        return rows;
    }
}
