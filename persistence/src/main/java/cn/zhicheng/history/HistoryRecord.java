package cn.zhicheng.history;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.org.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One collected historical certificate (采集证书, SPEC §3.13.3) in a batch. The same person, series, level and 文号
 * exist once (unique index): a restarted job or a re-uploaded file cannot store a row twice. {@code highRisk} is the
 * social-insurance warning of rule 8 (no insurance record at the collecting unit).
 */
@Entity
@Table(name = "history_record")
public class HistoryRecord {

    @Id
    @SequenceGenerator(name = "history_record_seq", sequenceName = "history_record_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_record_seq")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "row_number", nullable = false)
    private long rowNumber;

    @Column(name = "region_code", length = 12)
    private String regionCode;

    @Column(name = "id_type", nullable = false, length = 20)
    private String idType;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "certificate_no", length = 50)
    private String certificateNo;

    @Column(name = "series_name", nullable = false, length = 100)
    private String seriesName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TitleLevel level;

    @Column(name = "qualification_name", nullable = false, length = 100)
    private String qualificationName;

    @Column(length = 50)
    private String specialty;

    @Column(nullable = false, length = 100)
    private String institution;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "document_number", nullable = false, length = DocumentNumber.MAX_LENGTH)
    private String documentNumber;

    @Column(name = "work_unit", length = 100)
    private String workUnit;

    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected HistoryRecord() {
    }

    public HistoryRecord(long batchId, long rowNumber, HistoryDetails d, boolean highRisk, OffsetDateTime now) {
        this.batchId = batchId;
        this.rowNumber = rowNumber;
        this.regionCode = d.regionCode();
        this.idType = d.idType();
        this.idNumber = d.idNumber();
        this.name = d.name();
        this.sex = d.sex();
        this.birthDate = d.birthDate();
        this.certificateNo = d.certificateNo();
        this.seriesName = d.seriesName();
        this.level = d.level();
        this.qualificationName = d.qualificationName();
        this.specialty = d.specialty();
        this.institution = d.institution();
        this.reviewedOn = d.reviewedOn();
        this.approvedOn = d.approvedOn();
        this.documentNumber = d.documentNumber();
        this.workUnit = d.workUnit();
        this.highRisk = highRisk;
        this.createdAt = now;
    }

    /** Moves to the batch that takes the records an issuer returned ({@link HistoryBatch#splitReturned}). */
    public void moveTo(long returnedBatchId) {
        this.batchId = returnedBatchId;
    }

    /**
     * 修改 in the 详情 of an editable batch: the record takes the details of its corrected, newly checked row, and
     * the social-insurance warning for the (possibly new) person. The sheet row stays.
     */
    public void correct(HistoryDetails d, boolean highRisk) {
        this.regionCode = d.regionCode();
        this.idType = d.idType();
        this.idNumber = d.idNumber();
        this.name = d.name();
        this.sex = d.sex();
        this.birthDate = d.birthDate();
        this.certificateNo = d.certificateNo();
        this.seriesName = d.seriesName();
        this.level = d.level();
        this.qualificationName = d.qualificationName();
        this.specialty = d.specialty();
        this.institution = d.institution();
        this.reviewedOn = d.reviewedOn();
        this.approvedOn = d.approvedOn();
        this.documentNumber = d.documentNumber();
        this.workUnit = d.workUnit();
        this.highRisk = highRisk;
    }

    /** The record as a row of the import template, in {@link HistoryColumn} order (序号 left blank). */
    public List<String> cells() {
        return Arrays.asList("", text(regionCode), idType, idNumber, name, sex == Sex.MALE ? "男" : "女",
                birthDate.format(DateTimeFormatter.BASIC_ISO_DATE), text(certificateNo), seriesName,
                level.catalogName(), qualificationName, text(specialty), institution, reviewedOn.toString(),
                approvedOn.toString(), documentNumber, text(workUnit));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String duplicateKey() {
        return HistoryDetails.key(idNumber, seriesName, level, documentNumber);
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getQualificationName() {
        return qualificationName;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getInstitution() {
        return institution;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public boolean isHighRisk() {
        return highRisk;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    // ---- made from a passed 职称确认审核 request (SPEC §3.15.5); null for imported rows ----

    @Column(name = "source_request_type", length = 32)
    private String sourceRequestType;

    @Column(name = "source_request_id")
    private Long sourceRequestId;

    /** The one record of a {@link HistoryBatch#confirmedBy} batch, naming the request it came from. */
    public static HistoryRecord confirmed(long batchId, ConfirmedTitle title, String workUnit, LocalDate passedOn,
                                          OffsetDateTime now) {
        HistoryRecord record = new HistoryRecord(batchId, 1, title.details(workUnit, passedOn), title.highRisk(), now);
        record.sourceRequestType = title.sourceType();
        record.sourceRequestId = title.sourceId();
        return record;
    }

    public String getSourceRequestType() {
        return sourceRequestType;
    }

    public Long getSourceRequestId() {
        return sourceRequestId;
    }
}
