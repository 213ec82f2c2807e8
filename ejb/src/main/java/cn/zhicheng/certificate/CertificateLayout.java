package cn.zhicheng.certificate;

import cn.zhicheng.history.AcquisitionType;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants.LineCapStyle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants.TextRenderingMode;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The certificate page, drawn straight on the canvas (no layout engine: a certificate is one fixed page, and
 * measuring each text once is all the layout it needs). A4 landscape: double border, the title, on the left the photo
 * (or an empty frame), the serial number and the QR code; on the right the fields in ruled rows, the statement, the
 * issuing authority and the issue date, and the place of the visible signature ({@link #SIGNATURE_BOX}). Every text is
 * fitted to its box: it wraps, then shrinks down to a minimum size, and only then is cut with "…", so nothing ever
 * runs out of its box. Stateless; the geometry is computed once, in constants.
 */
final class CertificateLayout {

    static final PageSize PAGE = PageSize.A4.rotate();
    static final String TITLE = "专业技术职务任职资格证书";
    /** Where a visible signature goes: above the issuing authority, where a seal would be pressed. */
    static final Rectangle SIGNATURE_BOX = new Rectangle(292, 70, 176, 62);

    private static final Color RED = new DeviceRgb(0.62f, 0.12f, 0.10f);
    private static final Color TEXT = new DeviceGray(0.08f);
    private static final Color RULE = new DeviceGray(0.72f);
    private static final Color HINT = new DeviceGray(0.45f);

    private static final float LEFT_CENTRE = 160;
    private static final Rectangle PHOTO = new Rectangle(LEFT_CENTRE - 50, 338, 100, 133);
    private static final float QR_SIZE = 86;
    private static final Rectangle QR = new Rectangle(LEFT_CENTRE - QR_SIZE / 2, 132, QR_SIZE, QR_SIZE);

    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8");

    private static final float TABLE_LEFT = 292;
    private static final float TABLE_RIGHT = 784;
    private static final float TABLE_TOP = 474;
    private static final float ROW_HEIGHT = 34;
    private static final float LABEL_WIDTH = 72;
    private static final float HALF = (TABLE_RIGHT - TABLE_LEFT) / 2;
    private static final float VALUE_SIZE = 13;
    private static final float LABEL_SIZE = 11.5f;
    private static final float MIN_SIZE = 7;
    private static final float CELL_PADDING = 5;
    private static final float LEADING = 1.2f;

    private static final Map<AcquisitionType, String[]> ACQUISITION = Map.of(
            AcquisitionType.REVIEW, new String[] {"职称评审", "经评审"},
            AcquisitionType.INITIAL, new String[] {"初定", "经初定"},
            AcquisitionType.CONFIRMATION, new String[] {"确认", "经确认"},
            AcquisitionType.ENTRUSTED, new String[] {"委托评审", "经委托评审"});

    private CertificateLayout() {
    }

    /**
     * Draws the whole certificate on the (empty) page's canvas with the document's font; with {@code signature}, also
     * the text of the signature box (the signature widget then only frames it: its text is in the page's font subset,
     * which spares a second subset in the signed file).
     */
    static void draw(PdfCanvas canvas, PdfFont font, CertificateFacts facts, SignatureText signature) {
        border(canvas);
        title(canvas, font);
        left(canvas, font, facts);
        fields(canvas, font, facts);
        closing(canvas, font, facts);
        if (signature != null) {
            signature(canvas, font, signature);
        }
    }

    /** What the signature box says: 电子签章, the signer, the time. */
    record SignatureText(String signer, String time) {
    }

    private static void signature(PdfCanvas canvas, PdfFont font, SignatureText text) {
        Rectangle box = SIGNATURE_BOX;
        float centre = box.getX() + box.getWidth() / 2;
        float width = box.getWidth() - 12;
        centred(canvas, font, "电子签章", 11, RED, centre, box.getTop() - 18);
        Fitted signer = fit(font, "签章人：" + text.signer(), width, 1, 8.5f, 12);
        centred(canvas, font, signer.lines().get(0), signer.size(), RED, centre, box.getTop() - 34);
        Fitted time = fit(font, "时间：" + text.time(), width, 1, 8.5f, 12);
        centred(canvas, font, time.lines().get(0), time.size(), RED, centre, box.getTop() - 48);
    }

    /** 职称评审 / 初定 / 确认 / 委托评审 as printed; empty for none. */
    static String acquisitionLabel(AcquisitionType type) {
        return type == null ? "" : ACQUISITION.get(type)[0];
    }

    /** 年月日 as certificates print dates: 2026年11月23日; empty for none. */
    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static void border(PdfCanvas canvas) {
        float w = PAGE.getWidth();
        float h = PAGE.getHeight();
        canvas.saveState().setStrokeColor(RED)
                .setLineWidth(3.2f).rectangle(18, 18, w - 36, h - 36).stroke()
                .setLineWidth(0.8f).rectangle(25, 25, w - 50, h - 50).stroke();
        // corner ornaments: two short strokes at each inner corner
        canvas.setLineWidth(1.6f).setLineCapStyle(LineCapStyle.PROJECTING_SQUARE);
        float in = 31;
        float arm = 26;
        float[][] corners = {{in, in, 1, 1}, {w - in, in, -1, 1}, {in, h - in, 1, -1}, {w - in, h - in, -1, -1}};
        for (float[] c : corners) {
            canvas.moveTo(c[0], c[1] + c[3] * arm).lineTo(c[0], c[1]).lineTo(c[0] + c[2] * arm, c[1]);
        }
        canvas.stroke();
        // the line between the photo column and the fields
        canvas.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(266, 96).lineTo(266, 478).stroke().restoreState();
    }

    private static void title(PdfCanvas canvas, PdfFont font) {
        float size = 28;
        float spacing = 6;
        float width = width(font, TITLE, size) + spacing * (TITLE.length() - 1);
        canvas.saveState().setFillColor(RED).setStrokeColor(RED).setLineWidth(0.6f).beginText()
                .setFontAndSize(font, size).setCharacterSpacing(spacing)
                .setTextRenderingMode(TextRenderingMode.FILL_STROKE)
                .moveText((PAGE.getWidth() - width) / 2, 512).showText(TITLE).endText().restoreState();
    }

    private static void left(PdfCanvas canvas, PdfFont font, CertificateFacts facts) {
        canvas.saveState();
        if (facts.hasPhoto()) {
            photo(canvas, facts.photo());
        } else {
            canvas.setStrokeColor(RULE).setLineWidth(0.6f).setLineDash(3, 2)
                    .rectangle(PHOTO.getX(), PHOTO.getY(), PHOTO.getWidth(), PHOTO.getHeight()).stroke()
                    .setLineDash(0);
            centred(canvas, font, "照片", 11, HINT, LEFT_CENTRE, PHOTO.getY() + PHOTO.getHeight() / 2 - 4);
        }
        centred(canvas, font, "证书编号", 10.5f, RED, LEFT_CENTRE, 312);
        Fitted serial = fit(font, facts.serialNumber(), 180, 1, 13, 20);
        centred(canvas, font, serial.lines().get(0), serial.size(), TEXT, LEFT_CENTRE, 294);
        if (facts.verificationCode() != null && !facts.verificationCode().isBlank()) {
            Fitted code = fit(font, "核验码：" + facts.verificationCode(), 180, 1, 9.5f, 12);
            centred(canvas, font, code.lines().get(0), code.size(), TEXT, LEFT_CENTRE, 274);
        }
        qr(canvas, facts.verificationUrl());
        centred(canvas, font, "扫码核验证书真伪", 8.5f, HINT, LEFT_CENTRE, QR.getY() - 13);
        canvas.restoreState();
    }

    private static void photo(PdfCanvas canvas, byte[] bytes) {
        ImageData image;
        try {
            image = ImageDataFactory.create(bytes);
        } catch (com.itextpdf.io.exceptions.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the photo is not a JPEG or PNG image", e);
        }
        float scale = Math.min(PHOTO.getWidth() / image.getWidth(), PHOTO.getHeight() / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        float x = PHOTO.getX() + (PHOTO.getWidth() - w) / 2;
        float y = PHOTO.getY() + (PHOTO.getHeight() - h) / 2;
        canvas.addImageWithTransformationMatrix(image, w, 0, 0, h, x, y);
        canvas.setStrokeColor(RULE).setLineWidth(0.5f).rectangle(x, y, w, h).stroke();
    }

    /**
     * The QR code as a 1-bit image of one pixel per module (some 250 bytes; viewers scale it without smoothing, so
     * the modules stay sharp at any zoom), with error correction level M and no quiet zone (the page around it is
     * white).
     */
    private static void qr(PdfCanvas canvas, String url) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification URL does not fit in a QR code", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * height];
        java.util.Arrays.fill(bits, (byte) 0xFF);                           // 1 = white in DeviceGray
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    bits[y * rowBytes + x / 8] &= (byte) ~(0x80 >>> (x % 8));
                }
            }
        }
        // the image dictionary by hand: iText's ImageDataFactory would CCITT-encode a 1-bit image, which costs more
        // time than the whole page's text and is not smaller than Flate for a QR code
        PdfStream image = new PdfStream(bits);
        image.put(PdfName.Type, PdfName.XObject);
        image.put(PdfName.Subtype, PdfName.Image);
        image.put(PdfName.Width, new PdfNumber(width));
        image.put(PdfName.Height, new PdfNumber(height));
        image.put(PdfName.BitsPerComponent, new PdfNumber(1));
        image.put(PdfName.ColorSpace, PdfName.DeviceGray);
        canvas.addXObjectWithTransformationMatrix(new PdfImageXObject(image), QR.getWidth(), 0, 0, QR.getHeight(),
                QR.getX(), QR.getY());
    }

    private static void fields(PdfCanvas canvas, PdfFont font, CertificateFacts facts) {
        String[][] rows = {
                {"姓　　名", facts.holderName(), "性　　别", facts.sex()},
                {"出生日期", date(facts.birthDate()), "身份证号", facts.idNumber()},
                {"工作单位", facts.employer()},
                {"职称系列", facts.series(), "专　　业", facts.specialty()},
                {"资格名称", facts.qualification(), "级　　别", facts.level()},
                {"取得方式", acquisitionLabel(facts.acquisition()), "批准时间", date(facts.approvalDate())},
                {"评审机构", facts.evaluationBody()},
                {"文件文号", facts.documentNumber()},
        };
        canvas.saveState().setStrokeColor(RULE).setLineWidth(0.5f);
        for (int r = 0; r <= rows.length; r++) {
            float y = TABLE_TOP - r * ROW_HEIGHT;
            canvas.moveTo(TABLE_LEFT, y).lineTo(TABLE_RIGHT, y);
        }
        canvas.stroke();
        for (int r = 0; r < rows.length; r++) {
            float top = TABLE_TOP - r * ROW_HEIGHT;
            String[] row = rows[r];
            for (int pair = 0; pair < row.length / 2; pair++) {
                float left = TABLE_LEFT + pair * HALF;
                float valueWidth = (row.length == 2 ? TABLE_RIGHT - TABLE_LEFT : HALF) - LABEL_WIDTH;
                cell(canvas, font, row[2 * pair], LABEL_SIZE, RED, left, top, LABEL_WIDTH);
                cell(canvas, font, row[2 * pair + 1], VALUE_SIZE, TEXT, left + LABEL_WIDTH, top, valueWidth);
            }
        }
        canvas.restoreState();
    }

    /** One text fitted into a cell of the ruled table, vertically centred. */
    private static void cell(PdfCanvas canvas, PdfFont font, String text, float size, Color color, float left,
                             float top, float width) {
        if (text == null || text.isBlank()) {
            return;
        }
        float inner = width - 2 * CELL_PADDING;
        float height = ROW_HEIGHT - 4;
        int maxLines = (int) (height / (LEADING * MIN_SIZE));
        Fitted fitted = fit(font, text.strip(), inner, maxLines, size, height);
        float leading = LEADING * fitted.size();
        float baseline = top - ROW_HEIGHT / 2 + (fitted.lines().size() - 1) * leading / 2 - 0.36f * fitted.size();
        lines(canvas, font, fitted, color, left + CELL_PADDING, baseline, leading);
    }

    private static void closing(PdfCanvas canvas, PdfFont font, CertificateFacts facts) {
        String[] acquisition = facts.acquisition() == null ? null : ACQUISITION.get(facts.acquisition());
        String statement = (acquisition == null ? "经审核" : acquisition[1]) + "，具备上述专业技术职务任职资格，特发此证。";
        Fitted sentence = fit(font, statement, TABLE_RIGHT - TABLE_LEFT, 1, 13, 20);
        lines(canvas, font, sentence, TEXT, TABLE_LEFT, 170, 0);

        float blockLeft = SIGNATURE_BOX.getRight() + 16;
        float blockWidth = TABLE_RIGHT - blockLeft;
        String authority = facts.issuingAuthority() == null ? "" : facts.issuingAuthority().strip();
        Fitted name = fit(font, "发证机构：" + authority, blockWidth, 2, 13, 34);
        float leading = LEADING * name.size();
        lines(canvas, font, name, TEXT, blockLeft, 128 + (name.lines().size() - 1) * leading, leading);
        Fitted issued = fit(font, "发证日期：" + date(facts.issueDate()), blockWidth, 1, 13, 20);
        lines(canvas, font, issued, TEXT, blockLeft, 96, 0);

        Fitted url = fit(font, "核验网址：" + facts.verificationUrl(), PAGE.getWidth() - 120, 1, 8, 12);
        float urlWidth = width(font, url.lines().get(0), url.size());
        lines(canvas, font, url, HINT, (PAGE.getWidth() - urlWidth) / 2, 40, 0);
    }

    private static void centred(PdfCanvas canvas, PdfFont font, String text, float size, Color color, float centre,
                                float baseline) {
        float x = centre - width(font, text, size) / 2;
        canvas.saveState().setFillColor(color).beginText().setFontAndSize(font, size).moveText(x, baseline)
                .showText(text).endText().restoreState();
    }

    private static void lines(PdfCanvas canvas, PdfFont font, Fitted fitted, Color color, float x, float baseline,
                              float leading) {
        canvas.saveState().setFillColor(color).beginText().setFontAndSize(font, fitted.size())
                .moveText(x, baseline);
        boolean first = true;
        for (String line : fitted.lines()) {
            if (!first) {
                canvas.moveText(0, -leading);
            }
            canvas.showText(line);
            first = false;
        }
        canvas.endText().restoreState();
    }

    /** Lines of a text at the size it fits with, in at most {@code maxLines} lines of {@code width}. */
    record Fitted(float size, List<String> lines) {
    }

    /**
     * One line if the text fits at three quarters of {@code size} or more (a name or a title reads, and is searched,
     * best unbroken); else the largest size from {@code size} down to {@value #MIN_SIZE} (half-point steps) at which
     * the text wraps into at most {@code maxLines} lines of {@code width} whose leading fits {@code height}; at the
     * minimum size, the lines that do not fit are dropped and the last one ends with "…".
     */
    static Fitted fit(PdfFont font, String text, float width, int maxLines, float size, float height) {
        float natural = width(font, text, size);
        if (natural <= width) {
            return new Fitted(size, List.of(text));
        }
        float shrunk = (float) Math.floor(2 * size * width / natural) / 2;     // half points, rounded down
        if (shrunk >= Math.max(MIN_SIZE, 0.75f * size)) {
            return new Fitted(shrunk, List.of(text));
        }
        for (float s = size; s >= MIN_SIZE; s -= 0.5f) {
            List<String> lines = wrap(font, text, width, s);
            int allowed = Math.max(1, Math.min(maxLines, (int) (height / (LEADING * s) + 0.01f)));
            if (lines.size() <= allowed) {
                return new Fitted(s, lines);
            }
        }
        int allowed = Math.max(1, Math.min(maxLines, (int) (height / (LEADING * MIN_SIZE) + 0.01f)));
        List<String> lines = new ArrayList<>(wrap(font, text, width, MIN_SIZE).subList(0, allowed));
        String last = lines.get(allowed - 1);
        while (!last.isEmpty() && width(font, last + "…", MIN_SIZE) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        lines.set(allowed - 1, last + "…");
        return new Fitted(MIN_SIZE, lines);
    }

    /** Breaks before the character that would pass the width (Chinese text has no spaces to break at). */
    static List<String> wrap(PdfFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>(2);
        float limit = width * 1000 / size;
        int start = 0;
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int advance = font.getWidth(c);
            if (used + advance > limit && i > start) {
                lines.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += advance;
            i += Character.charCount(c);
        }
        lines.add(text.substring(start));
        return lines;
    }

    static float width(PdfFont font, String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += font.getWidth(c);
            i += Character.charCount(c);
        }
        return units * size / 1000;
    }
}
