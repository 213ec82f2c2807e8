package cn.zhicheng.insurance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One person insured at one unit, as the database-backed {@link SocialInsuranceRecords} keeps it. */
@Entity
@Table(name = "social_insurance_record")
public class InsuranceRecord {

    @Id
    @SequenceGenerator(name = "social_insurance_record_seq", sequenceName = "social_insurance_record_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_insurance_record_seq")
    private Long id;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected InsuranceRecord() {
    }

    public InsuranceRecord(String idNumber, long unitId, LocalDate validFrom, LocalDate validTo) {
        this.idNumber = idNumber;
        this.unitId = unitId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long getId() {
        return id;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** A newer delivery of the same person's insurance at the same unit replaces the period. */
    public void replacePeriod(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
    }
}
