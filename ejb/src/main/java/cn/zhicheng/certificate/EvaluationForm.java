package cn.zhicheng.certificate;

import cn.zhicheng.shared.pdf.FieldGrid;
import cn.zhicheng.shared.pdf.PrintedDocument;

/**
 * The 评审表 (evaluation form) of a review-obtained certificate as a neutral {@link PrintedDocument}: A4 portrait,
 * the holder and the title with the photo, the committee and the meeting's result (empty cells where the result was
 * not recorded, to be filled by hand), the approval, and lines for the committee's and the issuer's seals.
 */
final class EvaluationForm {

    static final String TITLE = "专业技术职务任职资格评审表";

    private EvaluationForm() {
    }

    static PrintedDocument of(EvaluationFormFacts form) {
        CertificateFacts c = form.certificate();
        FieldGrid.Builder person = FieldGrid.fourColumns("基本情况")
                .field("姓名", c.holderName()).field("性别", c.sex())
                .field("出生日期", CertificateLayout.date(c.birthDate())).field("身份证号", c.idNumber())
                .wide("工作单位", c.employer())
                .field("职称系列", c.series()).field("专业", c.specialty())
                .field("资格名称", c.qualification()).field("级别", c.level());
        if (c.hasPhoto()) {
            person.photo(c.photo());
        }
        FieldGrid.Builder meeting = FieldGrid.fourColumns("评审情况")
                .wide("评审委员会", form.committeeName())
                .field("取得方式", CertificateLayout.acquisitionLabel(c.acquisition()))
                .field("评审日期", CertificateLayout.date(form.meetingDate()))
                .field("出席评委", count(form.expertsPresent(), "人")).field("赞成票", count(form.votesFor(), "票"))
                .field("反对票", count(form.votesAgainst(), "票")).field("弃权票", count(form.votesAbstain(), "票"))
                .wide("评审结果", form.result())
                .wide("评审委员会意见", form.opinion());
        FieldGrid.Builder approval = FieldGrid.fourColumns("审批情况")
                .wide("评审机构", c.evaluationBody())
                .field("批准时间", CertificateLayout.date(c.approvalDate())).field("文件文号", c.documentNumber())
                .field("发证机构", c.issuingAuthority()).field("证书编号", c.serialNumber());
        return PrintedDocument.titled(TITLE)
                .subtitle(c.holderName() + "　" + c.qualification())
                .section(person)
                .section(meeting)
                .section(approval)
                .note("评审委员会（盖章）" + "　".repeat(13) + "发证机构（盖章）")
                .note("　")
                .note("　")
                .note("　".repeat(4) + "年　　月　　日" + "　".repeat(16) + "年　　月　　日")
                .footer("证书编号：" + c.serialNumber())
                .build();
    }

    private static String count(Integer value, String unit) {
        return value == null ? "" : value + " " + unit;
    }
}
