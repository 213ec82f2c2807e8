package cn.zhicheng.certificate;

import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.shared.pdf.CjkFont;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Certificate and 评审表 PDFs read back: real Chinese text (iText's extractor, and poppler's pdftotext when installed),
 * A4 landscape, the QR code decoding to the verification URL (from the embedded image, and from the rendered page
 * when pdftoppm is installed), photo and empty photo frame, long texts wrapped and shrunk inside their boxes, the
 * 评审表's optional meeting fields, and a signature that verifies. Skipped without fonts-wqy-microhei (./zc test
 * installs it).
 */
class CertificatePdfTest {

    private static final boolean FONT_INSTALLED = Files.isReadable(Path.of(CjkFont.DEFAULT_LOCATION));
    private static final String URL =
            "https://zc.example.gov.cn/zhicheng/public/verify.xhtml?serial=5120260000123&code=K7Q2M9XA";

    private static CertificatePdf pdfs;
    private static byte[] photo;

    @BeforeAll
    static void setUp() throws IOException {
        pdfs = CertificatePdf.withFont(CjkFont.DEFAULT_LOCATION);
        photo = jpeg(295, 413);
    }

    static CertificateFacts facts(byte[] photo) {
        return new CertificateFacts("5120260000123", "K7Q2M9XA", "张三", "男", LocalDate.of(1990, 1, 1),
                "510104199001011230", "四川省交通勘察设计研究院有限公司", "工程技术人员", "道路与桥梁", "高级工程师",
                "高级（副高）", AcquisitionType.REVIEW, "四川省工程技术人员高级职称评审委员会", LocalDate.of(2026, 11, 20),
                "川人社职〔2026〕12号", "四川省人力资源和社会保障厅", LocalDate.of(2026, 11, 23), photo, URL);
    }

    @Test
    void certificateIsOneLandscapePageOfRealText() throws Exception {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        byte[] pdf = pdfs.certificate(facts(photo));

        try (PdfDocument read = read(pdf)) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
            Rectangle size = read.getPage(1).getPageSize();
            assertThat(size.getWidth()).isEqualTo(842f, offset(1f));
            assertThat(size.getHeight()).isEqualTo(595f, offset(1f));
            String text = PdfTextExtractor.getTextFromPage(read.getPage(1));
            assertThat(text).contains(CertificateLayout.TITLE, "张三", "高级工程师", "5120260000123", "K7Q2M9XA",
                    "510104199001011230", "四川省交通勘察设计研究院有限公司", "工程技术人员", "道路与桥梁", "高级（副高）",
                    "职称评审", "四川省工程技术人员高级职称评审委员会", "2026年11月20日", "川人社职〔2026〕12号",
                    "四川省人力资源和社会保障厅", "2026年11月23日", "经评审，具备上述专业技术职务任职资格，特发此证。");
            assertThat(read.getDocumentInfo().getTitle()).isEqualTo(CertificateLayout.TITLE + " 5120260000123");
            PdfDictionary font = read.getPage(1).getResources().getResource(PdfName.Font).values().stream()
                    .map(PdfDictionary.class::cast).findFirst().orElseThrow();
            assertThat(font.getAsName(PdfName.BaseFont).getValue()).matches("[A-Z]{6}\\+WenQuanYi.*");
        }
        assertThat(pdftotext(pdf)).satisfiesAnyOf(
                text -> assertThat(text).isNull(),                     // poppler-utils not installed
                text -> assertThat(text).contains("张三", "高级工程师", "5120260000123", CertificateLayout.TITLE));
        System.out.printf("certificate with photo: %,d bytes%n", pdf.length);
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        byte[] pdf = pdfs.certificate(facts(null));

        List<BufferedImage> images = images(pdf);
        assertThat(images).hasSize(1);
        BufferedImage qr = images.get(0);
        assertThat(qr.getWidth()).isEqualTo(qr.getHeight()).isBetween(21, 57);   // one pixel per module
        Result decoded = new QRCodeReader().decode(bitmap(enlarge(qr, 8, 4)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        assertThat(decoded.getText()).isEqualTo(URL);

        BufferedImage page = rasterise(pdf);
        if (page != null) {                                     // as a phone would see the printed page
            Result scanned = new MultiFormatReader().decode(bitmap(page), Map.of(DecodeHintType.TRY_HARDER, true));
            assertThat(scanned.getText()).isEqualTo(URL);
        }
    }

    @Test
    void photoIsPrintedOrAnEmptyFrameWithItsLabel() throws IOException {
        byte[] with = pdfs.certificate(facts(photo));
        byte[] without = pdfs.certificate(facts(null));

        List<BufferedImage> images = images(with);
        assertThat(images).hasSize(2);
        assertThat(images).anySatisfy(image -> assertThat(image.getWidth()).isEqualTo(295));
        assertThat(images(without)).hasSize(1);                 // the QR code only
        assertThat(text(without)).contains("照片");
        assertThat(text(with)).doesNotContain("照片", "电子签章");

        assertThatThrownBy(() -> pdfs.certificate(facts("not an image".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo");
    }

    @Test
    void longTextsWrapAndShrinkInsideTheirBoxes() throws IOException {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        String name = "阿卜杜热合曼·买买提艾力·司马义·阿不都克里木·吐尔逊";
        String employer = "中国科学院成都分院四川省科学技术研究开发中心".repeat(6);      // 132 characters
        String authority = "四川省职称改革工作领导小组办公室（四川省人力资源和社会保障厅专业技术人员管理处）";
        CertificateFacts facts = new CertificateFacts("5120260000124", null, name, "男", LocalDate.of(1980, 5, 6),
                "51010419800506123X", employer, "自然科学研究人员", "生物化学与分子生物学（含蛋白质组学、代谢组学研究方向）",
                "研究员", "正高级", AcquisitionType.ENTRUSTED, "中国科学院成都分院自然科学研究系列高级专业技术职务评审委员会",
                LocalDate.of(2026, 11, 20), "川人社职〔2026〕1234号", authority, LocalDate.of(2026, 11, 23), null,
                URL + "&padding=" + "x".repeat(120));

        byte[] pdf = pdfs.certificate(facts);
        if (System.getProperty("zc.certificate.sample") != null) {           // to look at it
            Files.write(Path.of(System.getProperty("zc.certificate.sample")), pdf);
        }

        String shown = String.join("", shownTexts(pdf));                // in drawing order: a cell's lines together
        assertThat(shown).contains(name, employer, authority, "经委托评审");
        List<Rectangle> boxes = textBoxes(pdf);
        Rectangle inner = new Rectangle(25, 25, 792, 545);
        for (Rectangle box : boxes) {
            assertThat(inner.contains(box)).as("text inside the border: %s", describe(box)).isTrue();
            if (box.getY() > 90 && box.getTop() < 490) {              // between the title and the footer line
                boolean right = box.getX() > 266;
                assertThat(right ? box.getX() >= 292 && box.getRight() <= 784.5f : box.getRight() < 266)
                        .as("text stays in its column: %s", describe(box)).isTrue();
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle a = shrink(boxes.get(i));
                Rectangle b = shrink(boxes.get(j));
                assertThat(a.overlaps(b)).as("texts do not overlap: %s and %s", describe(a), describe(b)).isFalse();
            }
        }
        try (PdfDocument read = read(pdf)) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void textTooLongForItsBoxIsCutWithAnEllipsisAtTheSmallestSize() {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        var font = CjkFont.shared(CjkFont.DEFAULT_LOCATION).newDocumentFont();
        CertificateLayout.Fitted fitted = CertificateLayout.fit(font, "很长的单位名称".repeat(100), 300, 3, 13, 30);

        assertThat(fitted.size()).isEqualTo(7f);
        assertThat(fitted.lines()).hasSize(3);
        assertThat(fitted.lines().get(2)).endsWith("…");
        for (String line : fitted.lines()) {
            assertThat(CertificateLayout.width(font, line, 7)).isLessThanOrEqualTo(300);
        }
        CertificateLayout.Fitted shortText = CertificateLayout.fit(font, "张三", 100, 3, 13, 30);
        assertThat(shortText.size()).isEqualTo(13f);
        assertThat(shortText.lines()).containsExactly("张三");
    }

    @Test
    void acquisitionTypeDecidesTheWording() throws IOException {
        CertificateFacts review = facts(null);
        for (AcquisitionType type : AcquisitionType.values()) {
            CertificateFacts facts = new CertificateFacts(review.serialNumber(), null, "李四", "女", null, null, null,
                    null, null, "工程师", "中级", type, null, null, null, "成都市人力资源和社会保障局", null, null, URL);
            String text = text(pdfs.certificate(facts));
            assertThat(text).contains(CertificateLayout.acquisitionLabel(type), "李四", "工程师");
        }
        assertThat(text(pdfs.certificate(new CertificateFacts("1", null, "王五", null, null, null, null, null, null,
                "助理工程师", null, null, null, null, null, null, null, null, URL)))).contains("经审核", "王五");
    }

    @Test
    void evaluationFormIsPortraitWithTheMeetingResultAsOptionalFields() throws IOException {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        EvaluationFormFacts full = new EvaluationFormFacts(facts(photo), "四川省工程技术人员高级职称评审委员会",
                LocalDate.of(2026, 10, 30), 25, 21, 3, 1, "通过", "该同志专业理论扎实，业绩突出，同意通过。");
        byte[] pdf = pdfs.evaluationForm(full);

        try (PdfDocument read = read(pdf)) {
            Rectangle size = read.getPage(1).getPageSize();
            assertThat(size.getWidth()).isEqualTo(595f, offset(1f));
            assertThat(size.getHeight()).isEqualTo(842f, offset(1f));
            String text = PdfTextExtractor.getTextFromPage(read.getPage(1));
            assertThat(text).contains(EvaluationForm.TITLE, "张三", "高级工程师", "四川省工程技术人员高级职称评审委员会",
                    "2026年10月30日", "25 人", "21 票", "3 票", "1 票", "通过", "同意通过", "5120260000123",
                    "川人社职〔2026〕12号", "评审委员会（盖章）");
        }
        assertThat(images(pdf)).hasSize(1);                      // the photo

        String empty = text(pdfs.evaluationForm(EvaluationFormFacts.withoutMeeting(facts(null), null)));
        assertThat(empty).contains(EvaluationForm.TITLE, "赞成票", "反对票", "弃权票", "评审结果",
                "四川省工程技术人员高级职称评审委员会").doesNotContain(" 票", " 人");
    }

    @Test
    void signedCertificateCarriesAVisibleSignatureThatVerifies(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("signer.p12");
        X509Certificate certificate = selfSignedKeystore(keystore, "secret".toCharArray(), "四川省人力资源和社会保障厅");
        CertificateSigner signer = CertificateSigner.fromPkcs12(keystore, "secret".toCharArray(), null, null, "成都");
        assertThat(signer.signerName()).isEqualTo("四川省人力资源和社会保障厅");
        CertificatePdf signing = CertificatePdf.withFont(CjkFont.DEFAULT_LOCATION, signer);
        assertThat(signing.signs()).isTrue();
        byte[] unsigned = pdfs.certificate(facts(photo));

        byte[] pdf = signing.certificate(facts(photo));

        try (PdfDocument read = read(pdf)) {
            PdfDictionary field = signatureField(read);
            PdfArray rect = field.getAsArray(PdfName.Rect);
            assertThat(rect.toRectangle().getWidth()).isEqualTo(CertificateLayout.SIGNATURE_BOX.getWidth(), offset(1f));
            assertThat(rect.toRectangle().getHeight()).isGreaterThan(20);   // visible, not a zero-size widget
            PdfDictionary appearance = field.getAsDictionary(PdfName.AP);
            assertThat(appearance).isNotNull();
            PdfDictionary signature = field.getAsDictionary(PdfName.V);
            assertThat(signature.getAsName(PdfName.SubFilter)).isEqualTo(PdfName.Adbe_pkcs7_detached);
            assertThat(signature.getAsString(PdfName.Reason).toUnicodeString()).isEqualTo("职称证书电子签章");
            assertThat(signature.getAsString(PdfName.Location).toUnicodeString()).isEqualTo("成都");
            int[] range = signature.getAsArray(PdfName.ByteRange).toIntArray();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(pdf.length);    // covers the whole file but /Contents
            byte[] signedBytes = new byte[range[1] + range[3]];
            System.arraycopy(pdf, 0, signedBytes, 0, range[1]);
            System.arraycopy(pdf, range[2], signedBytes, range[1], range[3]);
            byte[] contents = signature.getAsString(PdfName.Contents).getValueBytes();

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents);
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            var embedded = cms.getCertificates().getMatches(null);
            assertThat(embedded).extracting(c -> ((X509CertificateHolder) c).getSubject())
                    .contains(new X509CertificateHolder(certificate.getEncoded()).getSubject());

            signedBytes[signedBytes.length / 2] ^= 1;               // one changed byte breaks it
            CMSSignedData tampered = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents);
            SignerInformation changed = tampered.getSignerInfos().getSigners().iterator().next();
            assertThat(verifies(changed, certificate)).isFalse();
            assertThat(PdfTextExtractor.getTextFromPage(read.getPage(1)))
                    .contains("张三", "5120260000123", "电子签章", "签章人：四川省人力资源和社会保障厅", "时间：");
            assertThat(read.getPage(1).getResources().getResource(PdfName.Font).size())
                    .as("the signature box's text uses the page's font subset").isEqualTo(1);
        }
        String pdfsig = run(pdf, "pdfsig");                          // poppler's own verification, when installed
        if (pdfsig != null) {
            assertThat(pdfsig).contains("Signature is Valid", "四川省人力资源和社会保障厅", "adbe.pkcs7.detached",
                    "Total document signed");
        }
        // an incremental update: the printed certificate stays as the first revision, the signature is the second
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw.split("%%EOF", -1)).hasSize(3);
        System.out.printf("signed certificate: %,d bytes (unsigned %,d)%n", pdf.length, unsigned.length);
        assertThat(pdf.length).isLessThan(unsigned.length + 12_000);
    }

    @Test
    void unusableKeystoreIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("signer.p12");
        selfSignedKeystore(keystore, "secret".toCharArray(), "测试");

        assertThatThrownBy(() -> CertificateSigner.fromPkcs12(keystore, "wrong".toCharArray(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signer.p12");
        assertThatThrownBy(() -> CertificateSigner.fromPkcs12(dir.resolve("missing.p12"), new char[0], null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.p12");
        assertThatThrownBy(() -> CertificateSigner.fromPkcs12(keystore, "secret".toCharArray(), "other", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static boolean verifies(SignerInformation info, X509Certificate certificate) {
        try {
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            return false;                                           // message digest mismatch
        }
    }

    private static PdfDictionary signatureField(PdfDocument read) {
        PdfArray fields = read.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm).getAsArray(PdfName.Fields);
        for (int i = 0; i < fields.size(); i++) {
            PdfDictionary field = fields.getAsDictionary(i);
            if (PdfName.Sig.equals(field.getAsName(PdfName.FT))) {
                return field;
            }
        }
        throw new AssertionError("no signature field");
    }

    static X509Certificate selfSignedKeystore(Path file, char[] password, String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + commonName + ",O=职称评审信息系统测试,C=CN");
        Date from = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
        Date to = new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(365));
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()),
                from, to, subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", pair.getPrivate(), password, new X509Certificate[] {certificate});
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return certificate;
    }

    private static String describe(Rectangle box) {
        return String.format("[%.1f, %.1f – %.1f, %.1f]", box.getX(), box.getY(), box.getRight(), box.getTop());
    }

    private static Rectangle shrink(Rectangle box) {
        return new Rectangle(box.getX() + 0.5f, box.getY() + 1f, Math.max(0, box.getWidth() - 1f),
                Math.max(0, box.getHeight() - 2f));
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfDocument read = read(pdf)) {
            return PdfTextExtractor.getTextFromPage(read.getPage(1));
        }
    }

    /** The images drawn on page 1, decoded. */
    private static List<BufferedImage> images(byte[] pdf) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        try (PdfDocument read = read(pdf)) {
            new PdfCanvasProcessor(new Listener(EventType.RENDER_IMAGE, data -> {
                try {
                    images.add(((ImageRenderInfo) data).getImage().getBufferedImage());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).processPageContent(read.getPage(1));
        }
        return images;
    }

    /** The texts shown on page 1, in the order they are drawn. */
    private static List<String> shownTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PdfDocument read = read(pdf)) {
            new PdfCanvasProcessor(new Listener(EventType.RENDER_TEXT, data -> texts.add(((TextRenderInfo) data).getText())))
                    .processPageContent(read.getPage(1));
        }
        return texts;
    }

    /** Each shown text's box from its descent line to its ascent line. */
    private static List<Rectangle> textBoxes(byte[] pdf) throws IOException {
        List<Rectangle> boxes = new ArrayList<>();
        try (PdfDocument read = read(pdf)) {
            new PdfCanvasProcessor(new Listener(EventType.RENDER_TEXT, data -> {
                TextRenderInfo info = (TextRenderInfo) data;
                Vector low = info.getDescentLine().getStartPoint();
                Vector high = info.getAscentLine().getEndPoint();
                boxes.add(new Rectangle(low.get(0), low.get(1), high.get(0) - low.get(0), high.get(1) - low.get(1)));
            })).processPageContent(read.getPage(1));
        }
        return boxes;
    }

    private record Listener(EventType type, java.util.function.Consumer<IEventData> consumer) implements IEventListener {
        @Override
        public void eventOccurred(IEventData data, EventType event) {
            if (event == type) {
                consumer.accept(data);
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(type);
        }
    }

    private static BufferedImage enlarge(BufferedImage image, int scale, int quietModules) {
        int size = (image.getWidth() + 2 * quietModules) * scale;
        BufferedImage large = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.drawImage(image, quietModules * scale, quietModules * scale, image.getWidth() * scale,
                image.getHeight() * scale, null);
        g.dispose();
        return large;
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new BinaryBitmap(new HybridBinarizer(source));
    }

    /** Page 1 at 150 dpi by poppler's pdftoppm; {@code null} when it is not installed. */
    private static BufferedImage rasterise(byte[] pdf) throws Exception {
        Path dir = Files.createTempDirectory("certificate");
        try {
            Path in = dir.resolve("c.pdf");
            Files.write(in, pdf);
            Process process;
            try {
                process = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", in.toString(),
                        dir.resolve("page").toString()).redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                return null;
            }
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            return ImageIO.read(dir.resolve("page.png").toFile());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The text of the PDF by poppler's pdftotext; {@code null} when it is not installed. */
    private static String pdftotext(byte[] pdf) throws Exception {
        return run(pdf, "pdftotext", "-enc", "UTF-8");
    }

    /** The output of a poppler tool run on the PDF (written to a file, then "-" for stdout where it takes one). */
    private static String run(byte[] pdf, String... command) throws Exception {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> line = new ArrayList<>(List.of(command));
            line.add(file.toString());
            if (command[0].equals("pdftotext")) {
                line.add("-");
            }
            Process process;
            try {
                process = new ProcessBuilder(line).redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                return null;
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 110, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 220, 200));
        g.fillOval(width / 4, height / 7, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
