package cn.zhicheng.shared.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The iText renderer against real PDFs read back with iText's text extractor (and poppler's pdftotext when installed):
 * Chinese as real text, the TrueType font embedded as a subset, page numbers, headers repeated over pages, wrapping,
 * the photo, thread safety of the shared font, and the STSong-Light fallback. Tests that need WenQuanYi Micro Hei
 * are skipped when fonts-wqy-microhei is not installed (./zc test installs it).
 */
class ITextPdfRendererTest {

    private static final String TITLE = "专业技术职务任职资格评审申报一览表";
    private static final boolean FONT_INSTALLED = Files.isReadable(Path.of(CjkFont.DEFAULT_LOCATION));

    private static ITextPdfRenderer renderer;
    private static byte[] photo;

    @BeforeAll
    static void setUp() throws IOException {
        renderer = ITextPdfRenderer.withDefaultFont();
        photo = jpeg(300, 400);
    }

    @Test
    void chineseTextIsRealTextInAnEmbeddedSubset() throws IOException {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        assertThat(renderer.embedsFont()).isTrue();
        assertThat(renderer.fontDescription()).contains("WenQuanYi").contains("embedded subset");

        byte[] pdf = renderer.render(sheet("张三", 3));

        try (PdfDocument read = read(pdf)) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
            assertThat(read.getPage(1).getPageSize().getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(read.getPage(1).getPageSize().getHeight()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
            String text = PdfTextExtractor.getTextFromPage(read.getPage(1));
            assertThat(text).contains(TITLE, "申报系列：工程系列", "基本信息", "姓名", "张三", "四川省某某设计研究院",
                    "继续教育", "公需科目", "本表由系统根据申报材料生成", "打印时间：2026-11-23 09:30:00", "第 1 页 / 共 1 页");
            assertThat(read.getDocumentInfo().getTitle()).isEqualTo(TITLE);

            List<PdfDictionary> fonts = fonts(read);
            assertThat(fonts).isNotEmpty();
            for (PdfDictionary font : fonts) {
                assertThat(font.getAsName(PdfName.BaseFont).getValue()).matches("[A-Z]{6}\\+WenQuanYi.*");
                assertThat(fontFile(font)).as("embedded font program (FontFile2)").isNotNull();
            }
        }
        System.out.printf("一览表 of one page with photo: %,d bytes%n", pdf.length);
        // the photo is 4-5 KB; the font subset, made compact by CompactTrueTypeFont, about 22 KB
        assertThat(pdf.length).isBetween(5_000, 45_000);
    }

    @Test
    void longTableRunsOverPagesWithHeadersRepeatedAndPagesNumbered() throws IOException {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        TableSection.Builder results = TableSection.of("业绩成果", "序号", "成果名称", "取得时间", "本人角色")
                .widths(0.6f, 4, 1.4f, 1.2f);
        for (int i = 1; i <= 200; i++) {
            results.row(String.valueOf(i), "城市轨道交通信号系统可靠性研究第" + i + "项", "2024-05-" + (i % 28 + 1), "主持");
        }
        byte[] pdf = renderer.render(PrintedDocument.titled(TITLE).section(results).footer("申报人：李四").build());

        try (PdfDocument read = read(pdf)) {
            int pages = read.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                String text = PdfTextExtractor.getTextFromPage(read.getPage(page));
                assertThat(text).as("page %d", page)
                        .contains("成果名称", "本人角色", "申报人：李四", "第 " + page + " 页 / 共 " + pages + " 页");
                all.append(text).append('\n');
            }
            assertThat(all.toString()).contains("城市轨道交通信号系统可靠性研究第1项", "城市轨道交通信号系统可靠性研究第200项");
            assertThat(all.indexOf("研究第100项")).isLessThan(all.indexOf("研究第101项"));
            System.out.printf("table of 200 rows: %d pages, %,d bytes%n", pages, pdf.length);
        }
        assertThat(pdf.length).isLessThan(400_000);
        pdftotext(pdf).ifPresent(text -> assertThat(text).contains(TITLE, "城市轨道交通信号系统可靠性研究第200项"));
    }

    @Test
    void longTextWrapsInsideTheCellsWithoutLosingAnything() throws IOException {
        String longChinese = "主持完成多项省级重点工程的设计与施工管理工作，".repeat(80) + "【完】";
        String longToken = "https://example.org/" + "a1b2c3d4e5".repeat(30) + "END";
        byte[] pdf = renderer.render(PrintedDocument.titled(TITLE)
                .section(FieldGrid.twoColumns("工作经历").wide("主要业绩", longChinese).field("链接", longToken)
                        .field("多行", "第一行\n第二行"))
                .section(TableSection.of("论文", "题目", "期刊").row(longChinese, longToken))
                .build());

        try (PdfDocument read = read(pdf)) {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                all.append(PdfTextExtractor.getTextFromPage(read.getPage(page))).append('\n');
            }
            String flat = all.toString().replaceAll("\\s", "");
            assertThat(flat).contains("【完】", "END", "第一行", "第二行");
            // every character of the long token is printed, split over lines rather than clipped
            assertThat(flat).contains(longToken.substring(longToken.length() - 40));
        }
    }

    @Test
    void photoIsPrintedBesideTheFirstGrid() throws IOException {
        byte[] pdf = renderer.render(sheet("王五", 1));
        try (PdfDocument read = read(pdf)) {
            PdfDictionary xObjects = read.getPage(1).getResources().getResource(PdfName.XObject);
            assertThat(xObjects).isNotNull();
            List<PdfStream> images = new ArrayList<>();
            for (PdfName name : xObjects.keySet()) {
                PdfStream stream = xObjects.getAsStream(name);
                if (PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
                    images.add(stream);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getAsNumber(PdfName.Width).intValue()).isEqualTo(300);
            assertThat(images.get(0).getAsNumber(PdfName.Height).intValue()).isEqualTo(400);
        }
    }

    @Test
    void photoThatIsNoImageIsRefused() {
        PrintedDocument document = PrintedDocument.titled(TITLE)
                .section(FieldGrid.twoColumns("基本信息").field("姓名", "张三").photo("not an image".getBytes(
                        StandardCharsets.UTF_8)))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render(document))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentsRenderedInParallelShareTheFontSafely() throws Exception {
        renderInParallel(renderer);
    }

    @Test
    void documentsRenderedInParallelWithTheFallbackFontStayIntact() throws Exception {
        renderInParallel(ITextPdfRenderer.withFont(""));
    }

    private static void renderInParallel(PdfRenderer renderer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> checks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = "申报人" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + i;
                checks.add(pool.submit(() -> {
                    try (PdfDocument read = read(renderer.render(sheet(name, i(name) % 7)))) {
                        return PdfTextExtractor.getTextFromPage(read.getPage(1)).contains(name) ? "" : name;
                    }
                }));
            }
            for (Future<String> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).as("missing name").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingFontFileFallsBackToStSongLightWithRealText() throws IOException {
        ITextPdfRenderer fallback = ITextPdfRenderer.withFont("/nonexistent/fonts/wqy-microhei.ttc");
        assertThat(fallback.embedsFont()).isFalse();
        assertThat(fallback.fontDescription()).startsWith("STSong-Light");

        byte[] pdf = fallback.render(sheet("赵六", 2));
        try (PdfDocument read = read(pdf)) {
            assertThat(PdfTextExtractor.getTextFromPage(read.getPage(1))).contains(TITLE, "赵六", "第 1 页 / 共 1 页");
            for (PdfDictionary font : fonts(read)) {
                assertThat(font.getAsName(PdfName.BaseFont).getValue()).startsWith("STSong-Light");
                assertThat(fontFile(font)).isNull();
            }
        }
        System.out.printf("一览表 with the STSong-Light fallback (not embedded): %,d bytes%n", pdf.length);
    }

    @Test
    void fileThatIsNoFontFallsBack() throws IOException {
        Path junk = Files.createTempFile("zc-font-", ".ttf");
        try {
            Files.writeString(junk, "not a font");
            ITextPdfRenderer fallback = ITextPdfRenderer.withFont(junk.toString());
            assertThat(fallback.embedsFont()).isFalse();
            assertThat(fallback.render(sheet("钱七", 1))).isNotEmpty();
        } finally {
            Files.delete(junk);
        }
    }

    @Test
    void fontOfACollectionIsChosenByIndex() {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        assertThat(ITextPdfRenderer.withFont(CjkFont.DEFAULT_LOCATION + ",1").fontDescription())
                .startsWith("WenQuanYiMicroHeiMono (embedded subset)");
        assertThat(ITextPdfRenderer.withFont(CjkFont.DEFAULT_LOCATION + ",7").embedsFont()).isFalse();
    }

    @Test
    void fileWithoutChineseGlyphsFallsBack() {
        // DejaVu Sans (a Latin font present on Debian) has no 中: it cannot print our documents
        Path latin = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isReadable(latin), "DejaVu Sans not installed");
        assertThat(ITextPdfRenderer.withFont(latin.toString()).embedsFont()).isFalse();
    }

    @Test
    void pdftotextReadsTheChineseText() throws IOException {
        assumeTrue(FONT_INSTALLED, "fonts-wqy-microhei is not installed");
        java.util.Optional<String> text = pdftotext(renderer.render(sheet("张三", 2)));
        assumeTrue(text.isPresent(), "pdftotext (poppler-utils) is not installed");
        // pdftotext drops the narrow spaces between Chinese characters: compare without white space
        assertThat(text.get().replaceAll("\\s", "")).contains(TITLE, "张三", "四川省某某设计研究院", "第1页/共1页");
    }

    /** A typical 一览表: photo grid, a wide field, a table, a note and a footer. */
    static PrintedDocument sheet(String name, int trainingRows) {
        TableSection.Builder training = TableSection.of("继续教育", "年度", "学时", "内容").widths(1, 1, 4);
        for (int i = 0; i < trainingRows; i++) {
            training.row(String.valueOf(2023 + i), "96", "公需科目：数字经济与创新驱动发展");
        }
        return PrintedDocument.titled(TITLE)
                .subtitle("申报系列：工程系列　申报资格：高级工程师")
                .section(FieldGrid.fourColumns("基本信息")
                        .field("姓名", name).field("性别", "男")
                        .field("出生日期", "1985-04-12").field("身份证号", "510102198504121234")
                        .field("学历", "研究生").field("现任职称", "工程师")
                        .wide("工作单位", "四川省某某设计研究院")
                        .photo(photo))
                .section(training)
                .note("本表由系统根据申报材料生成，与原件一致。")
                .footer("打印时间：2026-11-23 09:30:00")
                .build();
    }

    private static int i(String name) {
        return name.length();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 110, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 6, width / 2, width / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    /** The font dictionaries used on any page. */
    private static List<PdfDictionary> fonts(PdfDocument pdf) {
        Set<PdfDictionary> fonts = new LinkedHashSet<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PdfDictionary dictionary = pdf.getPage(page).getResources().getResource(PdfName.Font);
            if (dictionary != null) {
                dictionary.keySet().forEach(name -> fonts.add(dictionary.getAsDictionary(name)));
            }
        }
        return new ArrayList<>(fonts);
    }

    /** The embedded font program of a Type0 font (FontFile2 of its descendant), or null when not embedded. */
    private static PdfStream fontFile(PdfDictionary type0) {
        PdfDictionary descendant = type0.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
        PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
        if (descriptor == null) {
            return null;
        }
        PdfStream file = descriptor.getAsStream(PdfName.FontFile2);
        return file != null ? file : descriptor.getAsStream(PdfName.FontFile3);
    }

    /** poppler's pdftotext output, or empty when it is not installed. */
    private static java.util.Optional<String> pdftotext(byte[] pdf) throws IOException {
        Path binary = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(binary)) {
            return java.util.Optional.empty();
        }
        Path file = Files.createTempFile("zc-pdf-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(binary.toString(), "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            assertThat(process.exitValue()).as("pdftotext exit status: %s", text).isZero();
            return java.util.Optional.of(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
