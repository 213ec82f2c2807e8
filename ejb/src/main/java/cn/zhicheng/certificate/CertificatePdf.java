package cn.zhicheng.certificate;

import cn.zhicheng.shared.pdf.CjkFont;
import cn.zhicheng.shared.pdf.ITextPdfRenderer;
import cn.zhicheng.shared.pdf.PdfRenderer;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import cn.zhicheng.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The PDFs of a certificate (SPEC §3.12): the certificate itself, A4 landscape, drawn by {@link CertificateLayout}
 * with the Chinese font of {@code zc.pdf.font} embedded as a subset, the QR code of the verification URL and the
 * serial number, signed when a PKCS#12 key is configured ({@link CertificateSigner}); and the 评审表 of a
 * review-obtained certificate, A4 portrait, built as a {@link cn.zhicheng.shared.pdf.PrintedDocument}
 * ({@link EvaluationForm}) and printed by the shared {@link PdfRenderer}.
 *
 * <p>Like {@link ITextPdfRenderer} this is the one place certificate PDFs meet iText (AGPL-3.0, see README): callers
 * hand over {@link CertificateFacts} and get bytes. The font program is parsed once per application
 * ({@link CjkFont#shared}) and each document takes only its subset; the page is drawn on the canvas without the layout
 * engine. Thread-safe. In the server it is a CDI bean ({@code @Inject CertificatePdf}); outside it (tests,
 * benchmarks) use {@link #withFont(String)} or {@link #withFont(String, CertificateSigner)}.
 *
 * <p>Configuration (MicroProfile Config, like {@code zc.pdf.font}; see docs/OPERATIONS.md "证书签章"):
 * {@value #SIGN_KEYSTORE} (path of a .p12; absent: certificates are not signed), {@value #SIGN_PASSWORD},
 * {@value #SIGN_ALIAS} (default: the first key), {@value #SIGN_REASON}, {@value #SIGN_LOCATION}.
 */
@ApplicationScoped
public class CertificatePdf {

    public static final String SIGN_KEYSTORE = "zc.certificate.sign.keystore";
    public static final String SIGN_PASSWORD = "zc.certificate.sign.password";
    public static final String SIGN_ALIAS = "zc.certificate.sign.alias";
    public static final String SIGN_REASON = "zc.certificate.sign.reason";
    public static final String SIGN_LOCATION = "zc.certificate.sign.location";

    private static final Logger LOG = Logger.getLogger(CertificatePdf.class.getName());
    private static final String CREATOR = "职称评审信息系统";
    private static final DateTimeFormatter SIGNATURE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = ITextPdfRenderer.FONT_PROPERTY)
    Optional<String> configuredFont;

    @Inject
    @ConfigProperty(name = SIGN_KEYSTORE)
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = SIGN_PASSWORD)
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = SIGN_ALIAS)
    Optional<String> keyAlias;

    @Inject
    @ConfigProperty(name = SIGN_REASON)
    Optional<String> reason;

    @Inject
    @ConfigProperty(name = SIGN_LOCATION)
    Optional<String> location;

    @Inject
    PdfRenderer renderer;

    private CjkFont font;
    private CertificateSigner signer;

    /** For CDI; font and key are loaded in {@link #load()}. */
    protected CertificatePdf() {
    }

    private CertificatePdf(CjkFont font, PdfRenderer renderer, CertificateSigner signer) {
        this.font = font;
        this.renderer = renderer;
        this.signer = signer;
    }

    /** Unsigned certificates with the font at {@code location} (STSong-Light when unusable), outside the server. */
    public static CertificatePdf withFont(String location) {
        return withFont(location, null);
    }

    /** Certificates signed by {@code signer} ({@code null}: unsigned), outside the server. */
    public static CertificatePdf withFont(String location, CertificateSigner signer) {
        return new CertificatePdf(CjkFont.shared(location), ITextPdfRenderer.withFont(location), signer);
    }

    /**
     * Loads the font and, when {@value #SIGN_KEYSTORE} is set, the signing key. A configured keystore that cannot be
     * used fails here (the first certificate printed), so that no certificate goes out unsigned by mistake.
     */
    @PostConstruct
    void load() {
        font = CjkFont.shared(configuredFont.orElse(CjkFont.DEFAULT_LOCATION));
        if (keystore.isPresent() && !keystore.get().isBlank()) {
            signer = CertificateSigner.fromPkcs12(Path.of(keystore.get().strip()),
                    keystorePassword.orElse("").toCharArray(), keyAlias.orElse(null), reason.orElse(null),
                    location.orElse(null));
            LOG.info(() -> "event=certificate_signing key=\"" + signer.signerName() + "\" keystore="
                    + keystore.get().strip());
        }
    }

    /** Whether certificates are signed. */
    public boolean signs() {
        return signer != null;
    }

    /** Which font is embedded, for logs and checks (see {@link PdfRenderer#fontDescription()}). */
    public String fontDescription() {
        return font.description();
    }

    /**
     * The certificate's PDF: one A4 landscape page, signed when a key is configured.
     *
     * @throws IllegalArgumentException when the photo is no JPEG/PNG image or the URL does not fit a QR code
     */
    public byte[] certificate(CertificateFacts facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
        if (signer == null) {
            write(facts, null, out);
            return out.toByteArray();
        }
        OffsetDateTime now = Times.now();
        write(facts, new CertificateLayout.SignatureText(signer.signerName(), SIGNATURE_TIME.format(now)), out);
        return signer.sign(out.toByteArray(), CertificateLayout.SIGNATURE_BOX, now);
    }

    /** Writes the certificate's PDF to {@code out} (a download, a file); does not close it. */
    public void certificate(CertificateFacts facts, OutputStream out) {
        try {
            out.write(certificate(facts));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 评审表 of a review-obtained certificate: A4 portrait, unsigned. */
    public byte[] evaluationForm(EvaluationFormFacts facts) {
        return renderer.render(EvaluationForm.of(facts));
    }

    private void write(CertificateFacts facts, CertificateLayout.SignatureText signature, OutputStream out) {
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true);
        PdfWriter writer = new PdfWriter(out, properties);
        try (PdfDocument pdf = new PdfDocument(writer)) {
            pdf.getDocumentInfo().setTitle(CertificateLayout.TITLE + " " + facts.serialNumber()).setCreator(CREATOR);
            pdf.getCatalog().setLang(new PdfString("zh-CN"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfPage page = pdf.addNewPage(CertificateLayout.PAGE);
            PdfFont documentFont = font.newDocumentFont();
            CertificateLayout.draw(new PdfCanvas(page), documentFont, facts, signature);
        } catch (com.itextpdf.io.exceptions.IOException e) {
            throw new UncheckedIOException(new java.io.IOException("certificate PDF could not be written", e));
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }
}
