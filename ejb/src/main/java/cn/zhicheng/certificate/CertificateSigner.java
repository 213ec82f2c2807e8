package cn.zhicheng.certificate;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.signatures.IExternalSignatureContainer;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

/**
 * Signs certificate PDFs with a key from a PKCS#12 keystore: an incremental update with a visible signature field on
 * page 1 (a red frame around the "电子签章 / 签章人 / 时间" the certificate prints where a seal would be pressed) and a
 * detached CMS signature
 * ({@code adbe.pkcs7.detached}, SHA-256, the key's certificate chain embedded) that PDF readers verify against the
 * certificate. The CMS container is made with BouncyCastle's {@code bcpkix} directly and handed to iText's
 * {@link PdfSigner}, because iText's own {@code bouncy-castle-adapter} 9.7.1 is not available to this build; the
 * signatures are the same. Immutable and thread-safe: the key is read once.
 */
public final class CertificateSigner {

    /** Name of the signature field in the PDF. */
    static final String FIELD = "zc-certificate-signature";
    private static final String DEFAULT_REASON = "职称证书电子签章";
    /** Room for the CMS structure, signed attributes and the signature value beyond the certificates. */
    private static final int CONTAINER_MARGIN = 2048;

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String reason;
    private final String location;
    private final String signerName;
    private final String algorithm;
    private final int estimatedSize;

    private CertificateSigner(PrivateKey key, List<X509Certificate> chain, String reason, String location)
            throws CertificateEncodingException {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.reason = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
        this.location = location == null || location.isBlank() ? null : location.strip();
        this.signerName = commonName(chain.get(0));
        this.algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("unsupported signing key algorithm " + key.getAlgorithm()
                    + " (RSA or EC)");
        };
        int certificates = 0;
        for (X509Certificate certificate : chain) {
            certificates += certificate.getEncoded().length;
        }
        this.estimatedSize = certificates + CONTAINER_MARGIN;
    }

    /**
     * Reads the key entry {@code alias} (or, when {@code null}/blank, the first key entry) of a PKCS#12 keystore whose
     * store and key share {@code password}.
     *
     * @throws IllegalArgumentException when the file cannot be read, the password is wrong, or there is no such key
     */
    public static CertificateSigner fromPkcs12(Path keystore, char[] password, String alias, String reason,
                                               String location) {
        Objects.requireNonNull(keystore, "keystore");
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias == null || alias.isBlank() ? firstKeyAlias(store) : alias.strip();
            if (entry == null || !store.isKeyEntry(entry)) {
                throw new IllegalArgumentException("the keystore " + keystore + " holds no private key"
                        + (entry == null ? "" : " under the alias " + entry));
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] certificates = store.getCertificateChain(entry);
            if (certificates == null || certificates.length == 0) {
                throw new IllegalArgumentException("the key " + entry + " in " + keystore + " has no certificate");
            }
            List<X509Certificate> chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
            return new CertificateSigner(key, chain, reason, location);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the signing keystore " + keystore + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    /** The signer's certificate (the first of the chain). */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** For logs: the subject's common name. */
    public String signerName() {
        return signerName;
    }

    /**
     * The PDF with a visible signature in {@code box} on page 1, signed at {@code time}. The widget draws the red
     * frame; the text inside it ({@link CertificateLayout.SignatureText}) is printed on the page beforehand.
     */
    byte[] sign(byte[] pdf, Rectangle box, OffsetDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * estimatedSize + 8192);
        try {
            PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                    new StampingProperties().useAppendMode());
            SignatureFieldAppearance appearance = new SignatureFieldAppearance(FIELD).setContent(new Div());
            appearance.setBorder(new SolidBorder(new DeviceRgb(0.62f, 0.12f, 0.10f), 1.2f));
            SignerProperties properties = new SignerProperties().setFieldName(FIELD).setPageNumber(1)
                    .setPageRect(box.clone()).setReason(reason)
                    .setClaimedSignDate(GregorianCalendar.from(time.toZonedDateTime()))
                    .setSignatureAppearance(appearance).setSignatureCreator("职称评审信息系统");
            if (location != null) {
                properties.setLocation(location);
            }
            signer.setSignerProperties(properties);
            signer.signExternalContainer(new Container(), estimatedSize);
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate PDF could not be signed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate PDF could not be signed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A detached CMS SignedData over the byte ranges iText hands over. */
    private final class Container implements IExternalSignatureContainer {

        @Override
        public byte[] sign(InputStream data) throws GeneralSecurityException {
            try {
                byte[] content = readFully(data);
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder(algorithm).build(key), chain.get(0)));
                generator.addCertificates(new JcaCertStore(chain));
                return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
            } catch (IOException | CMSException | OperatorCreationException e) {
                throw new GeneralSecurityException("CMS signature: " + e.getMessage(), e);
            }
        }

        /**
         * Reads the byte ranges with {@code read(buffer)}: {@link InputStream#readAllBytes()} over iText's range
         * stream gave other bytes than the file's (the signature did not verify).
         */
        private static byte[] readFully(InputStream data) throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = data.read(buffer)) != -1; ) {
                content.write(buffer, 0, n);
            }
            return content.toByteArray();
        }

        @Override
        public void modifySigningDictionary(PdfDictionary signature) {
            signature.put(PdfName.Filter, PdfName.Adobe_PPKLite);
            signature.put(PdfName.SubFilter, PdfName.Adbe_pkcs7_detached);
        }
    }

    private static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
