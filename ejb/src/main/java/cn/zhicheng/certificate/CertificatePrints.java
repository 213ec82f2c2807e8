package cn.zhicheng.certificate;

import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.org.Sex;
import cn.zhicheng.shared.pdf.FieldGrid;
import cn.zhicheng.shared.pdf.PdfRenderer;
import cn.zhicheng.shared.pdf.PrintedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The PDFs of an issued certificate (SPEC §3.12): the certificate itself and the 评审表. The printed text is Chinese
 * whatever the viewer's language: these are official documents of the province.
 */
@ApplicationScoped
public class CertificatePrints {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    private PdfRenderer renderer;

    public byte[] certificate(Certificate c, String serialNo, byte[] photo, String verificationUrl) {
        PrintedDocument document = PrintedDocument.titled("专业技术职务任职资格证书")
                .subtitle("证书编号：" + serialNo)
                .section(FieldGrid.fourColumns("持证人")
                        .field("姓名", c.getHolderName())
                        .field("性别", sex(c.getSex()))
                        .field("出生日期", date(c.getBirthDate()))
                        .field("证件号码", c.getIdNumber())
                        .wide("工作单位", c.getEmployer())
                        .photo(photo))
                .section(FieldGrid.fourColumns("职称")
                        .field("系列", c.getSeriesName())
                        .field("级别", c.getLevel().catalogName())
                        .field("资格名称", c.getQualificationName())
                        .field("专业", c.getSpecialty())
                        .field("取得方式", acquisition(c.getAcquisitionType()))
                        .field("评审机构", c.getEvaluationBody())
                        .field("批准时间", date(c.getApprovalDate()))
                        .field("职称文件文号", c.getDocumentNumber())
                        .wide("发证机构", c.getIssuerName()))
                .note("核验码：" + c.getVerificationCode())
                .note("核验网址：" + verificationUrl)
                .build();
        return renderer.render(document);
    }

    public byte[] evaluationForm(Certificate c, String serialNo, OffsetDateTime issuedAt) {
        PrintedDocument document = PrintedDocument.titled("专业技术职务任职资格评审表")
                .subtitle(c.getIssuerName())
                .section(FieldGrid.fourColumns("基本情况")
                        .field("姓名", c.getHolderName())
                        .field("性别", sex(c.getSex()))
                        .field("出生日期", date(c.getBirthDate()))
                        .field("证件号码", c.getIdNumber())
                        .wide("工作单位", c.getEmployer()))
                .section(FieldGrid.fourColumns("评审情况")
                        .field("系列", c.getSeriesName())
                        .field("级别", c.getLevel().catalogName())
                        .field("资格名称", c.getQualificationName())
                        .field("专业", c.getSpecialty())
                        .field("取得方式", acquisition(c.getAcquisitionType()))
                        .field("评审机构", c.getEvaluationBody())
                        .field("批准时间", date(c.getApprovalDate()))
                        .field("职称文件文号", c.getDocumentNumber())
                        .field("证书编号", serialNo)
                        .field("发证日期", date(issuedAt.toLocalDate())))
                .build();
        return renderer.render(document);
    }

    static String sex(Sex sex) {
        if (sex == null) {
            return "";
        }
        return sex == Sex.MALE ? "男" : "女";
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String acquisition(AcquisitionType type) {
        return switch (type) {
            case REVIEW -> "评审";
            case INITIAL -> "初定";
            case CONFIRMATION -> "确认";
            case ENTRUSTED -> "委托评审";
        };
    }
}
