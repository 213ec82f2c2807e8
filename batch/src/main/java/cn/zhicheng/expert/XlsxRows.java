package cn.zhicheng.expert;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the first sheet of an xlsx row by row with a StAX pull parser over the sheet XML: only the current row and
 * the shared-strings table are in memory, never the workbook. Cells come back as the stored text (numbers as Excel
 * wrote them, without formatting), so an ID number or a phone number typed into a number cell still reads as digits.
 */
public final class XlsxRows implements AutoCloseable {

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final int width;
    private long lastRow;

    public XlsxRows(Path file, int width) throws IOException {
        this.width = width;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not an xlsx file", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            sheet = sheets.next();
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw new IOException("unreadable xlsx file", e);
        }
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
            throw new IOException("unreadable sheet at row " + lastRow, e);
        }
    }

    private List<String> readCells() throws XMLStreamException {
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

    private String readCellValue(String type) throws XMLStreamException {
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
            return strings.getItemAt(Integer.parseInt(raw.strip())).getString().strip();
        }
        if ((type == null || "n".equals(type)) && raw.endsWith(".0")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw.strip();
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
        sheet.close();
        pkg.revert();
    }
}
