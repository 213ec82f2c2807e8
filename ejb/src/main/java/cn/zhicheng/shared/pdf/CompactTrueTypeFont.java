package cn.zhicheng.shared.pdf;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.io.font.otf.Glyph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TrueType font that makes its own embedded subsets, smaller and faster than iText's. iText keeps the glyph
 * numbering of the font in a subset, so its {@code hmtx} table still holds an entry for nearly every glyph once Chinese
 * text is used (WenQuanYi Micro Hei: 186 KB, 33 KB compressed, more than half of a one-page document), and it copies
 * that table byte by byte through one synchronized reader shared by all threads (most of the time of a document, and
 * no gain from a second thread). Here the font's tables are held in memory once and a subset is assembled from them:
 * the outlines of the used glyphs (and the components of composite ones), their metrics (all other entries zero, so
 * they compress to nothing), a cmap for the used characters, the hinting tables, valid checksums. The glyph numbering
 * is kept, so the PDF's Identity CID-to-GID mapping and /W widths stay as iText wrote them.
 *
 * <p>A font with CFF outlines (.otf) or without the expected tables is subset by iText as before.
 */
final class CompactTrueTypeFont extends TrueTypeFont {

    private static final int HEAD = tag("head");
    private static final int HHEA = tag("hhea");
    private static final int MAXP = tag("maxp");
    private static final int LOCA = tag("loca");
    private static final int GLYF = tag("glyf");
    private static final int HMTX = tag("hmtx");
    /** Copied as they are: hinting programs and the OS/2 metrics. */
    private static final int[] KEPT = {tag("cvt "), tag("fpgm"), tag("prep"), tag("OS/2")};
    private static final int CMAP = tag("cmap");
    private static final int CMAP_MAX_CHARACTERS = 8000;

    /** The whole font (one font, not a collection) and where its tables are: tag → {offset, length}. */
    private final byte[] data;
    private final Map<Integer, int[]> tables;
    private final long[] glyphOffsets;
    private final int fontGlyphs;
    private final int longMetrics;
    private final boolean ownSubsets;

    private CompactTrueTypeFont(byte[] font) throws IOException {
        super(font);
        this.data = font;
        this.tables = directory(font);
        boolean complete = !isCff() && tables.keySet().containsAll(Set.of(HEAD, HHEA, MAXP, LOCA, GLYF, HMTX));
        ByteBuffer in = ByteBuffer.wrap(font);
        this.fontGlyphs = complete ? in.getShort(offset(MAXP) + 4) & 0xFFFF : 0;
        this.longMetrics = complete ? in.getShort(offset(HHEA) + 34) & 0xFFFF : 0;
        this.glyphOffsets = complete ? locations(in, in.getShort(offset(HEAD) + 50) != 0) : new long[0];
        this.ownSubsets = complete && longMetrics >= 1 && longMetrics <= fontGlyphs;
    }

    /**
     * Reads a .ttf, or font {@code index} of a .ttc collection, into memory.
     *
     * @throws IOException when the file cannot be read or is no TrueType font
     */
    static CompactTrueTypeFont read(Path file, int index) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new CompactTrueTypeFont(ByteBuffer.wrap(bytes).getInt(0) == tag("ttcf") ? extract(bytes, index) : bytes);
    }

    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subset) {
        if (!subset || !ownSubsets) {
            return super.subset(glyphs, subset);
        }
        TreeSet<Integer> kept = withComponents(glyphs);
        int count = kept.last() + 1;
        return new Tuple2<>(count, assemble(kept, count));
    }

    /** The used glyphs, .notdef, and every glyph a composite glyph among them refers to. */
    private TreeSet<Integer> withComponents(Set<Integer> glyphs) {
        TreeSet<Integer> kept = new TreeSet<>();
        Deque<Integer> pending = new ArrayDeque<>(glyphs);
        pending.add(0);
        ByteBuffer in = ByteBuffer.wrap(data);
        int glyf = offset(GLYF);
        while (!pending.isEmpty()) {
            int glyph = pending.pop();
            if (glyph < 0 || glyph >= fontGlyphs || !kept.add(glyph)) {
                continue;
            }
            long start = glyphOffsets[glyph];
            if (glyphOffsets[glyph + 1] - start < 10 || in.getShort((int) (glyf + start)) >= 0) {
                continue; // empty or simple glyph
            }
            int at = (int) (glyf + start + 10);
            int flags;
            do {
                flags = in.getShort(at) & 0xFFFF;
                pending.push(in.getShort(at + 2) & 0xFFFF);
                at += 4 + ((flags & 0x1) != 0 ? 4 : 2);                      // ARG_1_AND_2_ARE_WORDS
                at += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0; // scales
            } while ((flags & 0x20) != 0);                                    // MORE_COMPONENTS
        }
        return kept;
    }

    private byte[] assemble(TreeSet<Integer> kept, int count) {
        ByteBuffer in = ByteBuffer.wrap(data);
        int glyfStart = offset(GLYF);
        int hmtxStart = offset(HMTX);

        int glyfSize = 0;
        for (int glyph : kept) {
            glyfSize += (int) ((glyphOffsets[glyph + 1] - glyphOffsets[glyph] + 3) & ~3L);
        }
        byte[] glyf = new byte[glyfSize];
        int[] loca = new int[count + 1];
        int metricsCount = Math.min(longMetrics, count);
        ByteBuffer hmtx = ByteBuffer.allocate(4 * metricsCount + 2 * (count - metricsCount));
        int position = 0;
        int next = 0;
        for (int glyph : kept) {                                   // ascending; glyphs in between stay empty
            java.util.Arrays.fill(loca, next, glyph + 1, position);
            int start = (int) glyphOffsets[glyph];
            int length = (int) (glyphOffsets[glyph + 1] - start);
            System.arraycopy(data, glyfStart + start, glyf, position, length);
            position += (length + 3) & ~3;
            next = glyph + 1;
            if (glyph < metricsCount) {
                hmtx.putInt(4 * glyph, in.getInt(hmtxStart + 4 * glyph));          // advance and bearing
            } else {                                                               // past the long metrics
                short bearing = in.getShort(hmtxStart + 4 * longMetrics + 2 * (glyph - longMetrics));
                hmtx.putShort(4 * metricsCount + 2 * (glyph - metricsCount), bearing);
            }
        }
        java.util.Arrays.fill(loca, next, count + 1, position);
        ByteBuffer locaTable = ByteBuffer.allocate(4 * (count + 1));
        locaTable.asIntBuffer().put(loca);

        byte[] head = copy(HEAD);
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);        // no checksum yet; long loca
        byte[] hhea = copy(HHEA);
        ByteBuffer.wrap(hhea).putShort(34, (short) metricsCount);
        byte[] maxp = copy(MAXP);
        ByteBuffer.wrap(maxp).putShort(4, (short) count);

        TreeMap<Integer, byte[]> out = new TreeMap<>(Integer::compareUnsigned);
        out.put(HEAD, head);
        out.put(HHEA, hhea);
        out.put(MAXP, maxp);
        out.put(LOCA, locaTable.array());
        out.put(GLYF, glyf);
        out.put(HMTX, hmtx.array());
        out.put(CMAP, cmap(kept));
        for (int tag : KEPT) {
            if (tables.containsKey(tag)) {
                out.put(tag, copy(tag));
            }
        }
        return font(out);
    }

    /**
     * A format 4 cmap (Windows Unicode BMP) with one segment per used character, for viewers that look for one (PDF
     * viewers take glyphs by CID; text extraction uses the ToUnicode map iText writes). The subtable length is 16 bits:
     * past {@value #CMAP_MAX_CHARACTERS} characters the rest stay out of it.
     */
    private byte[] cmap(Set<Integer> kept) {
        TreeMap<Integer, Integer> characters = new TreeMap<>();
        for (int glyph : kept) {
            Glyph known = getGlyphByCode(glyph);
            if (known != null && known.hasValidUnicode() && known.getUnicode() < 0xFFFF) {
                characters.putIfAbsent(known.getUnicode(), glyph);
            }
        }
        while (characters.size() > CMAP_MAX_CHARACTERS) {
            characters.pollLastEntry();
        }
        int segments = characters.size() + 1;
        int subtableLength = 16 + 8 * segments;
        ByteBuffer cmap = ByteBuffer.allocate(12 + subtableLength);
        cmap.putShort((short) 0).putShort((short) 1);                          // version, one subtable
        cmap.putShort((short) 3).putShort((short) 1).putInt(12);               // Windows, Unicode BMP, at 12
        int searchRange = 2 * Integer.highestOneBit(segments);
        cmap.putShort((short) 4).putShort((short) subtableLength).putShort((short) 0)
                .putShort((short) (2 * segments)).putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(searchRange / 2)))
                .putShort((short) (2 * segments - searchRange));
        characters.keySet().forEach(c -> cmap.putShort((short) (int) c));      // end codes
        cmap.putShort((short) 0xFFFF).putShort((short) 0);                     // last segment, reserved pad
        characters.keySet().forEach(c -> cmap.putShort((short) (int) c));      // start codes
        cmap.putShort((short) 0xFFFF);
        characters.forEach((c, glyph) -> cmap.putShort((short) (glyph - c)));  // id deltas
        cmap.putShort((short) 1);
        for (int i = 0; i < segments; i++) {
            cmap.putShort((short) 0);                                           // id range offsets
        }
        return cmap.array();
    }

    /** An sfnt file of these tables, in tag order, 4-byte aligned, with table checksums and checkSumAdjustment. */
    private static byte[] font(TreeMap<Integer, byte[]> out) {
        int count = out.size();
        int size = 12 + 16 * count;
        for (byte[] table : out.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer font = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = 16 * (1 << entrySelector);
        font.putInt(0x00010000).putShort((short) count).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (16 * count - searchRange));
        int offset = 12 + 16 * count;
        int headOffset = 0;
        int tablesSum = 0;
        for (Map.Entry<Integer, byte[]> table : out.entrySet()) {
            byte[] bytes = table.getValue();
            int checksum = checksum(bytes, 0, bytes.length);
            tablesSum += checksum;
            font.putInt(table.getKey()).putInt(checksum).putInt(offset).putInt(bytes.length);
            font.put(offset, bytes);
            if (table.getKey() == HEAD) {
                headOffset = offset;
            }
            offset += (bytes.length + 3) & ~3;
        }
        byte[] result = font.array();
        // the file's checksum is the directory's plus the tables' (each 4-aligned, padded with zeros): no second pass
        int fileSum = checksum(result, 0, 12 + 16 * count) + tablesSum;
        font.putInt(headOffset + 8, 0xB1B0AFBA - fileSum);
        return result;
    }

    /** Font {@code index} of a TrueType collection as a font file of its own. */
    static byte[] extract(byte[] collection, int index) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(collection);
        int fonts = in.getInt(8);
        if (index < 0 || index >= fonts) {
            throw new IOException("the font collection holds " + fonts + " fonts, no index " + index);
        }
        int start = in.getInt(12 + 4 * index);
        TreeMap<Integer, byte[]> out = new TreeMap<>(Integer::compareUnsigned);
        for (Map.Entry<Integer, int[]> table : directory(collection, start).entrySet()) {
            int[] place = table.getValue();
            byte[] bytes = new byte[place[1]];
            System.arraycopy(collection, place[0], bytes, 0, place[1]);
            out.put(table.getKey(), bytes);
        }
        return font(out);
    }

    private static Map<Integer, int[]> directory(byte[] font) {
        return directory(font, 0);
    }

    private static Map<Integer, int[]> directory(byte[] font, int start) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(start + 4) & 0xFFFF;
        Map<Integer, int[]> tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int record = start + 12 + 16 * i;
            tables.put(in.getInt(record), new int[] {in.getInt(record + 8), in.getInt(record + 12)});
        }
        return tables;
    }

    private long[] locations(ByteBuffer in, boolean longFormat) {
        int loca = offset(LOCA);
        long[] offsets = new long[fontGlyphs + 1];
        for (int glyph = 0; glyph <= fontGlyphs; glyph++) {
            offsets[glyph] = longFormat ? in.getInt(loca + 4 * glyph) & 0xFFFFFFFFL
                    : 2L * (in.getShort(loca + 2 * glyph) & 0xFFFF);
        }
        return offsets;
    }

    private int offset(int tag) {
        return tables.get(tag)[0];
    }

    private byte[] copy(int tag) {
        int[] place = tables.get(tag);
        byte[] bytes = new byte[place[1]];
        System.arraycopy(data, place[0], bytes, 0, place[1]);
        return bytes;
    }

    /** The TrueType checksum: the sum of big-endian 32-bit words, the last one padded with zeros. */
    static int checksum(byte[] bytes, int offset, int length) {
        int end = Math.min(bytes.length, offset + length);
        ByteBuffer words = ByteBuffer.wrap(bytes);
        int sum = 0;
        int i = offset;
        for (; i + 4 <= end; i += 4) {
            sum += words.getInt(i);
        }
        for (int shift = 24; i < end; i++, shift -= 8) {
            sum += (bytes[i] & 0xFF) << shift;
        }
        return sum;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
