package cn.zhicheng.expert;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the first sheet of an xlsx row by row with a StAX pull parser over the sheet XML: only the current row is in
 * memory, never the workbook; the shared-strings table, where Excel and WPS keep every text, is read as far as the
 * rows need it into a memory-mapped temporary file ({@link SharedStringsFile}), not onto the heap. Cells come back as
 * the stored text (numbers as Excel wrote them, without formatting), so an ID number or a phone number typed into a
 * number cell still reads as digits. The sheet's {@code <dimension>}, when present, gives the last row before any row
 * is read ({@link #lastRowHint()}): a progress total without a counting pass.
 */
public final class XlsxRows implements AutoCloseable {

    /** Entries up to this size escape the ratio check, as in POI's own guard. */
    private static final long GRACE_ENTRY_SIZE = 100 * 1024;

    private final OPCPackage pkg;
    private final PackagePart stringsPart;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final int width;
    private SharedStringsFile strings;
    private long lastRow;
    private long dimensionLastRow;

    public XlsxRows(Path file, int width) throws IOException {
        this.width = width;
        refuseInflation(file);
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not an xlsx file", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            stringsPart = parts.isEmpty() ? null : parts.get(0);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            sheet = sheets.next();
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            readDimension();
        } catch (OpenXML4JException | XMLStreamException | IOException | RuntimeException e) {
            pkg.revert();
            throw unreadable("unreadable xlsx file", e);
        }
    }

    /**
     * Refuses a file whose zip directory announces an entry beyond POI's limits ({@link ZipSecureFile}: the largest
     * entry, the smallest compressed-to-inflated ratio above the grace size), before POI opens it. An entry that
     * lies about its size is caught by POI's guard while it streams, also reported as {@link InflatedXlsxException}.
     */
    static void refuseInflation(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > ZipSecureFile.getMaxEntrySize()) {
                    throw new InflatedXlsxException(entry.getName() + " inflates to " + size + " bytes");
                }
                if (size > GRACE_ENTRY_SIZE && compressed >= 0
                        && (double) compressed / size < ZipSecureFile.getMinInflateRatio()) {
                    throw new InflatedXlsxException(entry.getName() + " inflates from " + compressed + " to " + size
                            + " bytes");
                }
            }
        } catch (ZipException e) {
            throw new IOException("not a zip file", e);
        }
    }

    /** A read failure, as {@link InflatedXlsxException} when POI's zip-bomb guard is behind it. */
    static IOException unreadable(String message, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InflatedXlsxException inflated) {
                return inflated;
            }
            String text = t.getMessage();
            if (t instanceof IOException && text != null
                    && (text.contains("Zip bomb") || text.contains("max size of the expanded data"))) {
                return new InflatedXlsxException(message, e);
            }
        }
        return new IOException(message, e);
    }

    /** Reads up to the sheet data, noting the last row of {@code <dimension ref="A1:Q1000003"/>} on the way. */
    private void readDimension() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("dimension".equals(name)) {
                    dimensionLastRow = rowOf(xml.getAttributeValue(null, "ref"));
                } else if ("sheetData".equals(name)) {
                    return;
                }
            }
        }
    }

    /** The last row of a range such as "A1:Q20" (0 when unknown, for example a bare "A1" written before the data). */
    static long rowOf(String range) {
        if (range == null || range.indexOf(':') < 0) {
            return 0;
        }
        String end = range.substring(range.indexOf(':') + 1);
        int digits = 0;
        while (digits < end.length() && !Character.isDigit(end.charAt(digits))) {
            digits++;
        }
        try {
            return Long.parseLong(end.substring(digits));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The sheet's last row as its {@code <dimension>} states it, when it does: an estimate, rows may be blank. */
    public OptionalLong lastRowHint() {
        return dimensionLastRow > 0 ? OptionalLong.of(dimensionLastRow) : OptionalLong.empty();
    }

    /** The next row present in the sheet (rows missing from the XML are blank and skipped), or null at the end. */
    public SheetRow next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Long.parseLong(r);
                    return new SheetRow(lastRow, readCells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable("unreadable sheet at row " + lastRow, e);
        }
    }

    private List<String> readCells() throws XMLStreamException, IOException {
        String[] cells = new String[width];
        Arrays.fill(cells, "");
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnOf(ref);
                String type = xml.getAttributeValue(null, "t");
                String value = readCellValue(type);
                if (column < width) {
                    cells[column] = value;
                }
                nextColumn = column + 1;
            }
        }
        return new ArrayList<>(Arrays.asList(cells));
    }

    private String readCellValue(String type) throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder();
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                inValue = "v".equals(name) || "t".equals(name);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("c".equals(name)) {
                    break;
                }
                inValue = false;
            }
        }
        String raw = text.toString();
        if ("s".equals(type) && !raw.isEmpty()) {
            return sharedString(Integer.parseInt(raw.strip())).strip();
        }
        if ((type == null || "n".equals(type)) && raw.endsWith(".0")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw.strip();
    }

    private String sharedString(int index) throws IOException {
        if (strings == null) {
            if (stringsPart == null) {
                throw new IOException("a shared string without a shared-strings table");
            }
            try {
                strings = new SharedStringsFile(stringsPart.getInputStream());
            } catch (RuntimeException e) {
                throw new IOException("unreadable shared strings", e);
            }
        }
        return strings.get(index);
    }

    /** The 0-based column of a cell reference such as "AB12". */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream is closed below anyway
        }
        try (sheet) {
            if (strings != null) {
                strings.close();
            }
        } finally {
            pkg.revert();
        }
    }
}
