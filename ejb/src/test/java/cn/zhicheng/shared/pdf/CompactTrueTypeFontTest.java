package cn.zhicheng.shared.pdf;

import com.itextpdf.io.font.TrueTypeFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our own subsets of WenQuanYi Micro Hei: the outlines and metrics of the used glyphs exactly as in the font, nothing
 * of the other glyphs, valid checksums, far smaller than iText's own subset; and fonts taken out of a collection.
 */
class CompactTrueTypeFontTest {

    private static final String TEXT = "专业技术职务任职资格评审申报一览表张三 第页共 2026-11-23 abcXYZ";

    private static CompactTrueTypeFont font;
    private static Tables original;
    private static Set<Integer> used;
    private static byte[] subset;

    @BeforeAll
    static void subset() throws IOException {
        Path file = Path.of(CjkFont.DEFAULT_LOCATION);
        assumeTrue(Files.isReadable(file), "fonts-wqy-microhei is not installed");
        font = CompactTrueTypeFont.read(file, 0);
        original = new Tables(CompactTrueTypeFont.extract(Files.readAllBytes(file), 0));
        used = new TreeSet<>();
        TEXT.codePoints().forEach(c -> used.add(font.getGlyph(c).getCode()));
        subset = font.subset(used, true).getSecond();
    }

    @Test
    void usedGlyphsKeepTheirOutlinesAndMetricsAndNothingElseRemains() {
        Tables tables = new Tables(subset);
        int highest = ((TreeSet<Integer>) used).last();
        // glyphs up to the highest kept one: a used glyph, or a component of a composite used glyph
        assertThat(tables.glyphCount).isGreaterThanOrEqualTo(highest + 1)
                .isEqualTo(font.subset(used, true).getFirst());
        int components = 0;
        for (int glyph = 0; glyph < tables.glyphCount; glyph++) {
            boolean kept = glyph == 0 || used.contains(glyph) || tables.outlineLength(glyph) > 0;
            if (kept) {
                assertThat(tables.outline(glyph)).as("outline of glyph %d", glyph).isEqualTo(original.outline(glyph));
                assertThat(tables.metrics(glyph)).as("metrics of glyph %d", glyph).isEqualTo(original.metrics(glyph));
                components += glyph == 0 || used.contains(glyph) ? 0 : 1;
            } else {
                assertThat(tables.metrics(glyph)).as("metrics of glyph %d", glyph).isZero();
            }
        }
        assertThat(components).isLessThan(used.size());
        assertThat(used).allSatisfy(glyph -> assertThat(tables.metrics(glyph)).isNotZero());
    }

    @Test
    void checksumsAreValid() {
        Tables tables = new Tables(subset);
        assertThat(CompactTrueTypeFont.checksum(subset, 0, subset.length)).isEqualTo(0xB1B0AFBA);
        for (String tag : new String[] {"glyf", "loca", "hmtx", "hhea", "maxp", "cmap"}) {
            assertThat(tables.recordedChecksum(tag)).as(tag)
                    .isEqualTo(CompactTrueTypeFont.checksum(subset, tables.offset(tag), tables.length(tag)));
        }
        byte[] head = subset.clone();
        ByteBuffer.wrap(head).putInt(tables.offset("head") + 8, 0);
        assertThat(tables.recordedChecksum("head"))
                .isEqualTo(CompactTrueTypeFont.checksum(head, tables.offset("head"), tables.length("head")));
    }

    @Test
    void compressedSubsetIsMuchSmallerThanITextsOwn() throws IOException {
        byte[] itext = new TrueTypeFont(CjkFont.DEFAULT_LOCATION + ",0").subset(used, true).getSecond();
        System.out.printf("subset of %d glyphs, deflated: iText %,d bytes, ours %,d bytes%n", used.size(),
                deflated(itext), deflated(subset));
        assertThat(deflated(subset)).isLessThan(deflated(itext) / 3);
    }

    @Test
    void fontOfACollectionBecomesAFontOfItsOwn() throws IOException {
        byte[] collection = Files.readAllBytes(Path.of(CjkFont.DEFAULT_LOCATION));
        TrueTypeFont first = new TrueTypeFont(CompactTrueTypeFont.extract(collection, 0));
        TrueTypeFont second = new TrueTypeFont(CompactTrueTypeFont.extract(collection, 1));
        assertThat(first.getFontNames().getFontName()).isEqualTo("WenQuanYiMicroHei");
        assertThat(second.getFontNames().getFontName()).isEqualTo("WenQuanYiMicroHeiMono");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompactTrueTypeFont.extract(collection, 2))
                .isInstanceOf(IOException.class);
    }

    private static int deflated(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return length;
    }

    /** Just enough of a TrueType reader for these checks. */
    private static final class Tables {
        private final ByteBuffer font;
        private final int glyphCount;
        private final int longMetrics;
        private final boolean longLoca;

        Tables(byte[] bytes) {
            font = ByteBuffer.wrap(bytes);
            glyphCount = font.getShort(offset("maxp") + 4) & 0xFFFF;
            longMetrics = font.getShort(offset("hhea") + 34) & 0xFFFF;
            longLoca = font.getShort(offset("head") + 50) != 0;
        }

        private int record(String tag) {
            int tables = font.getShort(4) & 0xFFFF;
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                byte[] name = new byte[4];
                font.get(record, name);
                if (new String(name, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
                    return record;
                }
            }
            throw new AssertionError("no table " + tag);
        }

        int offset(String tag) {
            return font.getInt(record(tag) + 8);
        }

        int length(String tag) {
            return font.getInt(record(tag) + 12);
        }

        int recordedChecksum(String tag) {
            return font.getInt(record(tag) + 4);
        }

        byte[] outline(int glyph) {
            int glyf = offset("glyf");
            long start = glyphStart(glyph);
            return java.util.Arrays.copyOfRange(font.array(), (int) (glyf + start),
                    (int) (glyf + start + outlineLength(glyph)));
        }

        private long glyphStart(int glyph) {
            int loca = offset("loca");
            return longLoca ? font.getInt(loca + 4 * glyph) & 0xFFFFFFFFL : 2L * (font.getShort(loca + 2 * glyph) & 0xFFFF);
        }

        /** Advance and left side bearing packed in one int (the bearing alone for glyphs past the long metrics). */
        int metrics(int glyph) {
            int hmtx = offset("hmtx");
            return glyph < longMetrics ? font.getInt(hmtx + 4 * glyph)
                    : font.getShort(hmtx + 4 * longMetrics + 2 * (glyph - longMetrics));
        }

        long outlineLength(int glyph) {
            return glyphStart(glyph + 1) - glyphStart(glyph);
        }
    }
}
