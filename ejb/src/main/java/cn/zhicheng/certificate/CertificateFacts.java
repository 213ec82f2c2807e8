package cn.zhicheng.certificate;

import cn.zhicheng.history.AcquisitionType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate PDF prints (SPEC §3.12): plain data, filled from the certificate record by the issuing job and
 * handed to {@link CertificatePdf}. Texts may be {@code null} (printed empty) except the serial number, the holder's
 * name, the qualification and the verification URL, which every certificate has.
 *
 * @param serialNumber     证书编号 (printed, and the key of the public verification)
 * @param verificationCode 核验码, printed beside the serial number (may be {@code null})
 * @param holderName       姓名
 * @param sex              性别 as printed (男 / 女)
 * @param birthDate        出生日期
 * @param idNumber         身份证号 as printed (the caller decides whether to mask it)
 * @param employer         工作单位 (long names wrap, then shrink)
 * @param series           职称系列, e.g. 工程技术人员
 * @param specialty        专业
 * @param qualification    资格名称, e.g. 高级工程师
 * @param level            级别 as displayed, e.g. 高级（副高）
 * @param acquisition      取得方式 (职称评审 / 初定 / 确认 / 委托评审); decides the wording 经评审 / 经初定 …
 * @param evaluationBody   评审机构 (the committee, or the issuing unit for 初定)
 * @param approvalDate     批准时间
 * @param documentNumber   职称文件文号, e.g. 川人社职〔2026〕12号
 * @param issuingAuthority 发证机构
 * @param issueDate        发证日期
 * @param photo            JPEG or PNG bytes of the holder's photo; {@code null}: an empty frame is printed
 * @param verificationUrl  what the QR code encodes: the public verification page of this certificate
 */
public record CertificateFacts(String serialNumber, String verificationCode, String holderName, String sex,
                               LocalDate birthDate, String idNumber, String employer, String series, String specialty,
                               String qualification, String level, AcquisitionType acquisition, String evaluationBody,
                               LocalDate approvalDate, String documentNumber, String issuingAuthority,
                               LocalDate issueDate, byte[] photo, String verificationUrl) {

    public CertificateFacts {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }

    /** Whether a photo is printed (else an empty frame). */
    public boolean hasPhoto() {
        return photo != null && photo.length > 0;
    }

    /** A copy with another photo ({@code null}: none). */
    public CertificateFacts withPhoto(byte[] otherPhoto) {
        return new CertificateFacts(serialNumber, verificationCode, holderName, sex, birthDate, idNumber, employer,
                series, specialty, qualification, level, acquisition, evaluationBody, approvalDate, documentNumber,
                issuingAuthority, issueDate, otherPhoto, verificationUrl);
    }

    /** Field by field; the photo by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateFacts that && java.util.Arrays.equals(photo, that.photo)
                && java.util.Arrays.equals(texts(), that.texts());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(texts()) * 31 + java.util.Arrays.hashCode(photo);
    }

    /** Without the ID number and the photo's bytes (it goes to logs). */
    @Override
    public String toString() {
        return "CertificateFacts[serialNumber=" + serialNumber + ", holderName=" + holderName + ", qualification="
                + qualification + ", acquisition=" + acquisition + ", issuingAuthority=" + issuingAuthority
                + ", issueDate=" + issueDate + ", photo=" + (hasPhoto() ? photo.length + " bytes" : "none") + "]";
    }

    private Object[] texts() {
        return new Object[] {serialNumber, verificationCode, holderName, sex, birthDate, idNumber, employer, series,
                specialty, qualification, level, acquisition, evaluationBody, approvalDate, documentNumber,
                issuingAuthority, issueDate, verificationUrl};
    }
}
