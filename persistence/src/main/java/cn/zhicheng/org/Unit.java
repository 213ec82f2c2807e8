package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import cn.zhicheng.shared.ListChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A unit (单位) in the title-business hierarchy. Its position is kept as a materialized path of ids
 * ("/1/7/42/") so that "this unit and everything below it" is one indexed range query, whatever the depth.
 */
@Entity
@EntityListeners(ListChanges.class)
@Table(name = "unit")
@NamedQuery(name = Unit.FIND_SUBTREE_IDS,
        query = "select u.id from Unit u where u.path >= :pathFrom and u.path < :pathTo")
public class Unit {

    public static final String FIND_SUBTREE_IDS = "Unit.findSubtreeIds";
    public static final int RETURN_REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", length = 18)
    private CreditCode creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "hrss_level", length = 16)
    private HrssLevel hrssLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "region_code", length = 12)
    private String regionCode;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private UnitNature nature;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(length = 200)
    private String address;

    @Column(name = "legal_person_name", length = 50)
    private String legalPersonName;

    @Column(name = "legal_person_id_number", length = 18)
    private IdNumber legalPersonIdNumber;

    @Column(name = "legal_person_phone", length = 30)
    private String legalPersonPhone;

    /** 企业营业执照: an attachment (purpose UNIT_DOCUMENT) uploaded with a self-registration. */
    @Column(name = "licence_attachment_id")
    private Long licenceAttachmentId;

    /**
     * The parent this unit asks to be placed under: for a registration (待审核 / 已退回) or, on an authorised unit, a
     * pending change of parent. The current parent stays in force until the requested one approves (SPEC §3.1.4).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_parent_id")
    private Unit requestedParent;

    @Column(name = "return_reason", length = RETURN_REASON_MAX)
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Unit() {
    }

    /**
     * A unit created by an authorised actor (its parent, or the installer for the root); it starts authorised.
     * Call {@link #placeUnder(Unit)} once its id is assigned.
     */
    public Unit(String name, CreditCode creditCode, UnitType type, HrssLevel hrssLevel, String regionCode,
                OffsetDateTime now) {
        this.name = requireText(name);
        this.creditCode = creditCode;
        this.type = Objects.requireNonNull(type);
        if (type == UnitType.HRSS && hrssLevel == null) {
            throw new BusinessException("unit.hrssLevel.required");
        }
        this.hrssLevel = type == UnitType.HRSS ? hrssLevel : null;
        this.regionCode = regionCode;
        this.status = UnitStatus.AUTHORIZED;
        this.createdAt = now;
        this.path = "";
    }

    /**
     * The unit of a self-registration (SPEC §3.1.3): known only by its name until the registrant completes it, not
     * authorised, placed at the top until its requested parent approves. Call {@link #placeUnder(Unit)} with
     * {@code null} once its id is assigned.
     */
    public static Unit selfRegistered(String name, OffsetDateTime now) {
        Unit unit = new Unit(name, null, UnitType.APPLYING_UNIT, null, null, now);
        unit.status = UnitStatus.UNAUTHORIZED;
        return unit;
    }

    /**
     * Replaces the basic information. Refused while a registration waits for its parent (待审核): what the parent
     * reviews must not change under it.
     */
    public void describe(UnitProfile profile) {
        if (status == UnitStatus.PENDING) {
            throw new BusinessException("unit.pending.locked", name);
        }
        this.name = profile.name();
        this.creditCode = profile.creditCode();
        this.nature = profile.nature();
        this.regionCode = profile.regionCode();
        this.contactPerson = profile.contactPerson();
        this.phone = profile.phone();
        this.address = profile.address();
    }

    /** 法人信息, which HRSS units do not have (they skip step 2 of SPEC §3.1.2). */
    public void changeLegalPerson(LegalPerson legalPerson) {
        if (type == UnitType.HRSS) {
            throw new BusinessException("unit.legalPerson.notForHrss");
        }
        this.legalPersonName = legalPerson == null ? null : legalPerson.name();
        this.legalPersonIdNumber = legalPerson == null ? null : legalPerson.idNumber();
        this.legalPersonPhone = legalPerson == null ? null : legalPerson.phone();
    }

    /** The registrant's choice of unit type: never 人社部门 (HRSS units are created by their parent). */
    public void changeRegisteredType(UnitType newType) {
        requireEditableRegistration();
        if (newType == null || newType == UnitType.HRSS) {
            throw new BusinessException("unit.registration.type");
        }
        this.type = newType;
    }

    /** Attaches (or replaces) the uploaded business licence of a registration. */
    public void attachLicence(Long attachmentId) {
        requireEditableRegistration();
        this.licenceAttachmentId = attachmentId;
    }

    private void requireEditableRegistration() {
        if (status != UnitStatus.UNAUTHORIZED && status != UnitStatus.RETURNED) {
            throw new BusinessException("unit.registration.notEditable", name);
        }
    }

    /**
     * 提交审核 (SPEC §3.1.3): 未授权 or 已退回 → 待审核, addressed to the chosen parent. The basic information must be
     * complete (the licence is optional: the parent sees whether one is attached), and the parent must be authorised
     * and allowed to hold this unit's type.
     */
    public void submitForAuthorisation(Unit parentUnit, OffsetDateTime now) {
        if (status == UnitStatus.AUTHORIZED || !status.canMoveTo(UnitStatus.PENDING)) {
            throw new BusinessException("unit.registration.notSubmittable", name);
        }
        if (creditCode == null || nature == null || regionCode == null || phone == null) {
            throw new BusinessException("unit.registration.incomplete");
        }
        if (contactPerson == null) {
            throw new BusinessException("unit.contact.required");
        }
        if (address == null) {
            throw new BusinessException("unit.address.required");
        }
        requireAcceptableParent(parentUnit);
        this.requestedParent = parentUnit;
        this.submittedAt = now;
        this.returnReason = null;
        this.status = UnitStatus.PENDING;
    }

    /**
     * 修改上级单位 of an authorised unit (SPEC §3.1.4): the new parent must approve; until then the old parent stays in
     * force and the unit keeps working.
     */
    public void requestParentChange(Unit newParent, OffsetDateTime now) {
        if (status != UnitStatus.AUTHORIZED) {
            throw new BusinessException("unit.parentChange.notAuthorised", name);
        }
        if (newParent == null || newParent.equals(parent)) {
            throw new BusinessException("unit.parentChange.sameParent");
        }
        if (newParent.equals(this) || isSelfOrAncestorOf(newParent)) {
            throw new BusinessException("unit.parent.cycle");
        }
        requireAcceptableParent(newParent);
        this.requestedParent = newParent;
        this.submittedAt = now;
        this.returnReason = null;
    }

    private void requireAcceptableParent(Unit candidate) {
        if (candidate == null) {
            throw new BusinessException("unit.registration.parent.required");
        }
        if (!candidate.isAuthorized()) {
            throw new BusinessException("unit.registration.parent.notAuthorised", candidate.getName());
        }
        if (!candidate.getType().creatableChildTypes().contains(type)) {
            throw new BusinessException("unit.type.notAllowedUnderParent", type.name(), candidate.getName());
        }
    }

    /** True while the requested parent has a registration or a change of parent to decide. */
    public boolean isAwaitingReview() {
        return requestedParent != null && (status == UnitStatus.PENDING || status == UnitStatus.AUTHORIZED);
    }

    /** An authorised unit asking to move under another parent. */
    public boolean hasPendingParentChange() {
        return status == UnitStatus.AUTHORIZED && requestedParent != null;
    }

    /**
     * 审核通过 by the requested parent: a registration becomes 已授权; a change of parent is accepted. Returns the
     * parent the unit must now be moved under (the service moves the whole subtree with {@code UnitScope.moveUnder}).
     */
    public Unit approveRequest() {
        if (!isAwaitingReview()) {
            throw new BusinessException("unit.review.nothingPending", name);
        }
        Unit newParent = requestedParent;
        this.status = UnitStatus.AUTHORIZED;
        this.requestedParent = null;
        this.returnReason = null;
        return newParent;
    }

    /**
     * 审核退回 with a reason the registrant sees: a registration becomes 已退回 (the registrant edits and resubmits);
     * a change of parent is dropped and the unit stays where it is.
     */
    public void returnRequest(String reason) {
        if (!isAwaitingReview()) {
            throw new BusinessException("unit.review.nothingPending", name);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("unit.review.reason.required");
        }
        if (reason.strip().length() > RETURN_REASON_MAX) {
            throw new BusinessException("unit.review.reason.tooLong", RETURN_REASON_MAX);
        }
        this.returnReason = reason.strip();
        if (status == UnitStatus.PENDING) {
            this.status = UnitStatus.RETURNED;
        } else {
            this.requestedParent = null;
        }
    }

    private static String requireText(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("unit.name.required");
        }
        return value.strip();
    }

    /**
     * Fixes the unit's place in the tree. Needs the id (assigned on persist), so the service calls it right after
     * {@code persist}. A parent may only hold child types within its own permission, and never lie below the unit.
     * Moving a unit that has descendants goes through {@code UnitScope.moveUnder}, which rewrites their paths too.
     */
    public void placeUnder(Unit newParent) {
        if (id == null) {
            throw new IllegalStateException("placeUnder needs the unit's id; persist first");
        }
        if (newParent != null && !newParent.getType().creatableChildTypes().contains(type)) {
            throw new BusinessException("unit.type.notAllowedUnderParent", type.name(), newParent.getName());
        }
        if (newParent != null && (newParent.equals(this) || isSelfOrAncestorOf(newParent))) {
            throw new BusinessException("unit.parent.cycle");
        }
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
        this.depth = newParent == null ? 0 : newParent.depth + 1;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean isSelfOrAncestorOf(Unit other) {
        return other.getPath() != null && !path.isEmpty() && other.getPath().startsWith(path);
    }

    /** Lower bound (inclusive) of the paths of this unit and its descendants: the path itself. */
    public String subtreeFrom() {
        return path;
    }

    /**
     * Upper bound (exclusive) of the paths of this unit and its descendants: the path with its final "/" replaced by
     * the next character, "0". "/1/7/" spans ["/1/7/", "/1/70"), which excludes "/1/70/" and "/1/71/".
     */
    public String subtreeTo() {
        return path.substring(0, path.length() - 1) + '0';
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public UnitType getType() {
        return type;
    }

    public HrssLevel getHrssLevel() {
        return hrssLevel;
    }

    public Unit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public UnitNature getNature() {
        return nature;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalPersonName() {
        return legalPersonName;
    }

    public IdNumber getLegalPersonIdNumber() {
        return legalPersonIdNumber;
    }

    public String getLegalPersonPhone() {
        return legalPersonPhone;
    }

    public Long getLicenceAttachmentId() {
        return licenceAttachmentId;
    }

    public Unit getRequestedParent() {
        return requestedParent;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAuthorized() {
        return status == UnitStatus.AUTHORIZED;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Unit other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }

    @Override
    public String toString() {
        return "Unit[" + id + " " + name + "]";
    }
}
