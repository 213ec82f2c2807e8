package cn.zhicheng.expert;

import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.IdNumber;
import cn.zhicheng.org.Sex;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An expert (专家 / 评委) as a person: one record per ID number, whichever committees' pools they belong to
 * (issue 4: one person, one account). Holds the 新增专家信息 fields (SPEC §3.6.2) and the sections the expert
 * completes personally (§3.6.5). 年龄 is derived from the birth month, never stored; 信息是否完整 is computed
 * ({@link #isComplete()}).
 */
@Entity
@Table(name = "expert")
@NamedQuery(name = Expert.FIND_BY_ID_NUMBER, query = "select e from Expert e where e.idNumber = :idNumber")
@NamedQuery(name = Expert.FIND_BY_ACCOUNT, query = "select e from Expert e where e.accountId = :accountId")
public class Expert {

    public static final String FIND_BY_ID_NUMBER = "Expert.findByIdNumber";
    public static final String FIND_BY_ACCOUNT = "Expert.findByAccount";
    public static final int NAME_MAX = 10;

    @Id
    @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "id_number", nullable = false, length = 18)
    private IdNumber idNumber;

    /** The expert's log-in account, once created. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = ExpertInput.COUNTRY_MAX)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 16)
    private IdDocumentType idType;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    /** 出生年月, stored as the first day of the month. */
    @Column(name = "birth_month")
    private LocalDate birthMonth;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "work_unit", length = ExpertInput.WORK_UNIT_MAX)
    private String workUnit;

    @Column(name = "competent_unit", length = ExpertInput.COMPETENT_UNIT_MAX)
    private String competentUnit;

    @Column(name = "admin_post", length = ExpertInput.ADMIN_POST_MAX)
    private String adminPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_post_level", length = 16)
    private AdminPostLevel adminPostLevel;

    @Column(length = 11)
    private String phone1;

    @Column(length = 11)
    private String phone2;

    @Column(length = ExpertInput.HONOURS_MAX)
    private String honours;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    @Column(length = ExpertInput.SPECIALTY_MAX)
    private String specialty;

    @Column(name = "current_title", length = ExpertInput.CURRENT_TITLE_MAX)
    private String currentTitle;

    @ElementCollection
    @CollectionTable(name = "expert_profile_entry", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "position")
    private List<ProfileEntry> profile = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Expert() {
    }

    /** A person known only by name and ID number (e.g. a committee's initial list); details follow later. */
    public Expert(String name, IdNumber idNumber, OffsetDateTime now) {
        rename(name);
        this.idNumber = Objects.requireNonNull(idNumber);
        this.country = ExpertInput.DEFAULT_COUNTRY;
        this.idType = IdDocumentType.RESIDENT_ID;
        this.createdAt = now;
    }

    /** A person with every 新增专家信息 field (checked by {@link ExpertInput#validate()}). */
    public Expert(ExpertDetails details, TitleSeries series, OffsetDateTime now) {
        this(details.name(), details.idNumber(), now);
        describe(details, series);
    }

    /**
     * Replaces the 新增专家信息 fields. The ID number is the person's natural key and cannot change (SPEC §4.5).
     */
    public void describe(ExpertDetails details, TitleSeries newSeries) {
        if (!details.idNumber().equals(idNumber)) {
            throw new BusinessException("expert.idNumber.immutable");
        }
        rename(details.name());
        this.country = details.country();
        this.idType = details.idType();
        this.sex = details.sex();
        this.birthMonth = details.birthMonth().atDay(1);
        this.retired = details.retired();
        this.workUnit = details.workUnit();
        this.competentUnit = details.competentUnit();
        this.adminPost = details.adminPost();
        this.adminPostLevel = details.adminPostLevel();
        this.phone1 = details.phone1();
        this.phone2 = details.phone2();
        this.honours = details.honours();
        this.series = newSeries;
        this.specialty = details.specialty();
        this.currentTitle = details.currentTitle();
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("expert.name.required");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new BusinessException("expert.name.tooLong", NAME_MAX);
        }
        this.name = newName.strip();
    }

    public void linkAccount(Long newAccountId) {
        this.accountId = Objects.requireNonNull(newAccountId);
    }

    public boolean hasAccount() {
        return accountId != null;
    }

    /** Replaces one section of the self-completed profile; the other sections stay. */
    public void replaceSection(ProfileSection section, List<ProfileEntry> entries) {
        for (ProfileEntry entry : entries) {
            if (entry.getSection() != section) {
                throw new IllegalArgumentException("entry of " + entry.getSection() + " in " + section);
            }
        }
        profile.removeIf(e -> e.getSection() == section);
        profile.addAll(entries);
    }

    public List<ProfileEntry> section(ProfileSection section) {
        return profile.stream().filter(e -> e.getSection() == section).toList();
    }

    public List<ProfileEntry> getProfile() {
        return Collections.unmodifiableList(profile);
    }

    /** 年龄 in whole years on the given day, from the birth month (or the ID number when no month was entered). */
    public int age(LocalDate today) {
        LocalDate born = birthMonth != null ? birthMonth : idNumber.birthDate();
        return Period.between(born, today).getYears();
    }

    /**
     * 信息是否完整: every required 新增专家信息 field is present and the required self-completed sections (学习经历,
     * 工作履历) hold at least one line.
     */
    public boolean isComplete() {
        boolean basic = sex != null && birthMonth != null && present(workUnit) && present(adminPost)
                && present(phone1) && present(honours) && present(specialty) && present(currentTitle);
        return basic && java.util.Arrays.stream(ProfileSection.values()).filter(ProfileSection::isRequired)
                .allMatch(s -> !section(s).isEmpty());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public Long getAccountId() {
        return accountId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCountry() {
        return country;
    }

    public IdDocumentType getIdType() {
        return idType;
    }

    public Sex getSex() {
        return sex;
    }

    public YearMonth getBirthMonth() {
        return birthMonth == null ? null : YearMonth.from(birthMonth);
    }

    public boolean isRetired() {
        return retired;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public String getCompetentUnit() {
        return competentUnit;
    }

    public String getAdminPost() {
        return adminPost;
    }

    public AdminPostLevel getAdminPostLevel() {
        return adminPostLevel;
    }

    public String getPhone1() {
        return phone1;
    }

    public String getPhone2() {
        return phone2;
    }

    public String getHonours() {
        return honours;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getCurrentTitle() {
        return currentTitle;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Expert other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Expert.class.hashCode();
    }
}
