package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.ConfirmedTitle;
import cn.zhicheng.history.HistoryRowCheck;
import cn.zhicheng.org.Account;
import cn.zhicheng.review.PersonalRequest;
import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 外省职称确认 (SPEC §3.8.10, §3.15.5): a title the applicant obtained in another province, with its certificate scans,
 * submitted to the employer unit and reviewed up the unit chain (职称确认审核). Once passed it becomes historical
 * certificate data of type 确认 for issuance ({@link #confirmedTitle}).
 */
@Entity
@Table(name = "out_of_province_title")
public class OutOfProvinceTitleConfirmation extends PersonalRequest {

    /** The flow-log type of this kind, also the source type of the historical record it becomes. */
    public static final String TYPE = "OUT_OF_PROVINCE_TITLE";

    public static final int PROVINCE_MAX = 20;
    public static final int AUTHORITY_MAX = 100;
    public static final int SPECIALTY_MAX = 50;
    public static final int QUALIFICATION_MAX = 100;
    public static final int CERTIFICATE_NO_MAX = 50;
    public static final int DOCUMENT_NUMBER_MAX = 50;

    @Id
    @SequenceGenerator(name = "out_of_province_title_seq", sequenceName = "out_of_province_title_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "out_of_province_title_seq")
    private Long id;

    @Column(length = PROVINCE_MAX)
    private String province;

    @Column(name = "issuing_authority", length = AUTHORITY_MAX)
    private String issuingAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TitleLevel level;

    @Column(length = SPECIALTY_MAX)
    private String specialty;

    @Column(name = "qualification_name", length = QUALIFICATION_MAX)
    private String qualificationName;

    @Column(name = "obtained_on")
    private LocalDate obtainedOn;

    @Column(name = "certificate_no", length = CERTIFICATE_NO_MAX)
    private String certificateNo;

    @Column(name = "document_number", length = DOCUMENT_NUMBER_MAX)
    private String documentNumber;

    @ElementCollection
    @CollectionTable(name = "out_of_province_title_attachment", joinColumns = @JoinColumn(name = "confirmation_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id", nullable = false)
    private List<Long> attachmentIds = new ArrayList<>();

    protected OutOfProvinceTitleConfirmation() {
    }

    public OutOfProvinceTitleConfirmation(Account applicant, OffsetDateTime now) {
        super(applicant, now);
    }

    /** Sets every field of the form; each is required and checked with its own message. */
    public void describe(OutOfProvinceTitleDetails d, LocalDate today) {
        requireEditable();
        String chosenProvince = requiredText(d.province(), PROVINCE_MAX, "outOfProvince.province");
        String authority = requiredText(d.issuingAuthority(), AUTHORITY_MAX, "outOfProvince.issuingAuthority");
        TitleSeries chosenSeries = required(d.series(), "outOfProvince.series");
        TitleLevel chosenLevel = required(d.level(), "outOfProvince.level");
        String chosenSpecialty = requiredText(d.specialty(), SPECIALTY_MAX, "outOfProvince.specialty");
        String qualification = requiredText(d.qualificationName(), QUALIFICATION_MAX, "outOfProvince.qualification");
        LocalDate obtained = required(d.obtainedOn(), "outOfProvince.obtainedOn");
        if (obtained.isAfter(today)) {
            throw new BusinessException("outOfProvince.obtainedOn.future");
        }
        String number = requiredText(d.certificateNo(), CERTIFICATE_NO_MAX, "outOfProvince.certificateNo");
        String document = requiredText(d.documentNumber(), DOCUMENT_NUMBER_MAX, "outOfProvince.documentNumber");
        this.province = chosenProvince;
        this.issuingAuthority = authority;
        this.series = chosenSeries;
        this.level = chosenLevel;
        this.specialty = chosenSpecialty;
        this.qualificationName = qualification;
        this.obtainedOn = obtained;
        this.certificateNo = number;
        this.documentNumber = document;
    }

    /** The employer the request was submitted to (the first unit of its path), or null before the first submission. */
    public Long employerUnitId() {
        return path().isEmpty() ? null : path().get(0);
    }

    /**
     * Once the last unit passed it, the title as historical certificate data of type 确认 (SPEC §3.15.5), like the
     * 确认 data an issuing authority imports: its 评审机构 is 确认 (§3.13.2 rule 3); 取得时间 is the 批准时间 and the
     * 文号 the one the applicant stated (another province's 文号, kept as written). {@code highRisk}: the holder has no
     * social-insurance record at the employer (rule 8, a warning only).
     */
    public ConfirmedTitle confirmedTitle(boolean highRisk) {
        requirePassed();
        return new ConfirmedTitle(TYPE, id, "外省职称确认", AcquisitionType.CONFIRMATION, getApplicantName(),
                getApplicantIdNumber(), certificateNo, series.getName(), level, qualificationName, specialty,
                HistoryRowCheck.CONFIRMATION_INSTITUTION, obtainedOn, documentNumber, highRisk);
    }

    @Override
    protected void checkComplete() {
        if (province == null || certificateNo == null) {
            throw new BusinessException("personalRequest.incomplete");
        }
    }

    @Override
    protected List<Long> attachmentIdList() {
        return attachmentIds;
    }

    public Long getId() {
        return id;
    }

    public String getProvince() {
        return province;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public LocalDate getObtainedOn() {
        return obtainedOn;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }
}
