package cn.zhicheng.shared.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.cmap.StandardCMapCharsets;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese font of our PDFs, loaded once: the font program of a TrueType CJK font file (parsed tables, glyph
 * widths) is kept and shared by every document; each document gets its own {@link PdfFont} from it, which embeds a
 * subset of only the glyphs that document uses. When the file is missing or unusable, the built-in STSong-Light with
 * UniGB-UCS2-H (iText font-asian) takes over: the text stays real text, but the font is not embedded and some viewers
 * substitute another font. Thread-safe: the font program is only read after loading, and {@link CompactTrueTypeFont}
 * assembles each document's subset from the font's bytes held in memory.
 *
 * <p>Public for the certificate layout ({@code cn.zhicheng.certificate.CertificatePdf}), which draws on the page
 * directly instead of through {@link PrintedDocument}; it takes the font with {@link #shared(String)}.
 */
public final class CjkFont {

    /** Debian package fonts-wqy-microhei (installed by ./zc run and ./zc test). */
    public static final String DEFAULT_LOCATION = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static final Logger LOG = Logger.getLogger(CjkFont.class.getName());
    private static final String FALLBACK_FONT = "STSong-Light";
    private static final String FALLBACK_ENCODING = "UniGB-UCS2-H";
    /** "file.ttc" or "file.ttc,1": a font collection and the index of the font in it (default 0). */
    private static final Pattern COLLECTION = Pattern.compile("(?i)(.+\\.ttc)(?:,(\\d+))?");
    /** A font without 中 cannot print our documents. */
    private static final int PROBE = '中';
    /** Fonts by location, for {@link #shared(String)}: one parsed program (some 10 MB) per file and application. */
    private static final java.util.concurrent.ConcurrentMap<String, CjkFont> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final FontProgram program;
    private final boolean embedded;
    private final String description;

    private CjkFont(FontProgram program, boolean embedded, String description) {
        this.program = program;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * Loads the TrueType font at {@code location} (a .ttf, or a .ttc with an optional ",index"), else the fallback.
     * Never fails for a bad file: it logs a warning and falls back.
     */
    static CjkFont load(String location) {
        String trimmed = location == null ? "" : location.trim();
        if (!trimmed.isEmpty()) {
            try {
                FontProgram program = readFile(trimmed);
                if (program != null && program.getGlyph(PROBE) != null) {
                    CjkFont font = new CjkFont(program, true,
                            program.getFontNames().getFontName() + " (embedded subset) from " + trimmed);
                    LOG.info(() -> "event=pdf_font font=\"" + font.description + "\"");
                    return font;
                }
                LOG.warning(() -> "event=pdf_font_fallback reason=\"" + (program == null ? "no such readable file"
                        : "no Chinese glyphs") + "\" location=" + trimmed + " using=" + FALLBACK_FONT);
            } catch (RuntimeException | java.io.IOException e) {
                LOG.log(Level.WARNING, e, () -> "event=pdf_font_fallback reason=\"unreadable font\" location="
                        + trimmed + " using=" + FALLBACK_FONT);
            }
        } else {
            LOG.warning(() -> "event=pdf_font_fallback reason=\"no font configured\" using=" + FALLBACK_FONT);
        }
        return fallback();
    }

    /**
     * The font at {@code location} as {@link #load(String)} makes it, loaded once per location and then shared by
     * every caller (documents of all kinds, all threads). A fallback is kept too: restart to pick up a font installed
     * later.
     */
    public static CjkFont shared(String location) {
        return SHARED.computeIfAbsent(location == null ? "" : location.trim(), CjkFont::load);
    }

    /**
     * STSong-Light + UniGB-UCS2-H from iText font-asian, not embedded. iText encodes text for standard CMaps such as
     * UniGB-UCS2-H with one static encoder holding a shared buffer, which corrupts or fails (BufferOverflowException)
     * when two documents are written at once; switching those encoders off makes iText encode through the CMap
     * itself, which keeps no shared state. The switch does not touch Identity-H, which the embedded font uses.
     */
    static synchronized CjkFont fallback() {
        StandardCMapCharsets.disableCharsetEncoders();
        try {
            FontProgram program = FontProgramFactory.createFont(FALLBACK_FONT, false);
            return new CjkFont(program, false, FALLBACK_FONT + " " + FALLBACK_ENCODING + " (not embedded)");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("iText font-asian (STSong-Light) is not on the classpath", e);
        }
    }

    private static FontProgram readFile(String location) throws java.io.IOException {
        Matcher collection = COLLECTION.matcher(location);
        if (collection.matches()) {
            Path file = Path.of(collection.group(1));
            int index = collection.group(2) == null ? 0 : Integer.parseInt(collection.group(2));
            return Files.isReadable(file) ? CompactTrueTypeFont.read(file, index) : null;
        }
        Path file = Path.of(location);
        if (!Files.isReadable(file)) {
            return null;
        }
        if (location.toLowerCase(Locale.ROOT).endsWith(".otf")) {
            LOG.warning(() -> "event=pdf_font_otf location=" + location
                    + " note=\"OpenType/CFF subsets are several times larger than TrueType ones\"");
        }
        return CompactTrueTypeFont.read(file, 0);
    }

    /** A font for one document: subset-embedded from the shared program, or the non-embedded fallback. */
    public PdfFont newDocumentFont() {
        return embedded
                ? PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED)
                : PdfFontFactory.createFont(program, FALLBACK_ENCODING, EmbeddingStrategy.FORCE_NOT_EMBEDDED);
    }

    public boolean embedded() {
        return embedded;
    }

    public String description() {
        return description;
    }
}
