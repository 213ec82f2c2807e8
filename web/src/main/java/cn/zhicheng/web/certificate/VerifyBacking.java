package cn.zhicheng.web.certificate;

import cn.zhicheng.certificate.CertificateVerification;
import cn.zhicheng.certificate.PublicCertificate;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.web.shell.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * {@code /public/verify.xhtml} (证书查验, issue 9): without log-in, by 证书编号 and 姓名, or directly from the QR code's
 * link ({@code ?code=}); shows the key facts with the ID number masked and whether the certificate is valid or
 * revoked. Lookups are rate-limited per client address in the service.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateVerification verification;

    @Inject
    private UiMessages messages;

    private String code;
    private String serialNo;
    private String holderName;
    private PublicCertificate result;
    private boolean searched;

    /** The QR code's link carries the verification code: look it up at once. */
    public void load() {
        if (code != null && !code.isBlank()) {
            lookup(() -> verification.byCode(code, client()));
        }
    }

    public void verify() {
        lookup(() -> verification.bySerial(serialNo, holderName, client()));
    }

    private void lookup(java.util.function.Supplier<Optional<PublicCertificate>> query) {
        try {
            result = query.get().orElse(null);
            searched = true;
            if (result == null) {
                messages.error("certificate.verify.notFound");
            }
        } catch (BusinessException e) {
            result = null;
            searched = false;
            messages.error(e);
        }
    }

    private static String client() {
        return Faces.getRemoteAddr();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public PublicCertificate getResult() {
        return result;
    }

    public boolean isSearched() {
        return searched;
    }
}
