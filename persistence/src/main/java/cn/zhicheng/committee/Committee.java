package cn.zhicheng.committee;

import cn.zhicheng.catalog.TitleLevel;
import cn.zhicheng.catalog.TitleSeries;
import cn.zhicheng.org.Unit;
import cn.zhicheng.org.UnitNature;
import cn.zhicheng.review.ReviewPosition;
import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.Times;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A review committee (评委会, SPEC §3.5) formed by a unit (组建单位) for one title series, with its filing data
 * (§3.5.1 step 1), its 核准备案请示 and its filing workflow: 未备案 → 授权管理单位审核中 → 备案单位审核中 → 已备案
 * (valid three years, SPEC §4.1, §5) or 审核不通过 (edited and submitted again). The transitions are in
 * {@link FilingStatus}; while under review the committee holds the {@link ReviewPosition} of the unit's internal
 * multi-post sequence it waits at.
 */
@Entity
@Table(name = "committee")
public class Committee {

    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 100;
    public static final int CONTACT_MAX = 50;
    public static final int ADDRESS_MAX = 200;
    public static final int OPINION_MAX = 1000;
    public static final int SPECIALTY_MAX = 100;
    public static final int CODE_MAX = 32;
    /** 备案有效期: three years from approval (SPEC §3.5.1, §5). */
    public static final int VALIDITY_YEARS = 3;

    @Id
    @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "formation_unit_id")
    private Unit formationUnit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private TitleSeries series;

    /** 是否单位内部自主评审: only such committees may edit their specialty tree (with the committee setting). */
    @Column(name = "internal_review", nullable = false)
    private boolean internalReview;

    /** 评委会办事机构 */
    @Column(length = TEXT_MAX)
    private String agency;

    /** 评委会办公室 */
    @Column(name = "office", length = TEXT_MAX)
    private String office;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_type", length = 16)
    private CommitteeReviewType reviewType;

    /** 评审级别 (several: a higher committee may also evaluate lower levels). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_level", joinColumns = @JoinColumn(name = "committee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 16)
    private Set<TitleLevel> levels = EnumSet.noneOf(TitleLevel.class);

    /** 授权管理单位 (发证机构) */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authorising_unit_id")
    private Unit authorisingUnit;

    /** 备案单位 (备案批复单位) */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "filing_unit_id")
    private Unit filingUnit;

    @Column(name = "contact_person", length = CONTACT_MAX)
    private String contactPerson;

    @Column(name = "contact_phone", length = ContactPhone.MAX)
    private String contactPhone;

    @Column(length = ADDRESS_MAX)
    private String address;

    /** 是否拨付经费 */
    @Column(nullable = false)
    private boolean funded;

    /** 申报人所在单位的单位性质: empty = no restriction. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_applicant_nature", joinColumns = @JoinColumn(name = "committee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "nature", length = 32)
    private Set<UnitNature> applicantNatures = EnumSet.noneOf(UnitNature.class);

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CommitteeFormation formation;

    /** 评审专业 (按专业创建) */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_specialty_name", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = SPECIALTY_MAX)
    private List<String> specialties = new ArrayList<>();

    /** 评审区域: region codes whose applicants apply directly. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_region", joinColumns = @JoinColumn(name = "committee_id"))
    @Column(name = "region_code", length = 12)
    private Set<String> regionCodes = new TreeSet<>();

    /** 评委会代码 (HB: the login of the committee's code account). */
    @Column(length = CODE_MAX)
    private String code;

    /** 核准备案请示 / 评委会备案文件 */
    @Column(name = "request_document_id")
    private Long requestDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_status", nullable = false, length = 24)
    private FilingStatus status = FilingStatus.DRAFT;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "unitId", column = @Column(name = "review_unit_id")),
            @AttributeOverride(name = "level", column = @Column(name = "review_level"))})
    private ReviewPosition position;

    /** The opinion of the last 审核不通过, shown in red on the list. */
    @Column(name = "last_opinion", length = OPINION_MAX)
    private String lastOpinion;

    /** The unit whose reviewer gave the last 审核不通过 (its 审核不通过 tab). */
    @Column(name = "rejected_by_unit_id")
    private Long rejectedByUnitId;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    /** 最近一次备案通过时间 */
    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    /** Last day of the 备案有效期 (inclusive). */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Committee() {
    }

    public Committee(String name, Unit formationUnit, TitleSeries series, boolean internalReview, OffsetDateTime now) {
        rename(name);
        this.formationUnit = Objects.requireNonNull(formationUnit);
        this.series = Objects.requireNonNull(series);
        this.internalReview = internalReview;
        this.createdAt = now;
    }

    /** A new draft (未备案) with its step-1 data. */
    public static Committee draft(CommitteeProfile profile, Unit formationUnit, TitleSeries series,
                                  Unit authorisingUnit, Unit filingUnit, OffsetDateTime now) {
        Committee committee = new Committee(profile.name(), formationUnit, series, profile.internalReview(), now);
        committee.describe(profile, series, authorisingUnit, filingUnit);
        return committee;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("committee.name.required");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw new BusinessException("committee.name.tooLong", NAME_MAX);
        }
        this.name = newName.strip();
    }

    /** Saves step 1 (基本信息 + 评审范围); only a draft or a rejected filing may change. */
    public void describe(CommitteeProfile p, TitleSeries newSeries, Unit newAuthorisingUnit, Unit newFilingUnit) {
        if (!status.isEditable()) {
            throw new BusinessException("committee.notEditable");
        }
        apply(p, newSeries, newAuthorisingUnit, newFilingUnit);
    }

    /**
     * HB 编辑评委会 (SPEC §3.5.4): the 职改办 that created and authorised a committee with a code corrects its data;
     * no review follows because the same office authorised it.
     */
    public void reviseAuthorised(CommitteeProfile p, TitleSeries newSeries, Unit newAuthorisingUnit,
                                 Unit newFilingUnit) {
        if (code == null || status != FilingStatus.FILED) {
            throw new BusinessException("committee.notEditable");
        }
        apply(p, newSeries, newAuthorisingUnit, newFilingUnit);
    }

    private void apply(CommitteeProfile p, TitleSeries newSeries, Unit newAuthorisingUnit, Unit newFilingUnit) {
        rename(p.name());
        String newAgency = required(p.agency(), "committee.agency.required", TEXT_MAX, "committee.agency.tooLong");
        String newOffice = required(p.office(), "committee.office.required", TEXT_MAX, "committee.office.tooLong");
        if (p.reviewType() == null) {
            throw new BusinessException("committee.reviewType.required");
        }
        if (p.levels() == null || p.levels().isEmpty()) {
            throw new BusinessException("committee.levels.required");
        }
        if (newAuthorisingUnit == null) {
            throw new BusinessException("committee.authorisingUnit.required");
        }
        if (newFilingUnit == null) {
            throw new BusinessException("committee.filingUnit.required");
        }
        String newContact = required(p.contactPerson(), "committee.contactPerson.required", CONTACT_MAX,
                "committee.contactPerson.tooLong");
        String newPhone = ContactPhone.check(p.contactPhone());
        String newAddress = required(p.address(), "committee.address.required", ADDRESS_MAX,
                "committee.address.tooLong");
        if (p.formation() == null) {
            throw new BusinessException("committee.formation.required");
        }
        if (newSeries == null) {
            throw new BusinessException("committee.series.required");
        }
        List<String> newSpecialties = cleanSpecialties(p.specialties());
        if (p.formation() == CommitteeFormation.BY_SPECIALTY && newSpecialties.isEmpty()) {
            throw new BusinessException("committee.specialties.required");
        }
        if (p.regionCodes() == null || p.regionCodes().isEmpty()) {
            throw new BusinessException("committee.regions.required");
        }
        this.agency = newAgency;
        this.office = newOffice;
        this.reviewType = p.reviewType();
        this.levels.clear();
        this.levels.addAll(p.levels());
        this.authorisingUnit = newAuthorisingUnit;
        this.filingUnit = newFilingUnit;
        this.contactPerson = newContact;
        this.contactPhone = newPhone;
        this.address = newAddress;
        this.funded = p.funded();
        this.internalReview = p.internalReview();
        this.applicantNatures.clear();
        if (p.applicantNatures() != null) {
            this.applicantNatures.addAll(p.applicantNatures());
        }
        this.formation = p.formation();
        this.series = newSeries;
        this.specialties.clear();
        if (p.formation() == CommitteeFormation.BY_SPECIALTY) {
            this.specialties.addAll(newSpecialties);
        }
        this.regionCodes.clear();
        this.regionCodes.addAll(p.regionCodes());
    }

    private static List<String> cleanSpecialties(List<String> raw) {
        Set<String> result = new LinkedHashSet<>();
        if (raw != null) {
            for (String s : raw) {
                if (s != null && !s.isBlank()) {
                    if (s.strip().length() > SPECIALTY_MAX) {
                        throw new BusinessException("committee.specialty.tooLong", SPECIALTY_MAX);
                    }
                    result.add(s.strip());
                }
            }
        }
        return new ArrayList<>(result);
    }

    private static String required(String value, String requiredKey, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(requiredKey);
        }
        if (value.strip().length() > max) {
            throw new BusinessException(tooLongKey, max);
        }
        return value.strip();
    }

    /** Attaches the uploaded 核准备案请示 (replacing an earlier one) while the filing may change. */
    public void attachRequestDocument(Long attachmentId) {
        if (status.isUnderReview()) {
            throw new BusinessException("committee.notEditable");
        }
        this.requestDocumentId = Objects.requireNonNull(attachmentId);
    }

    /** HB: the 评委会代码, the login of the committee's code account. */
    public void assignCode(String newCode) {
        if (newCode == null || newCode.isBlank()) {
            throw new BusinessException("committee.code.required");
        }
        if (!newCode.strip().matches("[A-Za-z0-9_-]{2," + CODE_MAX + "}")) {
            throw new BusinessException("committee.code.format", CODE_MAX);
        }
        this.code = newCode.strip();
    }

    /**
     * The unit that reviews the experts of this committee's pool: the unit above the formation unit (SPEC §3.6.4);
     * a committee formed by the province's root unit (HB 职改办) has its pool reviewed by that unit itself.
     */
    public Unit poolReviewingUnit() {
        Unit parent = formationUnit.getParent();
        return parent != null ? parent : formationUnit;
    }

    /** The pool size SPEC §5 requires for this committee's formation. */
    public int minimumMembers(int bySeries, int bySpecialty) {
        return formation == CommitteeFormation.BY_SPECIALTY ? bySpecialty : bySeries;
    }

    /**
     * 提交备案 / 备案申请 (renewal): the filing goes to the authorising unit, entering its sequence at
     * {@code entry}. Refused without the 核准备案请示, with an incomplete step 1 or with fewer pool members than
     * required (SPEC §5; the message says how many there are and how many are needed).
     */
    public void submit(long poolMembers, int requiredMembers, long incompleteMembers, ReviewPosition entry,
                       OffsetDateTime now) {
        if (!status.canSubmit()) {
            throw new BusinessException("committee.submit.notAllowed");
        }
        if (!isComplete()) {
            throw new BusinessException("committee.submit.incomplete");
        }
        if (poolMembers < requiredMembers) {
            throw new BusinessException(formation == CommitteeFormation.BY_SPECIALTY
                    ? "committee.submit.tooFewMembers.specialty" : "committee.submit.tooFewMembers.series",
                    requiredMembers, poolMembers);
        }
        if (incompleteMembers > 0) {
            // SPEC §3.5.1 step 2: "专家各项信息需完善，未完善不可提交"
            throw new BusinessException("committee.submit.incompleteExperts", incompleteMembers);
        }
        if (requestDocumentId == null) {
            throw new BusinessException("committee.submit.documentMissing");
        }
        Objects.requireNonNull(entry);
        if (!entry.isInUnit(authorisingUnit.getId()) || !entry.isFirstLevel()) {
            throw new IllegalArgumentException("a filing enters the authorising unit at level 1: " + entry);
        }
        moveTo(FilingStatus.AUTHORISING_REVIEW);
        this.position = entry;
        this.submittedAt = now;
    }

    /** A pass that keeps the item in the same unit: the next level of its multi-post sequence. */
    public void moveToLevel(ReviewPosition next) {
        requireUnderReview();
        if (!next.getUnitId().equals(position.getUnitId()) || next.getLevel() <= position.getLevel()) {
            throw new IllegalArgumentException("not a later level of the same unit: " + position + " -> " + next);
        }
        this.position = next;
    }

    /**
     * A pass at the last level of the unit: from the authorising unit to the filing unit (entering it at
     * {@code filingUnitEntry}), or from the filing unit to 已备案 with validity from today for three years.
     */
    public void passUnit(ReviewPosition filingUnitEntry, OffsetDateTime now) {
        requireUnderReview();
        if (status == FilingStatus.AUTHORISING_REVIEW) {
            Objects.requireNonNull(filingUnitEntry, "filingUnitEntry");
            if (!filingUnitEntry.isInUnit(filingUnit.getId()) || !filingUnitEntry.isFirstLevel()) {
                throw new IllegalArgumentException("the filing unit is entered at level 1: " + filingUnitEntry);
            }
            moveTo(FilingStatus.FILING_REVIEW);
            this.position = filingUnitEntry;
        } else {
            approve(now);
        }
    }

    /** HB: the 职改办 creates the committee authorised at once (SPEC §3.5.4: no filing review). */
    public void authoriseAtCreation(OffsetDateTime now) {
        if (!status.canBecome(FilingStatus.FILED)) {
            throw new BusinessException("committee.submit.notAllowed");
        }
        approve(now);
    }

    private void approve(OffsetDateTime now) {
        moveTo(FilingStatus.FILED);
        this.position = null;
        this.lastOpinion = null;
        this.approvedAt = now;
        this.validUntil = now.atZoneSameInstant(Times.ZONE).toLocalDate().plusYears(VALIDITY_YEARS);
    }

    /** 审核不通过 with the required opinion (at most 1000 characters): back to the formation unit. */
    public void reject(String opinion) {
        requireUnderReview();
        if (opinion == null || opinion.isBlank()) {
            throw new BusinessException("committee.opinion.required");
        }
        if (opinion.strip().length() > OPINION_MAX) {
            throw new BusinessException("committee.opinion.tooLong", OPINION_MAX);
        }
        moveTo(FilingStatus.REJECTED);
        this.rejectedByUnitId = position.getUnitId();
        this.position = null;
        this.lastOpinion = opinion.strip();
    }

    private void requireUnderReview() {
        if (!status.isUnderReview() || position == null) {
            throw new BusinessException("committee.review.notWaiting");
        }
    }

    private void moveTo(FilingStatus target) {
        if (!status.canBecome(target)) {
            throw new BusinessException("committee.status.transition", status.name(), target.name());
        }
        this.status = target;
    }

    /** Step 1 is complete (drafts created by the SX 主管部门 or HB 职改办 may still lack data). */
    public boolean isComplete() {
        return agency != null && office != null && reviewType != null && !levels.isEmpty() && authorisingUnit != null
                && filingUnit != null && contactPerson != null && contactPhone != null && address != null
                && formation != null && !regionCodes.isEmpty()
                && (formation != CommitteeFormation.BY_SPECIALTY || !specialties.isEmpty());
    }

    /**
     * The filing is valid on that day: approved at least once and the day within the 备案有效期. A renewal under
     * review keeps the earlier filing valid until it ends. Only such committees may create review activities.
     */
    public boolean isFiledOn(LocalDate day) {
        return approvedAt != null && validUntil != null && !day.isAfter(validUntil);
    }

    /** 已过期: a filing was approved once and its validity ended before that day. */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && day.isAfter(validUntil);
    }

    /** First day of the 备案有效期. */
    public LocalDate getValidFrom() {
        return approvedAt == null ? null : approvedAt.atZoneSameInstant(Times.ZONE).toLocalDate();
    }

    /** The unit the filing waits at, or null when nobody reviews it. */
    public Long getWaitingUnitId() {
        return position == null ? null : position.getUnitId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getFormationUnit() {
        return formationUnit;
    }

    public TitleSeries getSeries() {
        return series;
    }

    public boolean isInternalReview() {
        return internalReview;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getAgency() {
        return agency;
    }

    public String getOffice() {
        return office;
    }

    public CommitteeReviewType getReviewType() {
        return reviewType;
    }

    public Set<TitleLevel> getLevels() {
        return levels.isEmpty() ? EnumSet.noneOf(TitleLevel.class) : EnumSet.copyOf(levels);
    }

    public Unit getAuthorisingUnit() {
        return authorisingUnit;
    }

    public Unit getFilingUnit() {
        return filingUnit;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isFunded() {
        return funded;
    }

    public Set<UnitNature> getApplicantNatures() {
        return applicantNatures.isEmpty() ? EnumSet.noneOf(UnitNature.class) : EnumSet.copyOf(applicantNatures);
    }

    public CommitteeFormation getFormation() {
        return formation;
    }

    public List<String> getSpecialties() {
        return List.copyOf(specialties);
    }

    public Set<String> getRegionCodes() {
        return new TreeSet<>(regionCodes);
    }

    public String getCode() {
        return code;
    }

    public Long getRequestDocumentId() {
        return requestDocumentId;
    }

    public FilingStatus getStatus() {
        return status;
    }

    public ReviewPosition getPosition() {
        return position;
    }

    public String getLastOpinion() {
        return lastOpinion;
    }

    public Long getRejectedByUnitId() {
        return rejectedByUnitId;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Committee other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Committee.class.hashCode();
    }

    @Override
    public String toString() {
        return "Committee[" + id + " " + name + " " + status + "]";
    }
}
