package cn.zhicheng.org;

import cn.zhicheng.shared.BusinessException;
import jakarta.persistence.Column;
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
@Table(name = "unit")
@NamedQuery(name = Unit.FIND_SUBTREE_IDS,
        query = "select u.id from Unit u where u.path >= :pathFrom and u.path < :pathTo")
public class Unit {

    public static final String FIND_SUBTREE_IDS = "Unit.findSubtreeIds";

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
