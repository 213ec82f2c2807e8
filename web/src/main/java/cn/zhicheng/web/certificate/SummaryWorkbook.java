package cn.zhicheng.web.certificate;

import cn.zhicheng.certificate.Certificate;
import cn.zhicheng.org.Sex;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * 汇总表 of an issuance batch (SPEC §3.12 生成证书 step 3): one row per person to certify, in batch order, for the
 * issuer to print, stamp and upload back as a PDF. The ID number is written in full and as text (it is the document
 * that authorises the certificates).
 */
public final class SummaryWorkbook {

    /** Columns in order; header labels {@code certificate.summary.column.NAME}. */
    public enum Column { INDEX, NAME, SEX, ID_NUMBER, EMPLOYER, SERIES, LEVEL, QUALIFICATION, SPECIALTY, ACQUISITION,
        EVALUATION_BODY, APPROVAL_DATE, DOCUMENT_NUMBER }

    private SummaryWorkbook() {
    }

    public static void write(String title, List<Certificate> certificates, Locale locale, OutputStream out)
            throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("cn.zhicheng.web.i18n.text", locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text.getString("certificate.summary.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (Column column : Column.values()) {
                header.createCell(column.ordinal()).setCellValue(
                        text.getString("certificate.summary.column." + column.name()));
            }
            int index = 0;
            for (Certificate c : certificates) {
                Row row = sheet.createRow(index + 2);
                index++;
                String[] values = {String.valueOf(index), c.getHolderName(), sex(text, c.getSex()), c.getIdNumber(),
                        c.getEmployer(), c.getSeriesName(), text.getString("TitleLevel.full." + c.getLevel().name()),
                        c.getQualificationName(), c.getSpecialty(),
                        text.getString("AcquisitionType." + c.getAcquisitionType().name()), c.getEvaluationBody(),
                        date(c.getApprovalDate()), c.getDocumentNumber()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String sex(ResourceBundle text, Sex sex) {
        return sex == null ? "" : text.getString("Sex." + sex.name());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
