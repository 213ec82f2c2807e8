package cn.zhicheng.shared.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@link PdfRenderer} with iText 9 (AGPL-3.0: see README, Licences). A4 portrait; the Chinese font from
 * {@code zc.pdf.font} (default: WenQuanYi Micro Hei, {@value CjkFont#DEFAULT_LOCATION}) embedded as a subset, loaded
 * once per application and shared; STSong-Light (not embedded) when that file is missing. Page numbers
 * 第 n 页 / 共 m 页 and the document's footer lines are stamped on every page once the page count is known.
 *
 * <p>In the server it is a CDI bean: inject {@link PdfRenderer}. Outside it (unit tests, benchmarks) use
 * {@link #withFont(String)} or {@link #withDefaultFont()}.
 */
@ApplicationScoped
public class ITextPdfRenderer implements PdfRenderer {

    /** MicroProfile Config key: path of the TrueType CJK font (.ttf, or .ttc with an optional ",index"). */
    public static final String FONT_PROPERTY = "zc.pdf.font";

    private static final float MARGIN_TOP = 48;
    private static final float MARGIN_SIDE = 42;
    private static final float PAGE_NUMBER_BASELINE = 22;
    private static final float FOOTER_LINE_HEIGHT = 11;
    private static final float TITLE_SIZE = 16;
    private static final float SUBTITLE_SIZE = 10.5f;
    private static final float HEADING_SIZE = 11;
    private static final float BODY_SIZE = 9.5f;
    private static final float SMALL_SIZE = 8;
    private static final float CELL_PADDING = 3.5f;
    private static final float PHOTO_WIDTH = 84;
    private static final float PHOTO_HEIGHT = 112;
    private static final Color LABEL_BACKGROUND = new DeviceGray(0.94f);
    private static final Color HEADER_BACKGROUND = new DeviceGray(0.88f);
    private static final Color BORDER = new DeviceGray(0.35f);
    private static final String CREATOR = "职称评审信息系统";

    @Inject
    @ConfigProperty(name = FONT_PROPERTY)
    Optional<String> configuredFont;

    private CjkFont font;

    /** For CDI; the font is loaded in {@link #loadFont()}. */
    protected ITextPdfRenderer() {
    }

    private ITextPdfRenderer(CjkFont font) {
        this.font = font;
    }

    /** A renderer with the font at {@code location}, or STSong-Light when it cannot be used (outside the server). */
    public static ITextPdfRenderer withFont(String location) {
        return new ITextPdfRenderer(CjkFont.shared(location));
    }

    /** A renderer with the default font location {@value CjkFont#DEFAULT_LOCATION} (outside the server). */
    public static ITextPdfRenderer withDefaultFont() {
        return withFont(CjkFont.DEFAULT_LOCATION);
    }

    @PostConstruct
    void loadFont() {
        font = CjkFont.shared(configuredFont.orElse(CjkFont.DEFAULT_LOCATION));
    }

    @Override
    public String fontDescription() {
        return font.description();
    }

    /** Whether the Chinese font is embedded (false: the STSong-Light fallback is in use). */
    public boolean embedsFont() {
        return font.embedded();
    }

    @Override
    public byte[] render(PrintedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    @Override
    public void render(PrintedDocument document, OutputStream out) {
        try {
            write(document, out);
        } catch (com.itextpdf.io.exceptions.IOException e) {
            throw new UncheckedIOException(new java.io.IOException("PDF could not be written", e));
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    private void write(PrintedDocument printed, OutputStream out) {
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true);
        PdfWriter writer = new PdfWriter(out, properties);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(printed.title()).setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));

        // immediateFlush=false keeps the pages open until the total page count is known for 第 n 页 / 共 m 页.
        Document document = new Document(pdf, PageSize.A4, false);
        float footerHeight = (printed.footers().size() + 1) * FOOTER_LINE_HEIGHT;
        document.setMargins(MARGIN_TOP, MARGIN_SIDE, PAGE_NUMBER_BASELINE + footerHeight + 14, MARGIN_SIDE);
        document.setFont(font.newDocumentFont()).setFontSize(BODY_SIZE);

        addTitle(document, printed);
        for (Section section : printed.sections()) {
            addHeading(document, section.heading());
            document.add(section instanceof FieldGrid grid ? grid(grid) : table((TableSection) section));
        }
        addNotes(document, printed.notes());
        stampPages(document, pdf, printed.footers());
        document.close();
    }

    private static void addTitle(Document document, PrintedDocument printed) {
        if (!printed.title().isEmpty()) {
            document.add(new Paragraph(printed.title()).setFontSize(TITLE_SIZE).simulateBold()
                    .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(4));
        }
        for (String line : printed.subtitles()) {
            document.add(new Paragraph(line).setFontSize(SUBTITLE_SIZE).setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(0).setMarginBottom(2));
        }
    }

    private static void addHeading(Document document, String heading) {
        if (!heading.isEmpty()) {
            document.add(new Paragraph(heading).setFontSize(HEADING_SIZE).simulateBold()
                    .setMarginTop(10).setMarginBottom(3).setKeepWithNext(true));
        }
    }

    private static void addNotes(Document document, List<String> notes) {
        boolean first = true;
        for (String note : notes) {
            document.add(new Paragraph(note).setMarginTop(first ? 10 : 0).setMarginBottom(2));
            first = false;
        }
    }

    /** Page number centred at the bottom, footer lines at the bottom left above it, on every page. */
    private static void stampPages(Document document, PdfDocument pdf, List<String> footers) {
        int total = pdf.getNumberOfPages();
        float centre = PageSize.A4.getWidth() / 2;
        for (int page = 1; page <= total; page++) {
            document.showTextAligned(new Paragraph("第 " + page + " 页 / 共 " + total + " 页").setFontSize(SMALL_SIZE),
                    centre, PAGE_NUMBER_BASELINE, page, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            for (int i = 0; i < footers.size(); i++) {
                float y = PAGE_NUMBER_BASELINE + (footers.size() - i) * FOOTER_LINE_HEIGHT;
                document.showTextAligned(new Paragraph(footers.get(i)).setFontSize(SMALL_SIZE),
                        MARGIN_SIDE, y, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
            }
        }
    }

    private static Table grid(FieldGrid grid) {
        float[] widths = grid.columns() == 2
                ? (grid.hasPhoto() ? new float[] {1.2f, 3.2f, 1.4f} : new float[] {1.2f, 4f})
                : (grid.hasPhoto() ? new float[] {1f, 1.4f, 1f, 1.4f, 1.3f} : new float[] {1f, 1.6f, 1f, 1.6f});
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        List<List<FieldGrid.Field>> rows = grid.rows();
        if (rows.isEmpty() && grid.hasPhoto()) {
            rows = List.of(List.of());
        }
        int perRow = grid.columns() / 2;
        boolean first = true;
        for (List<FieldGrid.Field> row : rows) {
            if (row.size() == 1 && row.get(0).wide()) {
                table.addCell(label(row.get(0).label()));
                table.addCell(value(row.get(0).value(), grid.columns() - 1));
            } else {
                for (int i = 0; i < perRow; i++) {
                    FieldGrid.Field field = i < row.size() ? row.get(i) : new FieldGrid.Field("", "", false);
                    table.addCell(label(field.label()));
                    table.addCell(value(field.value(), 1));
                }
            }
            if (first && grid.hasPhoto()) {
                table.addCell(photo(grid.photo(), rows.size()));
            }
            first = false;
        }
        return table;
    }

    private static Table table(TableSection section) {
        float[] widths = new float[section.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = section.widths().get(i);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        for (String header : section.headers()) {
            table.addHeaderCell(cell(1, 1).add(text(header).simulateBold()).setBackgroundColor(HEADER_BACKGROUND)
                    .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
        if (section.rows().isEmpty()) {
            table.addCell(cell(1, widths.length).add(text(section.emptyText())).setTextAlignment(TextAlignment.CENTER));
        }
        for (List<String> row : section.rows()) {
            for (String text : row) {
                table.addCell(cell(1, 1).add(text(text)));
            }
        }
        return table;
    }

    private static Cell label(String text) {
        return cell(1, 1).add(text(text)).setBackgroundColor(LABEL_BACKGROUND)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell value(String text, int colspan) {
        return cell(1, colspan).add(text(text)).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell photo(byte[] bytes, int rowspan) {
        ImageData data;
        try {
            data = ImageDataFactory.create(bytes);
        } catch (com.itextpdf.io.exceptions.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the photo is not a JPEG or PNG image", e);
        }
        Image image = new Image(data).scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT)
                .setHorizontalAlignment(HorizontalAlignment.CENTER);
        return cell(rowspan, 1).add(image).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell cell(int rowspan, int colspan) {
        return new Cell(rowspan, colspan).setPadding(CELL_PADDING).setBorder(new SolidBorder(BORDER, 0.5f));
    }

    private static Paragraph text(String text) {
        return new Paragraph(text).setMargin(0).setMultipliedLeading(1.25f);
    }
}
