package cn.zhicheng.expert;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-strings table of an xlsx (where Excel and WPS put every text of a sheet), off the heap: parsed from the
 * part's stream only as far as the cells read so far need it, and kept in a temporary file mapped into memory (the
 * texts as UTF-8 with their length, and an index of their offsets). A 1,000,000-row workbook holds some 3,000,000
 * strings; POI's tables hold all of them on the heap (about 200 MB), this one a few objects. The header check of an
 * upload reads only the first entries, so the table is never parsed twice in full.
 * <p>
 * Not thread-safe: one reader, one thread (a chunk step's reader).
 */
final class SharedStringsFile implements AutoCloseable {

    /** Bytes per mapped segment of the texts and of the index. */
    private static final int SEGMENT = 1 << 26;
    private static final int OFFSETS_PER_SEGMENT = SEGMENT / Long.BYTES;
    /** Excel holds at most 32,767 characters in a cell: 4 bytes in UTF-8 each at worst, with room to spare. */
    private static final int LONGEST = 1 << 20;

    private final InputStream part;
    private final XMLStreamReader xml;
    private final Path textFile;
    private final Path indexFile;
    private final FileChannel texts;
    private final FileChannel index;
    private final List<MappedByteBuffer> textSegments = new ArrayList<>();
    private final List<MappedByteBuffer> indexSegments = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long written;
    private int count;
    private boolean exhausted;

    SharedStringsFile(InputStream part) throws IOException {
        this.part = part;
        try {
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
        } catch (XMLStreamException e) {
            part.close();
            throw new IOException("unreadable shared strings", e);
        }
        textFile = Files.createTempFile("zc-sst", ".bin");
        indexFile = Files.createTempFile("zc-sst", ".idx");
        texts = FileChannel.open(textFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        index = FileChannel.open(indexFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** The text of entry {@code i} (rich-text runs joined, phonetic runs left out). */
    String get(int i) throws IOException {
        if (i < 0) {
            throw new IOException("shared string " + i + " does not exist");
        }
        while (i >= count && !exhausted) {
            parseNext();
        }
        if (i >= count) {
            throw new IOException("shared string " + i + " does not exist");
        }
        long offset = indexSegments.get(i / OFFSETS_PER_SEGMENT).getLong((i % OFFSETS_PER_SEGMENT) * Long.BYTES);
        MappedByteBuffer segment = textSegments.get((int) (offset / SEGMENT));
        int at = (int) (offset % SEGMENT);
        byte[] bytes = new byte[segment.getInt(at)];
        segment.get(at + Integer.BYTES, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Parses up to the end of the next {@code <si>} entry and stores it. */
    private void parseNext() throws IOException {
        try {
            boolean inText = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("si".equals(name)) {
                        current.setLength(0);
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name)) {
                        inText = phonetic == 0;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inText) {
                        current.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("t".equals(name)) {
                        inText = false;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    } else if ("si".equals(name)) {
                        store(current.toString());
                        return;
                    }
                }
            }
            exhausted = true;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("unreadable shared strings at entry " + count, e);
        }
    }

    private void store(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > LONGEST) {
            throw new IOException("shared string " + count + " is longer than a cell may be");
        }
        int need = Integer.BYTES + bytes.length;
        if (written % SEGMENT + need > SEGMENT) {
            written = (written / SEGMENT + 1) * SEGMENT;
        }
        int segment = (int) (written / SEGMENT);
        while (textSegments.size() <= segment) {
            textSegments.add(texts.map(FileChannel.MapMode.READ_WRITE, (long) textSegments.size() * SEGMENT, SEGMENT));
        }
        MappedByteBuffer target = textSegments.get(segment);
        int at = (int) (written % SEGMENT);
        target.putInt(at, bytes.length);
        target.put(at + Integer.BYTES, bytes);
        int indexSegment = count / OFFSETS_PER_SEGMENT;
        while (indexSegments.size() <= indexSegment) {
            indexSegments.add(index.map(FileChannel.MapMode.READ_WRITE, (long) indexSegments.size() * SEGMENT,
                    SEGMENT));
        }
        indexSegments.get(indexSegment).putLong((count % OFFSETS_PER_SEGMENT) * Long.BYTES, written);
        written += need;
        count++;
    }

    /**
     * Closes the part and deletes the files (the mappings go with their buffers: a deleted file's pages are freed
     * when the buffers are collected).
     */
    @Override
    public void close() throws IOException {
        textSegments.clear();
        indexSegments.clear();
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream is closed below anyway
        }
        try (part; texts; index) {
            Files.deleteIfExists(textFile);
            Files.deleteIfExists(indexFile);
        }
    }
}
