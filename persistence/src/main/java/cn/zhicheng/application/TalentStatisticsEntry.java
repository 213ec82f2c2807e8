package cn.zhicheng.application;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Account;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
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
 * 专技人才统计 individual entry (SPEC §3.8.9): the facts the 专技人才统计 table counts (§3.15.4) — 系列, 专业技术人员类别,
 * 性别, 民族, 政治面貌, 港澳台及外籍, 学历, 出生日期 — submitted to the employer unit, which passes it up to its parent
 * units or returns or rejects it. Sex and birth date must agree with the applicant's ID number (SPEC §4.5).
 */
@Entity
@Table(name = "talent_statistics_entry")
public class TalentStatisticsEntry extends PersonalRequest {

    public static final int ETHNICITY_MAX = 20;
    /** 汉族: every other 民族 is counted as 少数民族. */
    public static final String HAN = "汉族";

    @Id
    @SequenceGenerator(name = "talent_statistics_entry_seq", sequenceName = "talent_statistics_entry_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "talent_statistics_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private TalentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @Column(length = ETHNICITY_MAX)
    private String ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status", length = 24)
    private PoliticalStatus politicalStatus;

    @Column(name = "foreign_or_hmt", nullable = false)
    private boolean foreignOrHkMacaoTaiwan;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private EducationLevel education;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ElementCollection
    @CollectionTable(name = "talent_statistics_attachment", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id", nullable = false)
    private List<Long> attachmentIds = new ArrayList<>();

    protected TalentStatisticsEntry() {
    }

    public TalentStatisticsEntry(Account applicant, OffsetDateTime now) {
        super(applicant, now);
    }

    /** Sets every field of the form; each is required, and sex and birth date must match the ID number. */
    public void describe(TalentDetails d) {
        requireEditable();
        TitleSeries chosenSeries = required(d.series(), "talentEntry.series");
        TalentCategory chosenCategory = required(d.category(), "talentEntry.category");
        Sex chosenSex = required(d.sex(), "talentEntry.sex");
        String chosenEthnicity = requiredText(d.ethnicity(), ETHNICITY_MAX, "talentEntry.ethnicity");
        PoliticalStatus political = required(d.politicalStatus(), "talentEntry.politicalStatus");
        EducationLevel chosenEducation = required(d.education(), "talentEntry.education");
        LocalDate birth = required(d.birthDate(), "talentEntry.birthDate");
        if (IdNumber.isValid(getApplicantIdNumber())) {
            IdNumber idNumber = IdNumber.of(getApplicantIdNumber());
            if (chosenSex != idNumber.sex()) {
                throw new BusinessException("talentEntry.sex.mismatch");
            }
            if (!birth.equals(idNumber.birthDate())) {
                throw new BusinessException("talentEntry.birthDate.mismatch", idNumber.birthDate().toString());
            }
        }
        this.series = chosenSeries;
        this.category = chosenCategory;
        this.sex = chosenSex;
        this.ethnicity = chosenEthnicity;
        this.politicalStatus = political;
        this.foreignOrHkMacaoTaiwan = d.foreignOrHkMacaoTaiwan();
        this.education = chosenEducation;
        this.birthDate = birth;
    }

    /** Counted in the 少数民族 column. */
    public boolean isEthnicMinority() {
        return ethnicity != null && !HAN.equals(ethnicity) && !"汉".equals(ethnicity);
    }

    /** The employer the entry was submitted to (the first unit of its path), or null before the first submission. */
    public Long employerUnitId() {
        return path().isEmpty() ? null : path().get(0);
    }

    @Override
    protected boolean attachmentsRequired() {
        return false;
    }

    @Override
    protected void checkComplete() {
        if (series == null || category == null) {
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

    public TitleSeries getSeries() {
        return series;
    }

    public TalentCategory getCategory() {
        return category;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public boolean isForeignOrHkMacaoTaiwan() {
        return foreignOrHkMacaoTaiwan;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
