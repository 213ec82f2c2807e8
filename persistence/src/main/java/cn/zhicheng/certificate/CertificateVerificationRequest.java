package cn.zhicheng.certificate;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.history.AcquisitionType;
import cn.zhicheng.history.ConfirmedTitle;
import cn.zhicheng.history.DocumentNumber;
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
import java.util.Objects;

/**
 * 证书核验 (SPEC §3.8.7, §3.15.5): the applicant declares a historical certificate the evaluating or approving body has
 * not collected, with the certificate information, the evaluation organisation (a filed committee or a historical
 * evaluation institution), the social-insurance data synchronised at the time and scans of the certificate. It is
 * reviewed by the organisation's formation unit (组建单位; for a historical institution the 人社部门 that created it).
 */
@Entity
@Table(name = "certificate_verification")
public class CertificateVerificationRequest extends PersonalRequest {

    /** The flow-log type of this kind, also the source type of the historical record it becomes. */
    public static final String TYPE = "CERTIFICATE_VERIFICATION";

    public static final int CERTIFICATE_NO_MAX = 50;
    public static final int SPECIALTY_MAX = 50;
    public static final int QUALIFICATION_MAX = 100;

    @Id
    @SequenceGenerator(name = "certificate_verification_seq", sequenceName = "certificate_verification_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_verification_seq")
    private Long id;

    @Column(name = "certificate_no", length = CERTIFICATE_NO_MAX)
    private String certificateNo;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", length = 24)
    private EvaluationOrganisationKind organisationKind;

    /** The committee's or the historical institution's id, by {@link #organisationKind}. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "document_number", length = DocumentNumber.MAX_LENGTH)
    private String documentNumber;

    /** 同步社保数据: when, against which unit, and whether an insurance record exists there. */
    @Column(name = "insurance_synced_at")
    private OffsetDateTime insuranceSyncedAt;

    @Column(name = "insurance_unit_name", length = 200)
    private String insuranceUnitName;

    @Column(name = "insured")
    private Boolean insured;

    @ElementCollection
    @CollectionTable(name = "certificate_verification_attachment",
            joinColumns = @JoinColumn(name = "verification_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id", nullable = false)
    private List<Long> attachmentIds = new ArrayList<>();

    protected CertificateVerificationRequest() {
    }

    public CertificateVerificationRequest(Account applicant, OffsetDateTime now) {
        super(applicant, now);
    }

    /**
     * Sets the certificate information and the evaluation organisation; each field is required and checked with its
     * own message. The 文号 follows the 〔〕 form and its year is the year of 批准时间 (SPEC §3.13.2 rules 6–7).
     */
    public void describe(VerificationDetails d, EvaluationOrganisationKind kind, Long organisationId,
                         String organisationName, LocalDate today) {
        requireEditable();
        String number = requiredText(d.certificateNo(), CERTIFICATE_NO_MAX, "certificateVerification.certificateNo");
        TitleSeries chosenSeries = required(d.series(), "certificateVerification.series");
        TitleLevel chosenLevel = required(d.level(), "certificateVerification.level");
        String chosenSpecialty = requiredText(d.specialty(), SPECIALTY_MAX, "certificateVerification.specialty");
        String qualification = requiredText(d.qualificationName(), QUALIFICATION_MAX,
                "certificateVerification.qualification");
        if (kind == null || organisationId == null) {
            throw new BusinessException("certificateVerification.organisation.required");
        }
        LocalDate approved = required(d.approvedOn(), "certificateVerification.approvedOn");
        if (approved.isAfter(today)) {
            throw new BusinessException("certificateVerification.approvedOn.future");
        }
        DocumentNumber document = DocumentNumber.of(d.documentNumber());
        if (document.year() != approved.getYear()) {
            throw new BusinessException("certificateVerification.documentNumber.year", document.year(),
                    approved.getYear());
        }
        this.certificateNo = number;
        this.series = chosenSeries;
        this.level = chosenLevel;
        this.specialty = chosenSpecialty;
        this.qualificationName = qualification;
        this.organisationKind = kind;
        this.organisationId = organisationId;
        this.organisationName = Objects.requireNonNull(organisationName);
        this.approvedOn = approved;
        this.documentNumber = document.value();
    }

    /** 同步社保数据: the answer of the social-insurance adapter for the applicant at the unit named. */
    public void recordInsurance(String unitName, boolean insuredThere, OffsetDateTime now) {
        requireEditable();
        this.insuranceUnitName = unitName;
        this.insured = insuredThere;
        this.insuranceSyncedAt = now;
    }

    /**
     * Once the formation unit passed it, the certificate as the historical record its evaluation organisation would
     * have collected (SPEC §3.15.5 "or the stated type", §3.8.7): the form states no 取得方式 but a 评审组织 — a filed
     * committee or a historical evaluation institution — so the title was obtained by 职称评审 and that organisation
     * is its 评审机构 (§3.13.2 rule 1); 批准时间 and 文号 as stated. {@code highRisk}: 同步社保数据 found no record at
     * the employer (rule 8, a warning only).
     */
    public ConfirmedTitle confirmedTitle() {
        requirePassed();
        return new ConfirmedTitle(TYPE, id, "证书核验", AcquisitionType.REVIEW, getApplicantName(),
                getApplicantIdNumber(), certificateNo, series.getName(), level, qualificationName, specialty,
                organisationName, approvedOn, documentNumber, Boolean.FALSE.equals(insured));
    }

    @Override
    protected void checkComplete() {
        if (certificateNo == null || organisationId == null) {
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

    public String getCertificateNo() {
        return certificateNo;
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

    public EvaluationOrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public OffsetDateTime getInsuranceSyncedAt() {
        return insuranceSyncedAt;
    }

    public String getInsuranceUnitName() {
        return insuranceUnitName;
    }

    public Boolean getInsured() {
        return insured;
    }
}
